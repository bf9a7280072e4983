import { careLocales } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode, emulateMedia, imeType } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-textarea.js';
import '../define/care-button.js';
import { fieldStrings as fieldStringsEn } from '../internal/field.strings.js';
import type { CareTextarea } from './textarea.js';
import { renderTextarea, textareaExamples } from './textarea.examples.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const fieldStrings = withLocales(fieldStringsEn);

const box = (el: CareTextarea) => el.control as HTMLTextAreaElement;
const height = (el: CareTextarea) => box(el).getBoundingClientRect().height;
const errorText = (el: CareTextarea) =>
  ((el.shadowRoot!.querySelector('.error') ?? el.querySelector('[data-care-part="error"]')) as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const tick = () => new Promise((r) => setTimeout(r, 0));
const type = async (el: CareTextarea, text: string) => {
  box(el).focus();
  box(el).setSelectionRange(box(el).value.length, box(el).value.length);
  await sendKeys({ type: text });
  await el.updateComplete;
};
const lines = async (el: CareTextarea, count: number) => {
  box(el).focus();
  for (let i = 0; i < count; i++) {
    await sendKeys({ type: `Dòng ${i + 1}` });
    await sendKeys({ press: 'Enter' });
  }
  await el.updateComplete;
};
const formWithSubmit = (inner: unknown) => fixture<HTMLFormElement>(html`<form>${inner}<care-button type="submit">Gửi</care-button></form>`);
const countSubmits = (form: HTMLFormElement) => {
  const seen = { count: 0 };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    seen.count++;
  });
  return seen;
};

describeExamples('care-textarea', textareaExamples, renderTextarea);

runFormControlSuite({
  tag: 'care-textarea',
  render: (o) => html`<care-textarea id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} ?required=${o.required}></care-textarea>`,
  fill: async (el) => type(el as CareTextarea, 'Xin cấp lại giấy khai sinh'),
  filledValue: ['Xin cấp lại giấy khai sinh'],
  initialValue: [''],
  role: 'textbox',
  axSelector: (id) => `#${id} >>> textarea`,
});

runFormControlSuite({
  tag: 'care-textarea (enhancing)',
  render: (o) => html`<care-textarea id=${o.id} hint=${o.hint}>
    <label for="${o.id}-box">${o.label}</label><textarea id="${o.id}-box" name=${o.name} ?required=${o.required}></textarea>
  </care-textarea>`,
  fill: async (el) => {
    (el.querySelector('textarea') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Xin cấp lại giấy khai sinh' });
  },
  filledValue: ['Xin cấp lại giấy khai sinh'],
  initialValue: [''],
  role: 'textbox',
  axSelector: (id) => `#${id}-box`,
});

describe('care-textarea', () => {
  afterEach(() => emulateMedia({}));

  needs('accessibility-tree')('is a multi-line textbox named by its visible label and described by its hint', async () => {
    await fixture(html`<care-textarea id="t1" label="Nội dung đề nghị" hint="Có thể viết nhiều dòng"></care-textarea>`);
    const ax = await axNode('#t1 >>> textarea');
    expect(ax).to.include({ role: 'textbox', name: 'Nội dung đề nghị', description: 'Có thể viết nhiều dòng', multiline: true });
  });

  needs('accessibility-tree')('takes a hint with markup from the hint slot, and sends change from the host', async () => {
    const wrapper = await fixture(html`<div>
      <care-textarea id="t2" label="Nội dung"><span slot="hint">Viết <b>rõ ràng</b></span></care-textarea><button>x</button>
    </div>`);
    const el = wrapper.querySelector('care-textarea')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.hint')!.hidden).to.equal(false);
    expect((await axNode('#t2 >>> textarea'))!.description).to.equal('Viết rõ ràng');
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await type(el, 'abc');
    await sendKeys({ press: 'Tab' });
    expect(changes).to.equal(1);
  });

  describe('keyboard', () => {
    it('makes a new line on Enter and never submits the form', async () => {
      const form = await formWithSubmit(html`<care-textarea name="request" label="Nội dung"></care-textarea>`);
      const seen = countSubmits(form);
      const el = form.querySelector('care-textarea')!;
      await type(el, 'Dòng một');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Dòng hai' });
      await tick();
      expect(seen.count).to.equal(0);
      expect(el.value).to.equal('Dòng một\nDòng hai');
      expect(new FormData(form).get('request')).to.equal('Dòng một\nDòng hai');
    });

    it('makes a new line on Enter in the portal’s own textarea too', async () => {
      const form = await formWithSubmit(html`<care-textarea><label for="k">Nội dung</label><textarea id="k" name="request"></textarea></care-textarea>`);
      const seen = countSubmits(form);
      form.querySelector('textarea')!.focus();
      await sendKeys({ type: 'A' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'B' });
      await tick();
      expect(seen.count).to.equal(0);
      expect(form.querySelector('textarea')!.value).to.equal('A\nB');
    });

    it('is reached with Tab and left with Tab, showing a visible focus ring', async () => {
      const wrapper = await fixture(html`<div><button>before</button><care-textarea label="Nội dung"></care-textarea><button>after</button></div>`);
      const el = wrapper.querySelector('care-textarea')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(box(el));
      expect(parseFloat(getComputedStyle(box(el)).outlineWidth)).to.be.at.least(3);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
    });
  });

  describe('grows with its content', () => {
    it('gets taller line by line, from `rows` lines, up to a maximum, then scrolls', async () => {
      const el = await fixture<CareTextarea>(html`<care-textarea label="Nội dung" rows="2"></care-textarea>`);
      const start = height(el);
      await lines(el, 4);
      const grown = height(el);
      expect(grown).to.be.greaterThan(start + 40);
      await lines(el, 30);
      const max = height(el);
      const lineHeight = parseFloat(getComputedStyle(box(el)).lineHeight);
      expect(max).to.be.at.most(13 * lineHeight + 40);
      expect(box(el).scrollHeight).to.be.greaterThan(box(el).clientHeight);
      box(el).value = '';
      box(el).dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(height(el)).to.be.closeTo(start, 1);
    });

    it('starts `rows` lines tall, never a tiny box, and allows vertical resizing', async () => {
      const two = await fixture<CareTextarea>(html`<care-textarea label="A" rows="2"></care-textarea>`);
      const six = await fixture<CareTextarea>(html`<care-textarea label="B" rows="6"></care-textarea>`);
      const plain = await fixture<CareTextarea>(html`<care-textarea label="C"></care-textarea>`);
      const lineHeight = parseFloat(getComputedStyle(box(six)).lineHeight);
      expect(height(six) - height(two)).to.be.closeTo(4 * lineHeight, 2);
      expect(height(plain)).to.be.at.least(3 * lineHeight);
      expect(getComputedStyle(box(plain)).resize).to.equal('vertical');
    });

    it('grows the portal’s textarea, keeping its rows as the minimum', async () => {
      const el = await fixture<CareTextarea>(html`<care-textarea><label for="g">Nội dung</label><textarea id="g" rows="4"></textarea></care-textarea>`);
      const lineHeight = parseFloat(getComputedStyle(box(el)).lineHeight);
      const start = height(el);
      expect(start).to.be.at.least(4 * lineHeight);
      await lines(el, 6);
      expect(height(el)).to.be.greaterThan(start + lineHeight);
    });

    it('grows by measuring where the browser has no field-sizing', async () => {
      const supports = CSS.supports;
      CSS.supports = ((...args: string[]) => args[0] !== 'field-sizing' && (Reflect.apply(supports, CSS, args) as boolean)) as typeof CSS.supports;
      try {
        const el = await fixture<CareTextarea>(html`<care-textarea label="Nội dung" rows="2"></care-textarea>`);
        const start = height(el);
        await lines(el, 4);
        expect(box(el).style.height).to.match(/px$/);
        expect(height(el)).to.be.greaterThan(start + 40);
      } finally {
        CSS.supports = supports;
      }
    });
  });

  describe('errors appear only after leaving the field or submitting', () => {
    needs('accessibility-tree')('says nothing while typing, shows the error on leaving, clears it as soon as it is fixed', async () => {
      const wrapper = await fixture(html`<div><care-textarea label="Nội dung" maxlength="5"></care-textarea><button>next</button></div>`);
      const el = wrapper.querySelector('care-textarea')!;
      await type(el, 'Xin cấp');
      expect(errorText(el)).to.equal('');
      expect(el.hasAttribute('data-user-invalid')).to.equal(false);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Error: ${fieldStrings.en['field.too-long'].other.replace('{count}', '5')}`);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      const ax = await axNode('care-textarea >>> textarea');
      expect(ax).to.include({ invalid: 'true' });
      expect(ax!.description).to.contain('Error: Use 5 characters or fewer');
      box(el).focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(box(el).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('shows the error when a submit is tried, blocks it, and keeps what was typed', async () => {
      const form = await formWithSubmit(html`<care-textarea name="request" label="Nội dung đề nghị" required></care-textarea>`);
      const seen = countSubmits(form);
      const el = form.querySelector('care-textarea')!;
      form.querySelector('care-button')!.click();
      await tick();
      await el.updateComplete;
      expect(seen.count).to.equal(0);
      expect(errorText(el)).to.contain('Nội dung đề nghị: enter an answer');
      expect(el.shadowRoot!.activeElement).to.equal(box(el));
    });

    it('shows a server error at once, keeps the text, and drops the error when the text changes', async () => {
      const el = await fixture<CareTextarea>(html`<care-textarea label="Nội dung" value="Giấy xác nhận" error-message="Ghi rõ loại giấy"></care-textarea>`);
      expect(errorText(el)).to.contain('Ghi rõ loại giấy');
      expect(box(el).value).to.equal('Giấy xác nhận');
      await type(el, ' cư trú');
      expect(errorText(el)).to.equal('');
      expect(el.value).to.equal('Giấy xác nhận cư trú');
    });
  });

  describe('input methods (Vietnamese Telex, Chinese pinyin)', () => {
    needs('input-method')('checks nothing while composing and everything once committed', async () => {
      const el = await fixture<CareTextarea>(html`<care-textarea label="Họ" maxlength="3"></care-textarea>`);
      box(el).focus();
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

    needs('input-method')('does not submit or add a line break when Enter commits a composition', async () => {
      const form = await formWithSubmit(html`<care-textarea name="city" label="城市"></care-textarea>`);
      const seen = countSubmits(form);
      const el = form.querySelector('care-textarea')!;
      box(el).focus();
      await imeType(['bei', 'beijing'], '北京');
      await tick();
      expect(seen.count).to.equal(0);
      expect(el.value).to.equal('北京');
    });
  });

  describe('character count', () => {
    needs('accessibility-tree')('shows what is left and reports going over without cutting text', async () => {
      const el = await fixture<CareTextarea>(html`<care-textarea label="Lý do" maxlength="10" show-count></care-textarea>`);
      const count = () => el.shadowRoot!.querySelector('.count')!.textContent;
      expect(count()).to.equal('You have 10 characters left');
      await type(el, 'Nguyễn\nVăn An');
      expect(count()).to.equal('You have 3 characters too many');
      expect(el.value).to.equal('Nguyễn\nVăn An');
      expect(el.validity.tooLong).to.equal(true);
      expect(el.hasAttribute('data-over-limit')).to.equal(true);
      const ax = await axNode('care-textarea >>> textarea');
      expect(ax!.description).to.contain('You have 3 characters too many');
    });

    it('is spoken only near the limit, once typing pauses', async () => {
      const el = await fixture<CareTextarea>(html`<care-textarea label="Lý do" maxlength="20" show-count></care-textarea>`);
      const region = () => document.querySelector('[data-care-announcer="polite"]')?.textContent ?? '';
      await type(el, 'abc');
      await new Promise((r) => setTimeout(r, 1300));
      expect(region()).not.to.contain('characters left');
      await type(el, 'defghijklmnopqr');
      expect(region()).not.to.contain('You have 5');
      await waitUntil(() => region() === 'You have 2 characters left', 'the count near the limit was not spoken', { timeout: 3000 });
    });

    it('counts in the portal’s textarea, lifting its maxlength, and follows form.reset()', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-textarea show-count><label for="c">Lý do</label><textarea id="c" name="why" maxlength="8">Ốm</textarea></care-textarea>
      </form>`);
      const el = form.querySelector('care-textarea')!;
      const count = () => el.querySelector('[data-care-part="count"]')!.textContent;
      await el.updateComplete;
      expect(box(el).hasAttribute('maxlength')).to.equal(false);
      expect(count()).to.equal('You have 6 characters left');
      await type(el, ' nặng lắm');
      expect(count()).to.equal('You have 3 characters too many');
      expect(box(el).value).to.equal('Ốm nặng lắm');
      form.reset();
      await el.updateComplete;
      expect(box(el).value).to.equal('Ốm');
      expect(count()).to.equal('You have 6 characters left');
    });
  });

  it('says every built-in message in the page language, with no English left', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-textarea label="X" required maxlength="5" show-count></care-textarea></div>`);
      const el = wrapper.querySelector('care-textarea')!;
      el.reportValidity();
      await el.updateComplete;
      const strings = fieldStrings[locale];
      const count = el.shadowRoot!.querySelector('.count')!.textContent!;
      expect(errorText(el)).to.contain(strings['field.required'].replace('{label}', 'X'));
      expect(errorText(el)).to.contain(strings['field.error-prefix']);
      expect(count).to.equal(strings['field.count-left'].other.replace('{count}', '5'));
      if (locale !== 'en') expect(`${errorText(el)} ${count}`).not.to.match(/enter an answer|Error|characters/);
    }
  });

  describe('target size', () => {
    afterEach(resetMode);
    for (const careMode of [false, true]) {
      it(`is at least ${requirements.target.minPx[careMode ? 'care' : 'default']} px in ${careMode ? 'care' : 'default'} mode, text at body size`, async () => {
        await applyMode({ careMode, contrast: 'default' });
        const el = await fixture<CareTextarea>(html`<care-textarea label="Nội dung" rows="1"></care-textarea>`);
        const rect = box(el).getBoundingClientRect();
        const min = requirements.target.minPx[careMode ? 'care' : 'default'];
        expect(rect.height).to.be.at.least(min);
        expect(rect.width).to.be.at.least(min);
        expect(parseFloat(getComputedStyle(box(el)).fontSize)).to.be.at.least(careMode ? 22 : 18);
      });
    }
  });

  needs('media-emulation')('keeps its border in forced colors (Windows high contrast)', async () => {
    const el = await fixture<CareTextarea>(html`<care-textarea label="Nội dung"></care-textarea>`);
    await emulateMedia({ 'forced-colors': 'active' });
    const style = getComputedStyle(box(el));
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    expect(style.borderTopStyle).to.equal('solid');
  });

  it('renders safely with odd attribute values', async () => {
    const odd = await fixture<CareTextarea>(html`<care-textarea
      label="<b>x</b>"
      rows="lots"
      maxlength="lots"
      minlength="-4"
      pattern="[unclosed"
      value=${'a'.repeat(5000)}
      show-count
    ></care-textarea>`);
    expect(odd.shadowRoot!.querySelector('label')!.textContent).to.equal('<b>x</b>');
    expect(box(odd).rows).to.equal(3);
    expect(odd.checkValidity()).to.equal(true);
    for (const rows of ['-3', '0', '2.6', '99999', '']) {
      const el = await fixture<CareTextarea>(html`<care-textarea label="A" rows=${rows}></care-textarea>`);
      expect(box(el).rows, `rows="${rows}"`).to.be.within(1, 30);
      expect(height(el)).to.be.at.least(requirements.target.minPx.default);
    }
  });
});
