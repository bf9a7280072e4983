import { clearMyData, getPreferencesStore, ManualClock, registerReadAloudProvider, setClock, type ReadAloudProvider, type ReadAloudSegment } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-timeout-warning.js';
import { deepActive, pointAndClick } from '../internal/test-guide.js';
import type { CareTimeoutWarning } from './timeout-warning.js';
import { renderTimeoutWarning, timeoutWarningExamples } from './timeout-warning.examples.js';
import { timeoutWarningStrings as timeoutWarningStringsEn } from './timeout-warning.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const timeoutWarningStrings = withLocales(timeoutWarningStringsEn);

describeExamples('care-timeout-warning', timeoutWarningExamples, renderTimeoutWarning);

const MIN = 60_000;
const en = timeoutWarningStrings.en;
const dialog = (el: CareTimeoutWarning) => el.shadowRoot!.querySelector('dialog')!;
const text = (el: CareTimeoutWarning) => dialog(el).textContent!.replace(/\s+/g, ' ').trim();
const stayButton = (el: CareTimeoutWarning) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === en['timeout.extend'])!;

describe('care-timeout-warning', () => {
  let clock: ManualClock;
  let restoreClock: () => void;
  let channel = 0;

  // The examples above leave their last dialog open in the audit stage: a modal that would make the page inert.
  before(() => document.querySelector('[data-audit-stage]')?.replaceChildren());

  beforeEach(() => {
    clock = new ManualClock(Date.UTC(2026, 2, 10, 2, 0, 0));
    restoreClock = setClock(clock);
    channel++;
  });
  afterEach(async () => {
    restoreClock();
    clearMyData();
    await resetMode();
  });

  const mount = async (deadline: number, extra = html``) => {
    const wrapper = await fixture(html`<div>
      <care-timeout-warning id="tw-${channel}" channel="test-${channel}" expires-at=${new Date(deadline).toISOString()}></care-timeout-warning>${extra}
    </div>`);
    const el = wrapper.querySelector('care-timeout-warning')!;
    await el.updateComplete;
    return el;
  };
  const flush = async (el: CareTimeoutWarning) => {
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  };

  describe('timing, through core’s clock', () => {
    needs('accessibility-tree')('warns two minutes ahead by default, as a focused alert dialog', async () => {
      const deadline = clock.now() + 10 * MIN;
      const el = await mount(deadline);
      clock.advance(8 * MIN - 1000);
      await flush(el);
      expect(el.state).to.equal('idle');
      expect(dialog(el).open).to.equal(false);
      clock.advance(1000);
      await flush(el);
      expect(el.state).to.equal('warning');
      expect(dialog(el).open).to.equal(true);
      const ax = await axNode(`#tw-${channel} >>> dialog`, false);
      expect(ax).to.include({ role: 'alertdialog', name: en['timeout.title'] });
      expect(ax!.description).to.contain('in 2 minutes');
      expect(deepActive()).to.equal(stayButton(el));
      expect(text(el), 'the time of day it ends').to.contain(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(deadline));
    });

    it('counts down in words as time passes', async () => {
      const el = await mount(clock.now() + 90_000);
      await flush(el);
      expect(text(el)).to.contain('in 1 minute 30 seconds');
      clock.advance(31_000);
      await flush(el);
      expect(text(el)).to.contain('in 59 seconds');
    });

    it('says the time left as each language does', async () => {
      const expected = { vi: 'sau 1 phút 30 giây nữa', 'zh-Hans': '（1分钟30秒后）', id: '1 menit, 30 detik lagi' };
      for (const [lang, words] of Object.entries(expected)) {
        const wrapper = await fixture(html`<div lang=${lang}><care-timeout-warning channel="lang-${lang}" expires-at=${clock.now() + 90_000}></care-timeout-warning></div>`);
        const el = wrapper.querySelector('care-timeout-warning')!;
        await flush(el);
        expect(text(el), lang).to.contain(words);
        wrapper.remove();
      }
    });

    it('never warns less than 20 seconds ahead, and honours a longer warn-before', async () => {
      let el = await mount(clock.now() + MIN);
      el.warnBefore = 5;
      await flush(el);
      expect(el.warnSeconds).to.equal(20);
      clock.advance(39_000);
      await flush(el);
      expect(el.state).to.equal('idle');
      clock.advance(1000);
      await flush(el);
      expect(el.state).to.equal('warning');

      el = await mount(clock.now() + 10 * MIN);
      el.warnBefore = 300;
      await flush(el);
      clock.advance(5 * MIN);
      await flush(el);
      expect(el.state).to.equal('warning');
    });

    it('warns at once when the deadline is already close, and ends plainly once it has passed', async () => {
      let ended = 0;
      const el = await mount(clock.now() + 10_000);
      el.addEventListener('care-timeout-expire', () => ended++);
      await flush(el);
      expect(el.state).to.equal('warning');
      clock.advance(10_000);
      await flush(el);
      expect(el.state).to.equal('ended');
      expect(ended).to.equal(1);
      expect(text(el)).to.contain(en['timeout.ended-title']);
    });

    it('wakes to the right state after the phone slept', async () => {
      const el = await mount(clock.now() + 30 * MIN);
      clock.set(clock.now() + 29 * MIN);
      await flush(el);
      expect(el.state).to.equal('warning');
      expect(text(el)).to.contain('in 1 minute');
      clock.set(clock.now() + 5 * MIN);
      await flush(el);
      expect(el.state).to.equal('ended');
    });

    it('picks up, when the page is shown again, a deadline another tab moved while this one slept', async () => {
      const el = await mount(clock.now() + 90_000);
      await flush(el);
      expect(el.state).to.equal('warning');
      // Written while this tab was asleep: no storage event reached it.
      const key = `caremode:data:session-timeout:test-${channel}`;
      const envelope = JSON.parse(localStorage.getItem(key)!);
      envelope.data = clock.now() + 20 * MIN;
      localStorage.setItem(key, JSON.stringify(envelope));
      document.dispatchEvent(new Event('visibilitychange'));
      await flush(el);
      expect(el.state).to.equal('idle');
      expect(el.deadline).to.equal(clock.now() + 20 * MIN);
    });

    it('reads no deadline from nonsense, without throwing', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        const el = await fixture<CareTimeoutWarning>(html`<care-timeout-warning expires-at="soon"></care-timeout-warning>`);
        await flush(el);
        expect(el.state).to.equal('idle');
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('extending', () => {
    it('extends through the event’s promise, at least ten times, and says until when', async () => {
      const el = await mount(clock.now() + MIN);
      el.addEventListener('care-timeout-extend', (e) => (e as CustomEvent).detail.respondWith(Promise.resolve(clock.now() + 15 * MIN)));
      for (let i = 1; i <= 12; i++) {
        await flush(el);
        expect(el.state, `round ${i}`).to.equal('warning');
        stayButton(el).click();
        await waitUntil(() => el.state === 'idle', `round ${i}: not extended`);
        expect(el.extensions).to.equal(i);
        expect(dialog(el).open).to.equal(false);
        clock.advance(14 * MIN);
      }
      await waitUntil(() => document.querySelector('[data-care-announcer="polite"]')?.textContent?.startsWith('You are still signed in'), 'not announced');
    });

    it('extends through the extend callback, by keyboard and by pointer', async () => {
      const el = await mount(clock.now() + MIN);
      el.extend = () => new Date(clock.now() + 10 * MIN);
      await flush(el);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.state === 'idle');
      clock.advance(9 * MIN);
      await flush(el);
      await pointAndClick(stayButton(el));
      await waitUntil(() => el.state === 'idle');
      expect(el.extensions).to.equal(2);
    });

    it('treats Escape as “stay signed in”, not as leaving', async () => {
      const el = await mount(clock.now() + MIN);
      el.extend = () => clock.now() + 10 * MIN;
      await flush(el);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => el.state === 'idle', 'Escape did not extend');
    });

    it('says so when extending fails, and keeps the warning open', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await mount(clock.now() + MIN);
        el.extend = () => Promise.reject(new Error('server unavailable'));
        await flush(el);
        stayButton(el).click();
        await waitUntil(() => el.shadowRoot!.querySelector('.failed'), 'no failure message');
        expect(el.state).to.equal('warning');
        el.extend = () => clock.now() - 1000;
        stayButton(el).click();
        await flush(el);
        await flush(el);
        expect(el.state, 'a deadline in the past is no extension').to.equal('warning');
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('every open tab shows the same state', () => {
    it('follows an extension made in another document of the portal, and the other way round', async () => {
      // The other tab runs on the real clock: start this one's manual clock at the real time.
      restoreClock();
      clock = new ManualClock(Date.now());
      restoreClock = setClock(clock);
      const deadline = Date.now() + MIN;
      const frame = document.createElement('iframe');
      frame.src = '/packages/steps/test/fixtures/timeout-tab.html';
      document.body.append(frame);
      try {
        await new Promise((r) => frame.addEventListener('load', r, { once: true }));
        const win = frame.contentWindow as Window & typeof globalThis;
        await waitUntil(() => win.customElements.get('care-timeout-warning'), 'the other tab did not load');
        const other = win.document.querySelector('care-timeout-warning') as CareTimeoutWarning;
        other.expiresAt = deadline;
        await waitUntil(() => other.state === 'warning', 'the other tab did not warn');

        const el = await fixture<CareTimeoutWarning>(html`<care-timeout-warning channel="sync-test" expires-at=${deadline}></care-timeout-warning>`);
        await flush(el);
        expect(el.state).to.equal('warning');
        el.extend = () => clock.now() + 30 * MIN;
        stayButton(el).click();
        await waitUntil(() => el.state === 'idle');
        await waitUntil(() => other.state === 'idle', 'the other tab still warns');
        expect(other.deadline).to.equal(el.deadline);

        // Now the other way: the other tab's deadline comes close again and it extends there.
        const soon = Date.now() + 30_000;
        other.expiresAt = soon;
        el.expiresAt = soon;
        localStorage.setItem('caremode:data:session-timeout:sync-test', JSON.stringify({ v: 1, savedAt: Date.now(), expiresAt: Date.now() + 864e5, data: soon }));
        await waitUntil(() => other.state === 'warning' && el.state === 'warning', 'both should warn');
        other.extend = () => Date.now() + 45 * MIN;
        (other.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
        await waitUntil(() => el.state === 'idle', 'this tab did not follow the other one');
        expect(el.deadline).to.equal(other.deadline);
      } finally {
        frame.remove();
      }
    });
  });

  describe('in care mode', () => {
    let calls: ReadAloudSegment[][] = [];
    let outcome: 'done' | 'refused' = 'done';
    let unregister: () => void;
    beforeEach(() => {
      calls = [];
      const provider: ReadAloudProvider = {
        onDevice: true,
        async read(segments) {
          calls.push(segments);
          return { status: outcome };
        },
        stop() {},
      };
      unregister = registerReadAloudProvider(provider);
      getPreferencesStore().set({ careMode: true, readAloud: true });
    });
    afterEach(() => {
      unregister();
      outcome = 'done';
    });

    it('reads itself aloud when it opens', async () => {
      const el = await mount(clock.now() + MIN);
      await flush(el);
      await waitUntil(() => calls.length === 1, 'not read');
      expect(calls[0]!.map((s) => s.text).join(' ')).to.contain(en['timeout.title']);
    });

    it('offers a large Read aloud button when the browser refuses speech', async () => {
      outcome = 'refused';
      const el = await mount(clock.now() + MIN);
      await waitUntil(() => el.shadowRoot!.querySelector('button.secondary'), 'no Read aloud button');
      const read = el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!;
      expect(read.textContent!.trim()).to.equal('Read aloud');
      expect(read.getBoundingClientRect().height).to.be.at.least(60);
      read.click();
      await waitUntil(() => calls.length === 2);
    });
  });
});
