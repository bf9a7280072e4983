import { careLocales, ManualClock, setClock } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode, emulateMedia, imeType } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-date-field.js';
import { fieldStrings as fieldStringsEn } from '../internal/field.strings.js';
import { validatorsStrings as validatorsStringsEn } from '../validators/validators.strings.js';
import type { CareDateField } from './date-field.js';
import { dateFieldExamples, renderDateField } from './date-field.examples.js';
import { dateFieldStrings as dateFieldStringsEn } from './date-field.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { engine, needs } from '../../../../test/helpers/engines.js';

const fieldStrings = withLocales(fieldStringsEn);
const validatorsStrings = withLocales(validatorsStringsEn);
const dateFieldStrings = withLocales(dateFieldStringsEn);

const inputs = (el: CareDateField) => [...el.shadowRoot!.querySelectorAll('input')];
const part = (el: CareDateField, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const errorText = (el: CareDateField) => el.shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim();
const invalidParts = (el: CareDateField) => inputs(el).filter((i) => i.getAttribute('aria-invalid') === 'true').map((i) => i.id);
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Types each part as a person does: into the first part, then Tab to the next. */
const typeDate = async (el: CareDateField, ...texts: string[]) => {
  inputs(el)[0]!.focus();
  for (const [i, text] of texts.entries()) {
    if (i) await sendKeys({ press: 'Tab' });
    if (text) await sendKeys({ type: text });
  }
  await el.updateComplete;
};

const leave = async (el: CareDateField) => {
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
};

/** A date field with a button after it, to leave it to. */
const withNext = async (template: unknown) => {
  const wrapper = await fixture(html`<div>${template}<button>next</button></div>`);
  const el = wrapper.querySelector('care-date-field')!;
  await el.updateComplete;
  return el;
};

describeExamples('care-date-field', dateFieldExamples, renderDateField);

runFormControlSuite({
  tag: 'care-date-field',
  render: (o) => html`<care-date-field id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} ?required=${o.required}></care-date-field>`,
  fill: async (el) => typeDate(el as CareDateField, '27', '3', '2019'),
  filledValue: ['2019-03-27'],
  initialValue: [''],
  role: 'group',
  axSelector: (id) => `#${id} >>> fieldset`,
});

describe('care-date-field', () => {
  afterEach(() => emulateMedia({}));

  needs('accessibility-tree')('is a group named by its visible legend, described by its hint and the example', async () => {
    await fixture(html`<care-date-field id="d1" label="Ngày sinh của trẻ" hint="Ghi theo giấy chứng sinh"></care-date-field>`);
    const group = await axNode('#d1 >>> fieldset');
    expect(group).to.include({ role: 'group', name: 'Ngày sinh của trẻ' });
    expect(group!.description).to.equal('Ghi theo giấy chứng sinh For example, 27 3 2007');
    const day = await axNode('#d1 >>> #day');
    expect(day).to.include({ role: 'textbox', name: 'Day' });
  });

  it('gives each part a numeric keypad, never type=number, and the birthday autofill tokens', async () => {
    const el = await fixture<CareDateField>(html`<care-date-field label="Ngày sinh" autocomplete="bday"></care-date-field>`);
    for (const input of inputs(el)) {
      expect(input.type).to.equal('text');
      expect(input.inputMode).to.equal('numeric');
      expect(input.getAttribute('autocomplete')).to.equal(`bday-${input.id}`);
      // Firefox's autocomplete property answers '' for tokens it does not fill itself.
      if (engine !== 'firefox') expect(input.autocomplete).to.equal(`bday-${input.id}`);
      expect(input.maxLength, 'nothing typed or pasted is cut off').to.equal(-1);
    }
    const plain = await fixture<CareDateField>(html`<care-date-field label="Ngày hẹn"></care-date-field>`);
    expect(inputs(plain).map((i) => i.getAttribute('autocomplete'))).to.deep.equal([null, null, null]);
  });

  it('sizes each part to what it holds: the year wider, every part a full target', async () => {
    const el = await fixture<CareDateField>(html`<care-date-field label="Ngày sinh"></care-date-field>`);
    const [day, month, year] = inputs(el).map((i) => i.getBoundingClientRect());
    expect(day!.width).to.equal(month!.width);
    expect(year!.width).to.be.greaterThan(day!.width);
    expect(year!.width).to.be.lessThan(200);
  });

  it('puts the parts in the order of the page language, with labels and example in that language', async () => {
    const expected = { en: 'day month year', vi: 'day month year', id: 'day month year', 'zh-Hans': 'year month day' } as const;
    const examples = { en: '27 3 2007', vi: '27 3 2007', id: '27 3 2007', 'zh-Hans': '2007 3 27' } as const;
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-date-field label="X"></care-date-field></div>`);
      const el = wrapper.querySelector('care-date-field')!;
      await el.updateComplete;
      expect(inputs(el).map((i) => i.id).join(' '), locale).to.equal(expected[locale]);
      const labels = [...el.shadowRoot!.querySelectorAll('.part label')].map((l) => l.textContent);
      const strings = dateFieldStrings[locale];
      expect(labels).to.deep.equal(inputs(el).map((i) => strings[`date-field.${i.id}` as keyof typeof strings]));
      expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.equal(strings['date-field.example'].replace('{example}', examples[locale]));
    }
    // A region in the page's lang is followed: the United States writes the month first.
    const us = await fixture(html`<div lang="en-US"><care-date-field label="X"></care-date-field></div>`);
    expect(inputs(us.querySelector('care-date-field')!).map((i) => i.id)).to.deep.equal(['month', 'day', 'year']);
  });

  describe('keyboard', () => {
    it('moves between the parts with Tab only: typing two digits never jumps ahead', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-date-field name="dob" label="Ngày sinh"></care-date-field></form>`);
      const el = form.querySelector('care-date-field')!;
      el.focus();
      expect(el.shadowRoot!.activeElement?.id).to.equal('day');
      await sendKeys({ type: '05' });
      expect(el.shadowRoot!.activeElement?.id, 'no auto-advance').to.equal('day');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('month');
      await sendKeys({ type: '8' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '1956' });
      await el.updateComplete;
      expect(el.value).to.equal('1956-08-05');
      expect(new FormData(form).get('dob')).to.equal('1956-08-05');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('month');
    });

    it('reads full-width digits and spaces as typed by Chinese input methods', async () => {
      const wrapper = await fixture(html`<div lang="zh-Hans"><care-date-field label="出生日期"></care-date-field></div>`);
      const el = wrapper.querySelector('care-date-field')!;
      await el.updateComplete;
      await typeDate(el, '１９５６', '８', ' ５ ');
      expect(el.value).to.equal('1956-08-05');
      expect(part(el, 'year').value, 'what was typed stays on screen').to.equal('１９５６');
    });

    it('submits the form on Enter', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-date-field name="d" label="Ngày" value="2020-02-29"></care-date-field></form>`);
      const submitted: string[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted.push(String(new FormData(form).get('d')));
      });
      part(form.querySelector('care-date-field')!, 'year').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => submitted.length === 1);
      expect(submitted).to.deep.equal(['2020-02-29']);
    });

    needs('input-method')('checks nothing while an input method is composing', async () => {
      const el = await withNext(html`<care-date-field label="日期" required></care-date-field>`);
      part(el, 'day').focus();
      await imeType(['ｓ', 'ｓａ']);
      await el.updateComplete;
      expect(el.parts.day).to.equal('ｓａ');
      expect(errorText(el)).to.equal('');
      await imeType([], '１２');
      await el.updateComplete;
      expect(el.parts.day).to.equal('１２');
    });
  });

  describe('errors', () => {
    it('waits while the person moves between the parts, and shows the error once the date is left', async () => {
      const el = await withNext(html`<care-date-field label="Ngày sinh"></care-date-field>`);
      await typeDate(el, '31', '4');
      expect(errorText(el), 'moving from day to month is not leaving').to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el), 'still inside the date').to.equal('');
      await sendKeys({ type: '2024' });
      await leave(el);
      expect(errorText(el)).to.equal('Error: There is no 31 April.');
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(el.hasAttribute('data-user-invalid')).to.equal(true);
    });

    it('waits while the person switches to another app', async () => {
      const el = await withNext(html`<care-date-field label="Ngày sinh"></care-date-field>`);
      await typeDate(el, '31', '4');
      const hasFocus = document.hasFocus;
      document.hasFocus = () => false;
      try {
        part(el, 'month').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(errorText(el)).to.equal('');
      } finally {
        document.hasFocus = hasFocus;
      }
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: The date must include a year.');
      expect(invalidParts(el)).to.deep.equal(['year']);
    });

    it('marks only the part that is wrong, and says which', async () => {
      const cases: [string[], string[], string][] = [
        [['32', '1', '2000'], ['day'], 'Day must be between 1 and 31.'],
        [['3', '13', '2000'], ['month'], 'Month must be between 1 and 12.'],
        [['3', '1', '56'], ['year'], 'Year must have 4 digits, for example 1956.'],
        [['3', '', '2000'], ['month'], 'The date must include a month.'],
        [['30', '2', '2000'], ['day'], 'There is no 30 February.'],
        [['29', '2', '2023'], ['day'], 'There is no 29 February in 2023.'],
        [['x', '2', '2023'], ['day'], 'Day must be between 1 and 31.'],
      ];
      for (const [typed, wrong, message] of cases) {
        const el = await withNext(html`<care-date-field label="Ngày sinh"></care-date-field>`);
        await typeDate(el, ...typed);
        await leave(el);
        expect(errorText(el), typed.join('/')).to.equal(`Error: ${message}`);
        expect(invalidParts(el), typed.join('/')).to.deep.equal(wrong);
        expect(el.value).to.equal('');
      }
    });

    it('keeps what was typed through an error and clears the error as soon as it is fixed', async () => {
      const el = await withNext(html`<care-date-field label="Ngày sinh"></care-date-field>`);
      await typeDate(el, '31', '4', '2024');
      await leave(el);
      expect(inputs(el).map((i) => i.value)).to.deep.equal(['31', '4', '2024']);
      part(el, 'month').focus();
      part(el, 'month').select();
      await sendKeys({ type: '5' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(invalidParts(el)).to.deep.equal([]);
      expect(el.value).to.equal('2024-05-31');
    });

    needs('accessibility-tree')('is in the accessibility tree: the group described by the error, the wrong part invalid', async () => {
      const el = await withNext(html`<care-date-field id="d2" label="Ngày sinh" hint="Theo giấy khai sinh"></care-date-field>`);
      await typeDate(el, '3', '14', '1956');
      await leave(el);
      const group = await axNode('#d2 >>> fieldset');
      expect(group!.description).to.equal('Theo giấy khai sinh For example, 27 3 2007 Error: Month must be between 1 and 12.');
      expect((await axNode('#d2 >>> #month'))!.invalid).to.equal('true');
      expect((await axNode('#d2 >>> #day'))!.invalid ?? 'false').to.equal('false');
    });

    it('says min and max in words in the page language', async () => {
      const cases = {
        en: ['The date must be on or after 1 January 1900.', 'The date must be on or before 31 December 2025.'],
        vi: ['Ngày phải từ 1 tháng 1, 1900 trở về sau.', 'Ngày phải từ 31 tháng 12, 2025 trở về trước.'],
        'zh-Hans': ['日期不能早于1900年1月1日。', '日期不能晚于2025年12月31日。'],
        id: ['Tanggal harus 1 Januari 1900 atau sesudahnya.', 'Tanggal harus 31 Desember 2025 atau sebelumnya.'],
      } as const;
      for (const locale of careLocales) {
        const wrapper = await fixture(html`<div lang=${locale}><care-date-field label="X" min="1900-01-01" max="2025-12-31"></care-date-field></div>`);
        const el = wrapper.querySelector('care-date-field')!;
        el.parts = { day: '31', month: '12', year: '1899' };
        el.reportValidity();
        await el.updateComplete;
        expect(errorText(el), locale).to.contain(cases[locale][0]);
        expect(el.validity.rangeUnderflow).to.equal(true);
        expect(invalidParts(el), 'the whole date is marked').to.have.length(3);
        el.parts = { day: '1', month: '1', year: '2026' };
        await el.updateComplete;
        expect(errorText(el), locale).to.contain(cases[locale][1]);
        expect(el.validity.rangeOverflow).to.equal(true);
        el.parts = { day: '1', month: '1', year: '1900' };
        await el.updateComplete;
        expect(el.checkValidity()).to.equal(true);
        expect(el.value).to.equal('1900-01-01');
      }
    });

    it('knows today from core’s clock: max="today"', async () => {
      const restore = setClock(new ManualClock(new Date(2026, 0, 15, 12).getTime()));
      try {
        const el = await fixture<CareDateField>(html`<care-date-field label="Ngày sinh" max="today"></care-date-field>`);
        el.parts = { day: '16', month: '1', year: '2026' };
        await el.updateComplete;
        expect(el.validationMessage).to.equal('The date must be on or before 15 January 2026.');
        el.parts = { day: '15', month: '1', year: '2026' };
        await el.updateComplete;
        expect(el.value).to.equal('2026-01-15');
      } finally {
        restore();
      }
    });

    it('shows every error on a submit attempt, and form.reportValidity() focuses the wrong part', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-date-field name="a" label="Ngày cấp" required></care-date-field>
        <care-date-field name="b" label="Ngày hết hạn"></care-date-field>
        <button>Gửi</button>
      </form>`);
      const [first, second] = form.querySelectorAll('care-date-field');
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      form.querySelector('button')!.click();
      await tick();
      await first!.updateComplete;
      expect(submitted).to.equal(0);
      expect(errorText(first!)).to.equal('Error: Ngày cấp: enter an answer');
      expect(invalidParts(first!)).to.deep.equal(['day', 'month', 'year']);
      first!.value = '2020-01-01';
      second!.parts = { day: '1', month: '40', year: '2030' };
      await second!.updateComplete;
      expect(form.reportValidity()).to.equal(false);
      await second!.updateComplete;
      expect(second!.shadowRoot!.activeElement?.id).to.equal('month');
      expect(invalidParts(second!)).to.deep.equal(['month']);
      first!.focus();
      second!.focus();
      expect(second!.shadowRoot!.activeElement?.id, 'focus() goes where the fix is').to.equal('month');
    });

    it('shows an error from the server at once and drops it when the date changes', async () => {
      const el = await fixture<CareDateField>(html`<care-date-field label="Ngày" value="2026-01-10" error-message="Không có khoản chi trả vào ngày này"></care-date-field>`);
      expect(errorText(el)).to.contain('Không có khoản chi trả vào ngày này');
      expect(el.validity.customError).to.equal(true);
      part(el, 'day').focus();
      part(el, 'day').select();
      await sendKeys({ type: '11' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(el.value).to.equal('2026-01-11');
    });
  });

  describe('value', () => {
    it('is ISO, set by the value attribute and property, and empty while incomplete or impossible', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-date-field name="d" label="Ngày" value="2007-03-27"></care-date-field></form>`);
      const el = form.querySelector('care-date-field')!;
      expect(inputs(el).map((i) => i.value)).to.deep.equal(['27', '3', '2007']);
      expect(el.value).to.equal('2007-03-27');
      el.value = '1956-08-05';
      await el.updateComplete;
      expect(new FormData(form).get('d')).to.equal('1956-08-05');
      el.parts = { ...el.parts, day: '31', month: '2' };
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(new FormData(form).get('d')).to.equal('');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('2007-03-27');
    });

    it('sends one change when the date changes, not one per part', async () => {
      const el = await withNext(html`<care-date-field label="Ngày"></care-date-field>`);
      const changes: string[] = [];
      let inputsSeen = 0;
      el.addEventListener('change', () => changes.push(el.value));
      el.addEventListener('input', () => inputsSeen++);
      await typeDate(el, '27', '3', '2007');
      await leave(el);
      expect(changes).to.deep.equal(['2007-03-27']);
      expect(inputsSeen).to.equal(7);
    });
  });

  it('says every built-in string in the page language, with no English left', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-date-field label="X"></care-date-field></div>`);
      const el = wrapper.querySelector('care-date-field')!;
      el.parts = { day: '40', month: '1', year: '2000' };
      el.reportValidity();
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      const dayMessage = validatorsStrings[locale]['validators.date.day'].replace('{min}', '1').replace('{max}', '31');
      expect(text).to.contain(dayMessage);
      expect(text).to.contain(fieldStrings[locale]['field.error-prefix']);
      for (const key of ['day', 'month', 'year'] as const) expect(text).to.contain(dateFieldStrings[locale][`date-field.${key}`]);
      if (locale !== 'en') expect(text, locale).not.to.match(/Day|Month|Year|example|Error|must/);
    }
  });

  it('is at least 44 × 44 px, and 60 × 60 px in care mode', async () => {
    const el = await fixture<CareDateField>(html`<care-date-field label="Ngày sinh"></care-date-field>`);
    try {
      for (const care of [false, true]) {
        await applyMode({ careMode: care, contrast: 'default' });
        const min = requirements.target.minPx[care ? 'care' : 'default'];
        for (const input of inputs(el)) {
          const { width, height } = input.getBoundingClientRect();
          expect(Math.min(width, height) + 0.5, `${input.id} in ${care ? 'care' : 'default'} mode`).to.be.at.least(min);
        }
        const [a, b] = inputs(el).map((i) => i.getBoundingClientRect());
        expect(b!.left - a!.right).to.be.at.least(requirements.target.gapPx[care ? 'care' : 'default']);
      }
    } finally {
      await resetMode();
    }
  });

  needs('media-emulation')('keeps the wrong part visible in forced colors', async () => {
    const el = await withNext(html`<care-date-field label="Ngày sinh"></care-date-field>`);
    await typeDate(el, '40', '1', '2000');
    await leave(el);
    await emulateMedia({ 'forced-colors': 'active' });
    const wrong = getComputedStyle(part(el, 'day'));
    const right = getComputedStyle(part(el, 'month'));
    expect(parseFloat(wrong.borderTopWidth)).to.be.greaterThan(parseFloat(right.borderTopWidth));
    expect(right.borderTopStyle).to.equal('solid');
  });

  it('renders safely with odd attribute values', async () => {
    const el = await fixture<CareDateField>(html`<care-date-field
      label="<b>x</b>"
      min="yesterday"
      max="2023-02-30"
      value="31/02/2020"
      autocomplete="💥"
      error-message=""
    ></care-date-field>`);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('<b>x</b>');
    expect(el.value).to.equal('');
    expect(inputs(el).map((i) => i.value)).to.deep.equal(['', '', '']);
    expect(el.checkValidity()).to.equal(true);
    el.parts = { day: '1', month: '1', year: '9999' };
    await el.updateComplete;
    expect(el.value, 'limits that are not dates are ignored').to.equal('9999-01-01');
    el.value = { toString: () => { throw new Error('x'); } } as unknown as string;
    el.parts = JSON.parse('{"day":"1","month":"1","year":"2000"}');
    await el.updateComplete;
    expect(el.value).to.equal('2000-01-01');
  });
});
