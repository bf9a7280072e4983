import { careLocales, getPreferencesStore, ManualClock, registerReadAloudProvider, setClock, type ReadAloudSegment } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode, emulateMedia, imeType } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-code-field.js';
import { fieldStrings as fieldStringsEn } from '../internal/field.strings.js';
import type { CareCodeField } from './code-field.js';
import { codeFieldExamples, renderCodeField } from './code-field.examples.js';
import { codeFieldStrings as codeFieldStringsEn } from './code-field.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { engine, needs } from '../../../../test/helpers/engines.js';

const fieldStrings = withLocales(fieldStringsEn);
const codeFieldStrings = withLocales(codeFieldStringsEn);

const MINUTE = 60_000;
const START = Date.UTC(2026, 0, 15, 9, 0, 0);
const input = (el: CareCodeField) => el.control!;
const text = (el: CareCodeField, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const errorText = (el: CareCodeField) => text(el, '.error');
const expiry = (el: CareCodeField) => text(el, '.expiry');
const button = (el: CareCodeField, name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"]`);
const tick = () => new Promise((r) => setTimeout(r, 0));
const type = async (el: CareCodeField, value: string) => {
  input(el).focus();
  await sendKeys({ type: value });
  await el.updateComplete;
};

/** Everything said through the live regions from now on, as `priority: text`. */
function listen() {
  const said: string[] = [];
  // Words still shown from before were said before.
  const seen = new Set([...document.querySelectorAll('[data-care-announcer]')].filter((r) => r.textContent));
  const observer = new MutationObserver(() => {
    for (const region of document.querySelectorAll('[data-care-announcer]')) {
      if (region.textContent && !seen.has(region)) said.push(`${region.getAttribute('data-care-announcer')}: ${region.textContent}`);
      if (region.textContent) seen.add(region);
      else seen.delete(region);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describeExamples('care-code-field', codeFieldExamples, renderCodeField);

runFormControlSuite({
  tag: 'care-code-field',
  render: (o) => html`<care-code-field id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} length="6" ?required=${o.required}></care-code-field>`,
  fill: async (el) => type(el as CareCodeField, '482 193'),
  filledValue: ['482193'],
  initialValue: [''],
  role: 'textbox',
});

describe('care-code-field', () => {
  let clock: ManualClock;
  let restoreClock: () => void;
  beforeEach(() => {
    clock = new ManualClock(START);
    restoreClock = setClock(clock);
  });
  afterEach(async () => {
    restoreClock();
    await emulateMedia({});
  });

  /** A code field expiring `minutes` from now on the manual clock, with a button after it. */
  const expiring = async (minutes: number, lang = 'en') => {
    const wrapper = await fixture(html`<div lang=${lang}>
      <care-code-field id="c1" label="Mã xác thực" hint="Đã gửi đến 0912 *** 678" length="6" expires-at=${new Date(START + minutes * MINUTE).toISOString()}
      ></care-code-field
      ><button>next</button>
    </div>`);
    const el = wrapper.querySelector('care-code-field')!;
    await el.updateComplete;
    return el;
  };

  it('is one input for the whole code, with the one-time-code autofill and the number pad', async () => {
    const el = await fixture<CareCodeField>(html`<care-code-field label="Mã" length="6"></care-code-field>`);
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
    expect([input(el).type, input(el).inputMode, input(el).getAttribute('autocomplete')]).to.deep.equal(['text', 'numeric', 'one-time-code']);
    // The attribute is what autofill reads. Firefox's autocomplete property answers '' for tokens
    // it does not fill itself; Chromium's also proves the token is one the standard knows.
    if (engine !== 'firefox') expect(input(el).autocomplete).to.equal('one-time-code');
    expect(input(el).maxLength, 'a pasted code is never cut').to.equal(-1);
    const letters = await fixture<CareCodeField>(html`<care-code-field label="Mã" alphanumeric></care-code-field>`);
    expect(input(letters).inputMode).to.equal('text');
  });

  it('is marked private once connected, never in its constructor', async () => {
    const el = document.createElement('care-code-field');
    expect(el.hasAttribute('data-care-private')).to.equal(false);
    document.body.append(el);
    expect(el.hasAttribute('data-care-private')).to.equal(true);
    el.remove();
  });

  needs('accessibility-tree')('is named by its label and described by its hint and its expiry', async () => {
    await expiring(5);
    const ax = await axNode('#c1 >>> input');
    expect(ax).to.include({ role: 'textbox', name: 'Mã xác thực', description: 'Đã gửi đến 0912 *** 678 The code expires in 5 minutes' });
  });

  describe('typing and pasting', () => {
    needs('input-method')('drops spaces, dashes and full-width forms from a pasted code as it arrives', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-code-field name="otp" label="Mã" length="6"></care-code-field></form>`);
      const el = form.querySelector('care-code-field')!;
      input(el).focus();
      // Inserted in one go, as a paste or the phone's autofill from the message does.
      await imeType([], '４８２ １９３');
      await el.updateComplete;
      expect(input(el).value).to.equal('482193');
      expect(el.value).to.equal('482193');
      expect(new FormData(form).get('otp')).to.equal('482193');
      input(el).value = '48-21 93';
      input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      await el.updateComplete;
      expect(el.value).to.equal('482193');
      expect(el.checkValidity()).to.equal(true);
    });

    it('pastes a code with spaces from the real clipboard', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button type="button" style="width: 200px; height: 60px">Sao chép mã</button>
        <care-code-field label="Mã" length="6"></care-code-field>
      </div>`);
      const el = wrapper.querySelector<CareCodeField>('care-code-field')!;
      await el.updateComplete;
      // Copied as a message app's "copy code" button does, inside a real click: WebKit refuses a
      // clipboard write outside the handling of a person's input, even right after a click.
      const copy = wrapper.querySelector('button')!;
      let copying: Promise<boolean> | undefined;
      copy.addEventListener('click', () => (copying = navigator.clipboard.writeText('482 193').then(() => true, () => false)), { once: true });
      const at = copy.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(at.left + at.width / 2), Math.round(at.top + at.height / 2)] });
      // If a test browser ever stops granting the clipboard, this must fail, not skip.
      expect(await copying, 'the clipboard refused the code').to.equal(true);
      input(el).focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'KeyV' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(input(el).value).to.equal('482193');
      expect(el.checkValidity()).to.equal(true);
    });

    it('keeps the caret where it was when a separator is dropped', async () => {
      const el = await fixture<CareCodeField>(html`<care-code-field label="Mã"></care-code-field>`);
      await type(el, '4893');
      input(el).setSelectionRange(2, 2);
      await sendKeys({ type: ' 2' });
      expect(input(el).value).to.equal('48293');
      expect(input(el).selectionStart).to.equal(3);
    });

    needs('input-method')('rewrites nothing while an input method is composing', async () => {
      const el = await fixture<CareCodeField>(html`<care-code-field label="验证码" alphanumeric></care-code-field>`);
      input(el).focus();
      await imeType(['ab c', 'ab cd']);
      await el.updateComplete;
      expect(input(el).value).to.equal('ab cd');
      await imeType([], 'ab cd');
      await el.updateComplete;
      expect(input(el).value).to.equal('abcd');
    });

    it('submits the form on Enter', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-code-field name="otp" label="Mã" length="6"></care-code-field><button>OK</button></form>`);
      const seen: string[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        seen.push(String(new FormData(form).get('otp')));
      });
      await type(form.querySelector('care-code-field')!, '482193');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => seen.length === 1);
      expect(seen).to.deep.equal(['482193']);
    });
  });

  describe('errors', () => {
    needs('accessibility-tree')('says nothing while typing and what is wrong once the field is left', async () => {
      const wrapper = await fixture(html`<div><care-code-field id="c2" label="Mã" length="6"></care-code-field><button>x</button></div>`);
      const el = wrapper.querySelector('care-code-field')!;
      await type(el, '4821');
      expect(errorText(el)).to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: The code has 6 digits. You have entered 4.');
      expect(el.validity.tooShort).to.equal(true);
      const ax = await axNode('#c2 >>> input');
      expect(ax).to.include({ invalid: 'true', description: 'Error: The code has 6 digits. You have entered 4.' });
      await type(el, '93');
      expect(errorText(el)).to.equal('');
      expect(el.value, 'what was typed is kept').to.equal('482193');
    });

    it('waits while the person switches to the messages app to read the code', async () => {
      const wrapper = await fixture(html`<div><care-code-field label="Mã" length="6"></care-code-field><button>x</button></div>`);
      const el = wrapper.querySelector('care-code-field')!;
      await type(el, '482');
      // The window loses focus; the input keeps it for when the person comes back.
      const hasFocus = document.hasFocus;
      document.hasFocus = () => false;
      try {
        input(el).dispatchEvent(new FocusEvent('blur'));
        await el.updateComplete;
        expect(errorText(el)).to.equal('');
      } finally {
        document.hasFocus = hasFocus;
      }
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.contain('You have entered 3');
    });

    it('asks for digits only, or letters and digits', async () => {
      const el = await fixture<CareCodeField>(html`<care-code-field label="Mã" value="48A193"></care-code-field>`);
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: The code has only digits. Leave out any letters or other signs.');
      const letters = await fixture<CareCodeField>(html`<care-code-field label="Mã" alphanumeric length="8" value="AB12-CD34"></care-code-field>`);
      expect(letters.checkValidity()).to.equal(true);
      letters.value = 'AB12CD3@';
      await letters.updateComplete;
      expect(letters.validationMessage).to.equal('The code has only letters and digits.');
      letters.value = 'AB12CD345';
      await letters.updateComplete;
      expect(letters.validationMessage).to.equal('The code has 8 characters. You have entered 9.');
    });

    it('shows a wrong code from the server at once and drops it when the code changes', async () => {
      const el = await fixture<CareCodeField>(html`<care-code-field label="Mã" value="482139" error-message="Mã không đúng"></care-code-field>`);
      expect(errorText(el)).to.contain('Mã không đúng');
      input(el).select();
      await sendKeys({ type: '482193' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
    });
  });

  describe('expiry', () => {
    it('has no time limit unless the portal sets one', async () => {
      const el = await fixture<CareCodeField>(html`<care-code-field label="Mã"></care-code-field>`);
      clock.advance(24 * 60 * MINUTE);
      await el.updateComplete;
      expect(!!el.shadowRoot!.querySelector('.expiry')).to.equal(false);
      expect(!!button(el, 'resend')).to.equal(false);
    });

    it('says in words when the code expires, and keeps it current', async () => {
      const el = await expiring(5);
      expect(expiry(el)).to.equal('The code expires in 5 minutes');
      clock.advance(2 * MINUTE);
      await el.updateComplete;
      expect(expiry(el)).to.equal('The code expires in 3 minutes');
      clock.advance(MINUTE + 50_000);
      await el.updateComplete;
      expect(expiry(el)).to.equal('The code expires in 1 minute');
      el.expiresAt = START + 3 * 60 * MINUTE;
      await el.updateComplete;
      expect(expiry(el)).to.equal('The code expires in 3 hours');
      el.expiresAt = String(START + 10 * MINUTE);
      await el.updateComplete;
      expect(expiry(el), 'milliseconds since the epoch, as text').to.equal('The code expires in 6 minutes');
    });

    it(`warns once, assertively, a minute before (never less than ${requirements.time.warnAheadMinSeconds} s), then says it has expired`, async () => {
      // The announcer says the same words only once a second: let the examples' warning pass.
      await new Promise((r) => setTimeout(r, 1100));
      const el = await expiring(3);
      const { said, stop } = listen();
      clock.advance(2 * MINUTE - 1000);
      await el.updateComplete;
      await tick();
      expect(said, 'not yet').to.deep.equal([]);
      clock.advance(1000);
      await el.updateComplete;
      expect(expiry(el)).to.equal('The code expires in less than a minute');
      await waitUntil(() => said.length === 1);
      expect(said).to.deep.equal(['assertive: The code expires in less than a minute']);
      expect(60).to.be.at.least(requirements.time.warnAheadMinSeconds);
      clock.advance(30_000);
      await el.updateComplete;
      expect(!!button(el, 'resend'), 'no resend before it expires').to.equal(false);
      clock.advance(30_000);
      await el.updateComplete;
      expect(expiry(el)).to.equal('The code has expired');
      expect(!!el.shadowRoot!.querySelector('.expiry.expired')).to.equal(true);
      expect(button(el, 'resend')!.textContent!.trim()).to.equal('Send a new code');
      await waitUntil(() => said.length === 2);
      expect(said[1]).to.equal('polite: The code has expired');
      stop();
    });

    it('wakes from sleep to the right state: expired, with no late warning', async () => {
      const el = await expiring(4, 'vi');
      const { said, stop } = listen();
      clock.set(START + 30 * MINUTE);
      await el.updateComplete;
      expect(expiry(el)).to.equal('Mã đã hết hạn');
      expect(!!button(el, 'resend')).to.equal(true);
      await waitUntil(() => said.length > 0);
      await new Promise((r) => setTimeout(r, 200));
      expect(said).to.deep.equal(['polite: Mã đã hết hạn']);
      stop();
    });

    it('asks the portal for a new code with care-code-request, and follows the new expiry', async () => {
      const el = await expiring(1.5);
      clock.advance(2 * MINUTE);
      await el.updateComplete;
      const events: Event[] = [];
      document.addEventListener('care-code-request', (e) => events.push(e), { once: true });
      el.addEventListener('care-code-request', () => {
        // What a portal does: send a new code, then give its expiry.
        el.expiresAt = new Date(clock.now() + 5 * MINUTE).toISOString();
      });
      const { said, stop } = listen();
      button(el, 'resend')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.target === el).to.equal(true);
      expect(el.shadowRoot!.activeElement === input(el), 'focus waits in the field for the new code').to.equal(true);
      expect(!!button(el, 'resend')).to.equal(false);
      expect(expiry(el)).to.equal('The code expires in 5 minutes');
      await waitUntil(() => said.length === 1);
      expect(said).to.deep.equal(['polite: The code expires in 5 minutes']);
      stop();
    });

    it('offers more time when extendable, with care-code-extend', async () => {
      const wrapper = await fixture(html`<care-code-field label="Mã" extendable expires-at=${START + 50_000}></care-code-field>`);
      const el = wrapper as CareCodeField;
      await el.updateComplete;
      let asked = 0;
      el.addEventListener('care-code-extend', () => {
        asked++;
        el.expiresAt = clock.now() + 5 * MINUTE;
      });
      const extend = button(el, 'extend')!;
      expect(extend.textContent!.trim()).to.equal('Give me more time');
      extend.click();
      await el.updateComplete;
      expect(asked).to.equal(1);
      expect(el.shadowRoot!.activeElement === input(el), 'focus waits in the field').to.equal(true);
      expect(!!button(el, 'extend'), 'more time can be asked again').to.equal(true);
      expect(expiry(el)).to.equal('The code expires in 5 minutes');
      const plain = await fixture<CareCodeField>(html`<care-code-field label="Mã" expires-at=${START + 50_000}></care-code-field>`);
      expect(!!button(plain, 'extend'), 'only when the portal can extend').to.equal(false);
      const early = await fixture<CareCodeField>(html`<care-code-field label="Mã" extendable expires-at=${START + 5 * MINUTE}></care-code-field>`);
      expect(!!button(early, 'extend'), 'there from the start: nothing moves at the warning').to.equal(true);
      clock.advance(5 * MINUTE);
      await early.updateComplete;
      expect(!!button(early, 'extend')).to.equal(false);
      expect(!!button(early, 'resend')).to.equal(true);
    });

    it('reads the warning aloud in care mode', async () => {
      const read: ReadAloudSegment[][] = [];
      const unregister = registerReadAloudProvider({ onDevice: true, read: async (segments) => (read.push(segments), { status: 'done' }), stop: () => {} });
      getPreferencesStore().set({ careMode: true });
      try {
        const wrapper = await fixture(html`<div lang="vi"><care-code-field label="Mã" expires-at=${START + 2 * MINUTE}></care-code-field></div>`);
        await wrapper.querySelector('care-code-field')!.updateComplete;
        clock.advance(MINUTE);
        await waitUntil(() => read.length === 1);
        expect(read[0]![0]).to.include({ text: 'Mã sẽ hết hạn trong chưa đầy một phút', lang: 'vi' });
        const region = () => document.querySelector('[data-care-announcer="assertive"]');
        await waitUntil(() => region()?.textContent === 'Mã sẽ hết hạn trong chưa đầy một phút');
        expect(region()!.getAttribute('lang')).to.equal('vi');
      } finally {
        unregister();
        getPreferencesStore().reset();
      }
    });

    it('stops following the clock once removed', async () => {
      const el = await expiring(3);
      const { said, stop } = listen();
      el.remove();
      clock.advance(10 * MINUTE);
      await new Promise((r) => setTimeout(r, 200));
      expect(said).to.deep.equal([]);
      stop();
    });

    it('says the expiry with Intl.RelativeTimeFormat in each language, with no English left', async () => {
      const expected = {
        en: 'The code expires in 4 minutes',
        vi: 'Mã hết hạn sau 4 phút nữa',
        'zh-Hans': '验证码将于4分钟后失效',
        id: 'Kode kedaluwarsa dalam 4 menit',
      } as const;
      for (const locale of careLocales) {
        const wrapper = await fixture(html`<div lang=${locale}><care-code-field label="X" length="6" value="12" expires-at=${START + 4 * MINUTE}></care-code-field></div>`);
        const el = wrapper.querySelector('care-code-field')!;
        el.reportValidity();
        await el.updateComplete;
        expect(expiry(el)).to.equal(expected[locale]);
        const strings = codeFieldStrings[locale];
        expect(errorText(el)).to.equal(`${fieldStrings[locale]['field.error-prefix']} ${strings['code-field.length'].other.replace('{count}', '6').replace('{actual}', '2')}`);
        clock.advance(5 * MINUTE);
        await el.updateComplete;
        expect(expiry(el)).to.equal(strings['code-field.expired']);
        expect(button(el, 'resend')!.textContent!.trim()).to.equal(strings['code-field.resend']);
        if (locale !== 'en') expect(el.shadowRoot!.textContent, locale).not.to.match(/code|expire|digit|Error|Send/i);
        clock.set(START);
      }
    });
  });

  it('is at least 44 × 44 px, and 60 × 60 px in care mode, the buttons too', async () => {
    const el = await fixture<CareCodeField>(html`<care-code-field label="Mã" length="6" extendable expires-at=${START + 30_000}></care-code-field>`);
    try {
      for (const care of [false, true]) {
        await applyMode({ careMode: care, contrast: 'default' });
        const min = requirements.target.minPx[care ? 'care' : 'default'];
        for (const target of [input(el), button(el, 'extend')!]) {
          const { width, height } = target.getBoundingClientRect();
          expect(Math.min(width, height) + 0.5, `${target.localName} in ${care ? 'care' : 'default'} mode`).to.be.at.least(min);
        }
        expect(input(el).getBoundingClientRect().width, 'sized to six digits').to.be.lessThan(300);
      }
    } finally {
      await resetMode();
    }
  });

  needs('media-emulation')('keeps its button visible in forced colors', async () => {
    const el = await fixture<CareCodeField>(html`<care-code-field label="Mã" expires-at=${START - 1}></care-code-field>`);
    await emulateMedia({ 'forced-colors': 'active' });
    const style = getComputedStyle(button(el, 'resend')!);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
  });

  it('renders safely with odd attribute values', async () => {
    const el = await fixture<CareCodeField>(html`<care-code-field
      label="<i>x</i>"
      length="-3"
      expires-at="soon"
      value=${'9'.repeat(5000)}
    ></care-code-field>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('<i>x</i>');
    expect(el.deadline).to.equal(undefined);
    expect(!!el.shadowRoot!.querySelector('.expiry')).to.equal(false);
    expect(el.checkValidity(), 'no length check without a sensible length').to.equal(true);
    for (const odd of ['abc', '0', '1e3', 'Infinity']) {
      el.setAttribute('length', odd);
      await el.updateComplete;
      expect(el.checkValidity(), odd).to.equal(true);
    }
    for (const odd of ['', '-5', 'tomorrow', '2026-13-45T99:00', {} as unknown as string, NaN as unknown as string]) {
      el.expiresAt = odd;
      await el.updateComplete;
      expect(el.deadline, String(odd)).to.equal(undefined);
    }
  });
});
