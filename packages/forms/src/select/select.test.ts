import { careLocales } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { axNode, emulateMedia } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-select.js';
import '../define/care-button.js';
import { fieldStrings as fieldStringsEn } from '../internal/field.strings.js';
import type { CareSelect, SelectOption } from './select.js';
import { renderSelect, selectExamples } from './select.examples.js';
import { selectStrings as selectStringsEn } from './select.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const fieldStrings = withLocales(fieldStringsEn);
const selectStrings = withLocales(selectStringsEn);

const provinces: SelectOption[] = [
  { value: '001', label: 'Hà Nội' },
  { value: '031', label: 'Hải Phòng' },
  { value: '048', label: 'Đà Nẵng' },
  { value: '079', label: 'Thành phố Hồ Chí Minh' },
];
const select = (el: CareSelect) => el.control!;
const texts = (el: CareSelect) => [...select(el).options].map((o) => o.text);
const errorText = (el: CareSelect) => el.querySelector<HTMLElement>('[data-care-part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
const tick = () => new Promise((r) => setTimeout(r, 0));
const built = (attrs = '') =>
  fixture<CareSelect>(html`<care-select label="Tỉnh/thành phố" name="province" ?required=${attrs.includes('required')} .options=${provinces}></care-select>`);

describeExamples('care-select', selectExamples, renderSelect);

runFormControlSuite({
  tag: 'care-select',
  render: (o) => html`<care-select id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} ?required=${o.required} .options=${provinces}></care-select>`,
  fill: async (el) => {
    select(el as CareSelect).focus();
    await sendKeys({ press: 'ArrowDown' });
  },
  filledValue: ['001'],
  initialValue: [''],
  role: 'combobox',
  axSelector: (id) => `#${id} select`,
});

runFormControlSuite({
  tag: 'care-select (enhancing)',
  render: (o) => html`<care-select id=${o.id} hint=${o.hint}>
    <label for="${o.id}-list">${o.label}</label>
    <select id="${o.id}-list" name=${o.name} ?required=${o.required}>
      <option value="">Chọn tỉnh/thành phố</option>
      <option value="001">Hà Nội</option>
      <option value="031">Hải Phòng</option>
    </select>
  </care-select>`,
  fill: async (el) => {
    el.querySelector('select')!.focus();
    await sendKeys({ press: 'ArrowDown' });
  },
  filledValue: ['001'],
  initialValue: [''],
  role: 'combobox',
  axSelector: (id) => `#${id}-list`,
});

describe('care-select', () => {
  afterEach(() => emulateMedia({}));

  describe('building its own label and select in light DOM', () => {
    it('writes the label, a "Choose…" first option and the options, in light DOM', async () => {
      const el = await fixture<CareSelect>(html`<care-select label="Tỉnh/thành phố" hint="Như trên giấy khai sinh" .options=${provinces}></care-select>`);
      expect(el.shadowRoot!.querySelector('select'), 'no select in the shadow root').to.equal(null);
      const label = el.querySelector('label')!;
      expect(label.htmlFor).to.equal(select(el).id);
      expect(label.textContent).to.equal('Tỉnh/thành phố');
      expect(texts(el)).to.deep.equal(['Choose…', 'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh']);
      expect(el.value).to.equal('');
      expect([...el.children].map((c) => c.getAttribute('data-care-part') ?? c.localName)).to.deep.equal(['label', 'hint', 'error', 'select']);
    });

    it('lists grouped options under their headings, disabled ones included but not choosable', async () => {
      const el = await fixture<CareSelect>(html`<care-select
        label="Tỉnh"
        .options=${[
          { value: '001', label: 'Hà Nội', group: 'Miền Bắc' },
          { value: '048', label: 'Đà Nẵng', group: 'Miền Trung' },
          { value: '031', label: 'Hải Phòng', group: 'Miền Bắc', disabled: true },
          { value: 'x', label: 'Nước ngoài' },
        ]}
      ></care-select>`);
      const groups = [...select(el).querySelectorAll('optgroup')];
      expect(groups.map((g) => g.label)).to.deep.equal(['Miền Bắc', 'Miền Trung']);
      expect([...groups[0]!.querySelectorAll('option')].map((o) => o.text)).to.deep.equal(['Hà Nội', 'Hải Phòng']);
      expect(select(el).querySelector<HTMLOptionElement>('option[value="031"]')!.disabled).to.equal(true);
    });

    it('leaves out its own "Choose…" when the options bring an empty choice', async () => {
      const el = await fixture<CareSelect>(html`<care-select label="Tỉnh" .options=${[{ value: '', label: 'Không rõ' }, ...provinces]}></care-select>`);
      expect(texts(el)[0]).to.equal('Không rõ');
      expect(texts(el)).not.to.include('Choose…');
    });

    it('takes its first choice from the value attribute, and form.reset() returns to it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-select label="Tỉnh" name="p" value="048" .options=${provinces}></care-select></form>`);
      const el = form.querySelector('care-select')!;
      expect(el.value).to.equal('048');
      el.value = '079';
      expect(new FormData(form).get('p')).to.equal('079');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('048');
    });

    it('keeps the person’s choice when the options change, and a value set before its options arrive', async () => {
      const el = await fixture<CareSelect>(html`<care-select label="Tỉnh"></care-select>`);
      el.value = '031';
      expect(el.value).to.equal('');
      el.options = provinces;
      await el.updateComplete;
      expect(el.value).to.equal('031');
      el.options = [...provinces].reverse();
      await el.updateComplete;
      expect(el.value).to.equal('031');
      expect(select(el).selectedOptions[0]!.text).to.equal('Hải Phòng');
    });
  });

  describe('enhancing the portal’s own select', () => {
    needs('accessibility-tree')('keeps its select and options, adds hint and error next to it, and submits once', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-select hint="Như trên giấy khai sinh">
          <label for="p">Tỉnh/thành phố</label>
          <select id="p" name="province" aria-describedby="portal-note" required>
            <option value="">Chọn tỉnh/thành phố</option>
            <option value="001">Hà Nội</option>
          </select>
        </care-select>
        <p id="portal-note">Nơi cấp giấy khai sinh</p>
      </form>`);
      const el = form.querySelector('care-select')!;
      const native = form.querySelector('select')!;
      expect(el.querySelectorAll('select').length).to.equal(1);
      expect(el.querySelectorAll('label').length).to.equal(1);
      expect(select(el)).to.equal(native);
      expect(texts(el)).to.deep.equal(['Chọn tỉnh/thành phố', 'Hà Nội']);
      const hint = el.querySelector('[data-care-part="hint"]')!;
      expect(native.getAttribute('aria-describedby')).to.equal(`portal-note ${hint.id}`);
      expect(form.reportValidity()).to.equal(false);
      expect(document.activeElement).to.equal(native);
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: Tỉnh/thành phố: choose one from the list');
      const ax = await axNode('#p');
      expect(ax).to.include({ role: 'combobox', name: 'Tỉnh/thành phố', invalid: 'true', value: 'Chọn tỉnh/thành phố' });
      expect(native.required).to.equal(true);
      expect(ax!.description).to.equal('Nơi cấp giấy khai sinh Như trên giấy khai sinh Error: Tỉnh/thành phố: choose one from the list');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect([...new FormData(form)]).to.deep.equal([['province', '001']]);
    });

    it('follows the portal’s script refilling the list, and picks a value asked for before its option existed', async () => {
      const el = await fixture<CareSelect>(html`<care-select label="Quận/huyện" required>
        <select><option value="">Chọn quận/huyện</option><option value="bd">Ba Đình</option></select>
      </care-select>`);
      el.value = 'bd';
      expect(el.checkValidity()).to.equal(true);
      // The province changed: the portal writes the districts of the new one.
      el.control!.innerHTML = '<option value="">Chọn quận/huyện</option><option value="hc">Hải Châu</option>';
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(el.validity.valid).to.equal(false);
      el.value = 'st';
      el.control!.append(new Option('Sơn Trà', 'st'));
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.value).to.equal('st');
      expect(el.validity.valid).to.equal(true);
    });

    it('replaces the portal’s options only when given a list', async () => {
      const el = await fixture<CareSelect>(html`<care-select label="Quan hệ"><select><option value="me">Mẹ</option></select></care-select>`);
      expect(el.querySelector('label')!.textContent).to.equal('Quan hệ');
      for (const odd of ['Mẹ, Cha', null, 42, { value: 'x' }]) {
        el.options = odd as never;
        await el.updateComplete;
        expect(texts(el)).to.deep.equal(['Mẹ']);
      }
      el.options = [{ value: 'cha', label: 'Cha' }];
      await el.updateComplete;
      expect(texts(el)).to.deep.equal(['Choose…', 'Cha']);
    });
  });

  describe('keyboard', () => {
    it('is reached with Tab, shows a focus ring, and changes with the arrow keys', async () => {
      const wrapper = await fixture(html`<div><button>before</button><care-select label="Tỉnh" .options=${provinces}></care-select></div>`);
      const el = wrapper.querySelector('care-select')!;
      const changes: string[] = [];
      el.addEventListener('change', () => changes.push(el.value));
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(select(el));
      expect(parseFloat(getComputedStyle(select(el)).outlineWidth)).to.be.at.least(3);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('031');
      expect(changes).to.deep.equal(['001', '031']);
      await sendKeys({ press: 'End' });
      expect(el.value).to.equal('079');
      await sendKeys({ press: 'Home' });
      expect(el.value).to.equal('');
    });

    it('focuses the select with focus()', async () => {
      const el = await built();
      el.focus();
      expect(document.activeElement).to.equal(select(el));
    });
  });

  describe('required means a real choice', () => {
    it('does not count the empty first option, and says so in plain words', async () => {
      const el = await built('required');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing || el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Tỉnh/thành phố: choose one from the list');
      el.value = '048';
      expect(el.checkValidity()).to.equal(true);
      el.value = '';
      expect(el.checkValidity()).to.equal(false);
    });

    it('says nothing before the person leaves, shows the error on leaving, clears it on a real choice', async () => {
      const wrapper = await fixture(html`<div><care-select label="Tỉnh" required .options=${provinces}></care-select><button>next</button></div>`);
      const el = wrapper.querySelector('care-select')!;
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: Tỉnh: choose one from the list');
      expect(el.hasAttribute('data-user-invalid')).to.equal(true);
      expect(select(el).getAttribute('aria-invalid')).to.equal('true');
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('shows the error when a submit is tried, blocks it and focuses the list', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-select name="p" label="Tỉnh" required .options=${provinces}></care-select>
        <care-button type="submit">Gửi</care-button>
      </form>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      const el = form.querySelector('care-select')!;
      form.querySelector('care-button')!.click();
      await tick();
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(errorText(el)).to.contain('Tỉnh: choose one from the list');
      expect(document.activeElement).to.equal(select(el));
    });

    it('shows a server error at once, keeps the choice, and drops the error when the person chooses again', async () => {
      const el = await fixture<CareSelect>(html`<care-select label="Tỉnh" value="001" error-message="Không khớp giấy khai sinh" .options=${provinces}></care-select>`);
      expect(errorText(el)).to.equal('Error: Không khớp giấy khai sinh');
      expect(el.value).to.equal('001');
      expect(el.validity.customError).to.equal(true);
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(el.validity.valid).to.equal(true);
    });
  });

  it('says every built-in string in the page language, with no English left', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-select label="X" required .options=${provinces}></care-select></div>`);
      const el = wrapper.querySelector('care-select')!;
      el.reportValidity();
      await el.updateComplete;
      const strings = selectStrings[locale];
      expect(texts(el)[0]).to.equal(strings['select.choose']);
      expect(errorText(el)).to.equal(`${fieldStrings[locale]['field.error-prefix']} ${strings['select.required'].replace('{label}', 'X')}`);
      if (locale !== 'en') expect(`${texts(el)[0]} ${errorText(el)}`).not.to.match(/Choose|choose|Error/);
    }
  });

  it('follows a change of page language', async () => {
    const wrapper = await fixture(html`<div lang="vi"><care-select label="Tỉnh" .options=${provinces}></care-select></div>`);
    const el = wrapper.querySelector('care-select')!;
    // Its first render waits for Vietnamese: loaded by the test before, but not when run alone.
    await el.updateComplete;
    expect(texts(el)[0]).to.equal('Chọn…');
    wrapper.setAttribute('lang', 'id');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(texts(el)[0]).to.equal('Pilih…');
  });

  describe('size', () => {
    afterEach(resetMode);
    for (const careMode of [false, true]) {
      it(`is at least ${requirements.target.minPx[careMode ? 'care' : 'default']} px tall in ${careMode ? 'care' : 'default'} mode, text at body size, arrow clear of the text`, async () => {
        await applyMode({ careMode, contrast: 'default' });
        const el = await built();
        const rect = select(el).getBoundingClientRect();
        const style = getComputedStyle(select(el));
        expect(rect.height).to.be.at.least(requirements.target.minPx[careMode ? 'care' : 'default']);
        expect(parseFloat(style.fontSize)).to.be.at.least(careMode ? 22 : 18);
        expect(style.appearance).to.equal('none');
        expect(style.backgroundImage).to.contain('linear-gradient');
        // The arrow is 1em wide, one space from the edge: the text stops before it.
        expect(parseFloat(style.paddingRight)).to.be.at.least(parseFloat(style.fontSize) + 2 * parseFloat(style.paddingLeft));
      });
    }
  });

  needs('media-emulation')('keeps its border and arrow in forced colors (Windows high contrast)', async () => {
    const el = await built();
    await emulateMedia({ 'forced-colors': 'active' });
    const style = getComputedStyle(select(el));
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.backgroundImage).to.contain('linear-gradient');
  });

  it('builds a usable list from odd options, and never throws', async () => {
    const odd = [
      'Hà Nội',
      42,
      null,
      undefined,
      { label: 'Huế' },
      { value: '079' },
      { value: {}, label: ['x'] },
      { value: 'cto', label: '', group: 7 },
      { value: 'dn', label: 'Đà Nẵng', group: { name: 'x' }, disabled: 'yes' },
      ['a', 'b'],
    ];
    const el = await fixture<CareSelect>(html`<care-select label="Tỉnh" .options=${odd}></care-select>`);
    expect([...select(el).options].map((o) => [o.value, o.text, o.disabled])).to.deep.equal([
      ['', 'Choose…', false],
      ['Hà Nội', 'Hà Nội', false],
      ['42', '42', false],
      ['Huế', 'Huế', false],
      ['079', '079', false],
      ['cto', 'cto', false],
      ['dn', 'Đà Nẵng', false],
    ]);
    expect(select(el).querySelector('optgroup')!.label).to.equal('7');
  });

  it('renders safely with odd attribute values', async () => {
    const el = await fixture<CareSelect>(html`<care-select
      label="<b>x</b>"
      hint="<img src=x onerror=alert(1)>"
      value="not-an-option"
      name="💥"
      error-message=""
      autocomplete="🙃"
      .options=${provinces}
    ></care-select>`);
    expect(el.querySelector('label')!.textContent).to.equal('<b>x</b>');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.value).to.equal('');
    expect(select(el).name).to.equal('💥');
    expect(el.checkValidity()).to.equal(true);
    el.value = undefined as never;
    el.value = 7 as never;
    expect(el.value).to.equal('');
  });
});
