import { careLocales } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode, imeType } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import '../define/care-text-field.js';
import '../define/care-button.js';
import { fieldStrings as fieldStringsEn } from '../internal/field.strings.js';
import type { CareTextField } from './text-field.js';
import { renderTextField, textFieldExamples } from './text-field.examples.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const fieldStrings = withLocales(fieldStringsEn);

const input = (el: CareTextField) => el.control as HTMLInputElement;
const errorText = (el: CareTextField) => (el.shadowRoot!.querySelector('.error') as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const tick = () => new Promise((r) => setTimeout(r, 0));
const type = async (el: CareTextField, text: string) => {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
};

describeExamples('care-text-field', textFieldExamples, renderTextField);

runFormControlSuite({
  tag: 'care-text-field',
  render: (o) => html`<care-text-field id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} ?required=${o.required}></care-text-field>`,
  fill: async (el) => type(el as CareTextField, 'Bệnh viện Phụ sản Hà Nội'),
  filledValue: ['Bệnh viện Phụ sản Hà Nội'],
  initialValue: [''],
  role: 'textbox',
});

runFormControlSuite({
  tag: 'care-text-field (enhancing)',
  render: (o) => html`<care-text-field id=${o.id} hint=${o.hint}>
    <label for="${o.id}-input">${o.label}</label><input id="${o.id}-input" name=${o.name} ?required=${o.required} />
  </care-text-field>`,
  fill: async (el) => {
    (el.querySelector('input') as HTMLInputElement).focus();
    await sendKeys({ type: 'Bệnh viện Phụ sản Hà Nội' });
  },
  filledValue: ['Bệnh viện Phụ sản Hà Nội'],
  initialValue: [''],
  role: 'textbox',
  axSelector: (id) => `#${id}-input`,
});

describe('care-text-field', () => {
  needs('accessibility-tree')('is named by its visible label and described by its hint', async () => {
    await fixture(html`<care-text-field id="f1" label="Họ và tên" hint="Ghi đúng như trên căn cước"></care-text-field>`);
    const ax = await axNode('#f1 >>> input');
    expect(ax).to.include({ role: 'textbox', name: 'Họ và tên', description: 'Ghi đúng như trên căn cước' });
  });

  it('passes autocomplete, inputmode and type to the input, never type=number or a placeholder', async () => {
    const el = await fixture<CareTextField>(html`<care-text-field label="Mã số" type="number" autocomplete="postal-code" placeholder="123"></care-text-field>`);
    expect(input(el).type).to.equal('text');
    expect(input(el).inputMode).to.equal('numeric');
    expect(input(el).autocomplete).to.equal('postal-code');
    expect(input(el).placeholder).to.equal('');
    const email = await fixture<CareTextField>(html`<care-text-field label="Email" type="email" inputmode="email"></care-text-field>`);
    expect(input(email).type).to.equal('email');
  });

  describe('errors appear only after leaving the field or submitting', () => {
    it('says nothing while typing, shows the error on leaving, clears it as soon as it is fixed', async () => {
      const wrapper = await fixture(html`<div><care-text-field label="Email" type="email"></care-text-field><button>next</button></div>`);
      const el = wrapper.querySelector('care-text-field')!;
      await type(el, 'lan@');
      expect(errorText(el)).to.equal('');
      expect(el.hasAttribute('data-user-invalid')).to.equal(false);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.contain(fieldStrings.en['field.email']);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      await type(el, 'example.vn');
      expect(errorText(el)).to.equal('');
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    needs('accessibility-tree')('reads "Error:" before the message and ties the error to the input', async () => {
      const el = await fixture<CareTextField>(html`<care-text-field id="f2" label="Email" type="email" value="x"></care-text-field>`);
      el.reportValidity();
      await el.updateComplete;
      const ax = await axNode('#f2 >>> input');
      expect(ax!.description).to.equal(`Error: ${fieldStrings.en['field.email']}`);
      expect(ax!.invalid).to.equal('true');
    });

    it('shows every error when a submit is tried, and blocks the submission', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-text-field name="a" label="Họ và tên" required></care-text-field>
        <care-button type="submit">Gửi</care-button>
      </form>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      const el = form.querySelector('care-text-field')!;
      form.querySelector('care-button')!.click();
      await tick();
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(errorText(el)).to.contain('Họ và tên: enter an answer');
    });

    it('lets form.reportValidity() focus the first invalid field', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-text-field name="a" label="A" value="ok" required></care-text-field>
        <care-text-field name="b" label="B" required></care-text-field>
      </form>`);
      expect(form.reportValidity()).to.equal(false);
      const second = form.querySelectorAll('care-text-field')[1]!;
      expect(second.shadowRoot!.activeElement).to.equal(input(second));
    });
  });

  describe('in a form', () => {
    it('submits its value under its name, and form.reset() brings back the first value', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-text-field name="fullName" label="Họ và tên" value="An"></care-text-field></form>`);
      const el = form.querySelector('care-text-field')!;
      await type(el, ' Nguyễn');
      expect([...new FormData(form)]).to.deep.equal([['fullName', 'An Nguyễn']]);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('An');
      expect(input(el).value).to.equal('An');
    });

    it('submits the form on Enter, as a single-line input does, with the submit button’s value', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-text-field name="q" label="Mã hồ sơ"></care-text-field>
        <care-button type="submit" name="action" value="search">Tìm</care-button>
      </form>`);
      const el = form.querySelector('care-text-field')!;
      const seen: [string, FormDataEntryValue][][] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        seen.push([...new FormData(form, e.submitter)]);
      });
      await type(el, 'HS-2026');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => seen.length === 1);
      expect(seen[0]).to.deep.equal([
        ['q', 'HS-2026'],
        ['action', 'search'],
      ]);
    });

    it('is disabled by a disabled fieldset and then not submitted', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><care-text-field name="a" label="A" value="1"></care-text-field></fieldset></form>`);
      const el = form.querySelector('care-text-field')!;
      await el.updateComplete;
      expect(input(el).disabled).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);
    });

    it('sends change from the host when the person commits a change', async () => {
      const wrapper = await fixture(html`<div><care-text-field label="A"></care-text-field><button>x</button></div>`);
      const el = wrapper.querySelector('care-text-field')!;
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await type(el, 'abc');
      await sendKeys({ press: 'Tab' });
      expect(changes).to.equal(1);
    });
  });

  describe('input methods (Vietnamese Telex, Chinese pinyin)', () => {
    needs('input-method')('checks nothing while composing and everything once committed', async () => {
      const el = await fixture<CareTextField>(html`<care-text-field label="Họ" maxlength="3"></care-text-field>`);
      input(el).focus();
      await imeType(['n', 'nh', 'nha', 'nhaf']);
      await el.updateComplete;
      // "nhaf" is mid-Telex and four letters long: nothing may be judged until it is committed.
      expect(el.validity.valid).to.equal(true);
      await imeType([], 'nhà');
      await el.updateComplete;
      expect(el.value).to.equal('nhà');
      expect(el.validity.valid).to.equal(true);
      await imeType(['a']);
      await imeType([], 'á');
      await el.updateComplete;
      expect(el.validity.tooLong).to.equal(true);
    });

    needs('input-method')('does not submit when Enter commits a composition', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-text-field name="city" label="城市"></care-text-field></form>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      const el = form.querySelector('care-text-field')!;
      input(el).focus();
      await imeType(['bei', 'beijing']);
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(submitted).to.equal(0);
    });
  });

  describe('character count', () => {
    it('shows what is left, reports going over without cutting pasted text', async () => {
      const el = await fixture<CareTextField>(html`<care-text-field label="Lý do" maxlength="10" show-count></care-text-field>`);
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('You have 10 characters left');
      el.value = 'Nguyễn Văn An';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('You have 3 characters too many');
      expect(el.value).to.equal('Nguyễn Văn An');
      expect(el.validity.tooLong).to.equal(true);
      expect(el.hasAttribute('data-over-limit')).to.equal(true);
    });

    it('is spoken only near the limit, once typing pauses', async () => {
      const el = await fixture<CareTextField>(html`<care-text-field label="Lý do" maxlength="20" show-count></care-text-field>`);
      const region = () => document.querySelector('[data-care-announcer="polite"]')?.textContent ?? '';
      const spoken: string[] = [];
      const observer = new MutationObserver(() => region() && spoken.push(region()));
      await type(el, 'abc');
      if (document.querySelector('[data-care-announcer="polite"]')) observer.observe(document.querySelector('[data-care-announcer="polite"]')!, { childList: true, subtree: true });
      await new Promise((r) => setTimeout(r, 1300));
      expect(region()).not.to.contain('characters left');
      await type(el, 'defghijklmnopqr');
      // Typing went on: nothing said yet.
      expect(region()).not.to.contain('You have');
      await waitUntil(() => region() === 'You have 2 characters left', 'the count near the limit was not spoken', { timeout: 3000 });
      observer.disconnect();
    });
  });

  it('shows an error from the server at once and drops it when the value changes', async () => {
    const el = await fixture<CareTextField>(html`<care-text-field label="Số" value="12" error-message="Không tìm thấy số này"></care-text-field>`);
    expect(errorText(el)).to.contain('Không tìm thấy số này');
    expect(el.validity.customError).to.equal(true);
    await type(el, '3');
    expect(errorText(el)).to.equal('');
    expect(el.validity.valid).to.equal(true);
  });

  it('says every built-in message in the page language', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-text-field label="X" required maxlength="5" show-count></care-text-field></div>`);
      const el = wrapper.querySelector('care-text-field')!;
      el.reportValidity();
      await el.updateComplete;
      const strings = fieldStrings[locale];
      expect(errorText(el)).to.contain(strings['field.required'].replace('{label}', 'X'));
      expect(errorText(el)).to.contain(strings['field.error-prefix']);
      if (locale !== 'en') expect(errorText(el)).not.to.contain('enter an answer');
    }
  });

  it('renders safely with odd attribute values', async () => {
    const el = await fixture<CareTextField>(html`<care-text-field
      label="<b>x</b>"
      maxlength="lots"
      minlength="-4"
      pattern="[unclosed"
      type="💥"
      value=${'a'.repeat(5000)}
      show-count
    ></care-text-field>`);
    expect(input(el).type).to.equal('text');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('<b>x</b>');
    expect(el.checkValidity()).to.equal(true);
  });

  describe('enhancing the portal’s own input', () => {
    needs('accessibility-tree')('keeps the native input in the form, adds hint and error in light DOM, and submits once', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-text-field hint="Như trên căn cước" id="f3">
          <label for="n">Họ và tên</label>
          <input id="n" name="fullName" autocomplete="name" required />
        </care-text-field>
      </form>`);
      const el = form.querySelector('care-text-field')!;
      const native = form.querySelector('input')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input'), 'no second input').to.equal(null);
      const hint = el.querySelector('[data-care-part="hint"]')!;
      expect(hint.textContent).to.equal('Như trên căn cước');
      expect(native.getAttribute('aria-describedby')).to.equal(hint.id);
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(document.activeElement).to.equal(native);
      const error = el.querySelector('[data-care-part="error"]')!;
      expect(error.textContent).to.contain('Họ và tên: enter an answer');
      expect(native.getAttribute('aria-describedby')).to.equal(`${hint.id} ${error.id}`);
      expect(native.validationMessage).to.equal('Họ và tên: enter an answer');
      const ax = await axNode('#n');
      expect(ax).to.include({ name: 'Họ và tên', invalid: 'true' });
      native.focus();
      await sendKeys({ type: 'Lê Thị Hoa' });
      await el.updateComplete;
      expect(error.hasAttribute('hidden')).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([['fullName', 'Lê Thị Hoa']]);
    });

    it('keeps the portal’s own aria-describedby and turns its type=number into text', async () => {
      const el = await fixture<CareTextField>(html`<care-text-field hint="Hint">
        <label for="m">Năm sinh</label><input id="m" type="number" aria-describedby="portal-note" />
      </care-text-field>`);
      await el.updateComplete;
      const native = el.querySelector('input')!;
      expect(native.type).to.equal('text');
      expect(native.inputMode).to.equal('numeric');
      expect(native.getAttribute('aria-describedby')!.split(' ')[0]).to.equal('portal-note');
    });
  });
});
