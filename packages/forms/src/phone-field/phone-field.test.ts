import { careLocales } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import '../define/care-phone-field.js';
import { validatorsStrings as validatorsStringsEn } from '../validators/validators.strings.js';
import type { CarePhoneField } from './phone-field.js';
import { phoneFieldExamples, renderPhoneField } from './phone-field.examples.js';
import { withLocales } from '../../../../test/helpers/strings.js';

const validatorsStrings = withLocales(validatorsStringsEn);

const type = async (el: CarePhoneField, text: string) => {
  el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
};

describeExamples('care-phone-field', phoneFieldExamples, renderPhoneField);

runFormControlSuite({
  tag: 'care-phone-field',
  render: (o) => html`<care-phone-field id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} country="vn" ?required=${o.required}></care-phone-field>`,
  fill: async (el) => type(el as CarePhoneField, '0912 345 678'),
  filledValue: ['+84912345678'],
  initialValue: [''],
  role: 'textbox',
});

describe('care-phone-field', () => {
  it('submits E.164 however the number was written', async () => {
    const cases: [string, string, string][] = [
      ['vn', '0912 345 678', '+84912345678'],
      ['vn', '+84 (91) 234-5678', '+84912345678'],
      ['vn', '０９１２．３４５．６７８', '+84912345678'],
      ['cn', '138 0013 8000', '+8613800138000'],
      ['id', '0812-3456-7890', '+6281234567890'],
    ];
    for (const [country, typed, e164] of cases) {
      const form = await fixture<HTMLFormElement>(html`<form><care-phone-field name="p" label="P" country=${country}></care-phone-field></form>`);
      const el = form.querySelector('care-phone-field')!;
      el.value = typed;
      await el.updateComplete;
      expect(new FormData(form).get('p'), typed).to.equal(e164);
      expect(el.e164).to.equal(e164);
      expect(el.value, 'what the person typed stays on screen').to.equal(typed);
    }
  });

  it('uses the phone keypad and autofill', async () => {
    const el = await fixture<CarePhoneField>(html`<care-phone-field label="P"></care-phone-field>`);
    const input = el.control as HTMLInputElement;
    expect([input.type, input.inputMode, input.autocomplete]).to.deep.equal(['tel', 'tel', 'tel']);
  });

  it('says what is wrong with a number, in plain words, after leaving the field', async () => {
    const wrapper = await fixture(html`<div><care-phone-field label="Số điện thoại" country="vn"></care-phone-field><button>x</button></div>`);
    const el = wrapper.querySelector('care-phone-field')!;
    await type(el, '0912 345');
    expect(el.errorText).to.equal('');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.errorText).to.match(/digits/);
    expect(el.errorText).not.to.match(/invalid/i);
  });

  it('follows the page language for the country and the message', async () => {
    const expected = { en: 'vn', vi: 'vn', 'zh-Hans': 'cn', id: 'id' } as const;
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-phone-field label="X" value="12"></care-phone-field></div>`);
      const el = wrapper.querySelector('care-phone-field')!;
      await el.updateComplete;
      expect(el.effectiveCountry).to.equal(expected[locale]);
      el.reportValidity();
      await el.updateComplete;
      const allMessages = Object.values(validatorsStrings[locale]).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
      const start = el.errorText.slice(0, 6);
      expect(allMessages.some((m) => m.startsWith(start)), `${locale}: ${el.errorText}`).to.equal(true);
    }
  });

  it('refuses landlines when mobile-only', async () => {
    const el = await fixture<CarePhoneField>(html`<care-phone-field label="P" country="vn" value="024 3825 1234"></care-phone-field>`);
    expect(el.checkValidity()).to.equal(true);
    el.mobileOnly = true;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
  });

  it('never throws on odd values', async () => {
    const el = await fixture<CarePhoneField>(html`<care-phone-field label="P" country="xx" value="📞☎️ + + ((("></care-phone-field>`);
    expect(el.effectiveCountry).to.equal('vn');
    expect(el.checkValidity()).to.equal(false);
  });
});
