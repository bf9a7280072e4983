import { careLocales } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import '../define/care-id-number-field.js';
import type { CareIdNumberField } from './id-number-field.js';
import { idNumberFieldExamples, renderIdNumberField } from './id-number-field.examples.js';

describeExamples('care-id-number-field', idNumberFieldExamples, renderIdNumberField);

runFormControlSuite({
  tag: 'care-id-number-field',
  render: (o) => html`<care-id-number-field id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} kind="cn-resident" ?required=${o.required}></care-id-number-field>`,
  fill: async (el) => {
    (el as CareIdNumberField).focus();
    await sendKeys({ type: '110105 19491231 002x' });
  },
  filledValue: ['11010519491231002X'],
  initialValue: [''],
  role: 'textbox',
});

describe('care-id-number-field', () => {
  it('accepts the published GB 11643 example and refuses one changed character', async () => {
    const el = await fixture<CareIdNumberField>(html`<care-id-number-field label="身份证号码" kind="cn-resident" value="11010519491231002X"></care-id-number-field>`);
    expect(el.checkValidity()).to.equal(true);
    el.value = '110105194912310021';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    el.reportValidity();
    await el.updateComplete;
    expect(el.errorText).to.contain('last character');
  });

  it('checks each kind by its own rules', async () => {
    const cases: [string, string, boolean][] = [
      ['vn-cccd', '001084012345', true],
      ['vn-cccd', '000084012345', false],
      ['id-nik', '3201015508600001', true],
      ['id-nik', '3201017208600001', false],
    ];
    for (const [kind, value, valid] of cases) {
      const el = await fixture<CareIdNumberField>(html`<care-id-number-field label="ID" kind=${kind} value=${value}></care-id-number-field>`);
      expect(el.checkValidity(), `${kind} ${value}`).to.equal(valid);
    }
  });

  it('uses a numeric keypad, except for Chinese numbers that may end in X', async () => {
    const vn = await fixture<CareIdNumberField>(html`<care-id-number-field label="ID" kind="vn-cccd"></care-id-number-field>`);
    const cn = await fixture<CareIdNumberField>(html`<care-id-number-field label="ID" kind="cn-resident"></care-id-number-field>`);
    expect((vn.control as HTMLInputElement).inputMode).to.equal('numeric');
    expect((cn.control as HTMLInputElement).inputMode).to.equal('text');
  });

  it('marks the number private so read-aloud never sends it to a network service', async () => {
    const el = await fixture<CareIdNumberField>(html`<care-id-number-field label="ID"></care-id-number-field>`);
    expect(el.hasAttribute('data-care-private')).to.equal(true);
    // A constructor that adds attributes makes document.createElement throw.
    const created = document.createElement('care-id-number-field');
    expect(created.hasAttribute('data-care-private'), 'set on connect, not in the constructor').to.equal(false);
    document.body.append(created);
    expect(created.hasAttribute('data-care-private')).to.equal(true);
    created.remove();
  });

  it('follows the page language for the kind of number, and speaks its messages', async () => {
    const expected = { en: 'vn-cccd', vi: 'vn-cccd', 'zh-Hans': 'cn-resident', id: 'id-nik' } as const;
    const messages: string[] = [];
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-id-number-field label="X" value="123"></care-id-number-field></div>`);
      const el = wrapper.querySelector('care-id-number-field')!;
      await el.updateComplete;
      expect(el.effectiveKind).to.equal(expected[locale]);
      el.reportValidity();
      await el.updateComplete;
      messages.push(el.errorText);
    }
    expect(new Set(messages).size, messages.join(' | ')).to.equal(4);
  });
});
