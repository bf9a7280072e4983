import { careLocales, getPreferencesStore } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-mode-toggle.js';
import type { CareModeToggle } from './toggle.js';
import { renderToggle, toggleExamples } from './toggle.examples.js';
import { toggleStrings as toggleStringsEn } from './toggle.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const toggleStrings = withLocales(toggleStringsEn);

const part = (el: CareModeToggle, name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part=${name}]`)!;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describeExamples('care-mode-toggle', toggleExamples, renderToggle);

describe('care-mode-toggle', () => {
  // The examples' audit leaves its last example (a floating toggle) on the page.
  before(() => document.querySelector('[data-audit-stage]')?.remove());
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('care-settings').forEach((s) => s.remove());
    await resetMode();
    document.documentElement.lang = 'en';
    await setViewport({ width: 800, height: 600 });
  });

  needs('accessibility-tree')('is a switch named "Care mode" whose state follows the store', async () => {
    const el = await fixture<CareModeToggle>(html`<care-mode-toggle id="t1"></care-mode-toggle>`);
    let ax = await axNode('#t1 >>> [part=switch]');
    expect(ax).to.include({ role: 'switch', name: 'Care mode' });
    expect(ax!.checked).to.equal(false);
    getPreferencesStore().set({ careMode: true });
    await el.updateComplete;
    ax = await axNode('#t1 >>> [part=switch]');
    expect(ax!.checked).to.equal(true);
  });

  needs('accessibility-tree')('turns care mode on and off for the page, and says so', async () => {
    const el = await fixture<CareModeToggle>(html`<care-mode-toggle id="said"></care-mode-toggle>`);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.equal('', 'nothing is said before the switch is used');
    const changed = oneEvent(el, 'care-mode-change');
    part(el, 'switch').click();
    expect((await changed).detail).to.deep.equal({ careMode: true });
    expect(document.documentElement.dataset.careMode).to.equal('on');
    expect(getPreferencesStore().get().careMode).to.equal(true);
    await el.updateComplete;
    expect(status.textContent).to.include('Care mode is on');
    // A live region screen readers hear, drawn nowhere.
    const ax = await axNode('#said >>> [role=status]', false);
    expect(ax?.role).to.equal('status');
    expect(status.getBoundingClientRect().width).to.be.at.most(1);
    part(el, 'switch').click();
    expect(document.documentElement.dataset.careMode).to.equal('off');
    await el.updateComplete;
    expect(status.textContent).to.include('Care mode is off');
  });

  it('does not repeat an old state when care mode changes elsewhere', async () => {
    const el = await fixture<CareModeToggle>(html`<care-mode-toggle></care-mode-toggle>`);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    part(el, 'switch').click();
    await el.updateComplete;
    expect(status.textContent).to.include('Care mode is on');
    getPreferencesStore().set({ careMode: false });
    await el.updateComplete;
    expect(status.textContent).to.equal('');
    getPreferencesStore().set({ careMode: true });
    await el.updateComplete;
    expect(status.textContent).to.equal('', 'the settings turned it on, not this switch');
  });

  needs('accessibility-tree')('is labelled in the page language, and the portal can rename it', async () => {
    for (const locale of careLocales) {
      const el = await fixture<CareModeToggle>(html`<div lang=${locale}><care-mode-toggle></care-mode-toggle></div>`);
      const toggle = el.querySelector('care-mode-toggle')!;
      await toggle.updateComplete;
      expect(part(toggle, 'switch').textContent).to.include(toggleStrings[locale]['toggle.label']);
      expect(part(toggle, 'settings').textContent!.trim()).to.equal(toggleStrings[locale]['toggle.settings']);
      // The new state is said in the same language, marked for the screen reader's voice.
      const wasOn = getPreferencesStore().effective.careMode;
      part(toggle, 'switch').click();
      await toggle.updateComplete;
      const status = toggle.shadowRoot!.querySelector('[role=status]')!;
      expect(status.textContent).to.equal(toggleStrings[locale][wasOn ? 'toggle.nowOff' : 'toggle.nowOn']);
      expect(status.getAttribute('lang')).to.equal(locale);
    }
    const named = await fixture<CareModeToggle>(html`<care-mode-toggle id="t2" label="Chế độ dễ đọc"></care-mode-toggle>`);
    await named.updateComplete;
    expect(await axNode('#t2 >>> [part=switch]')).to.include({ name: 'Chế độ dễ đọc' });
  });

  it('is worked by keyboard alone: Tab, Space and Enter', async () => {
    const el = await fixture<CareModeToggle>(html`<div><button id="before">before</button><care-mode-toggle></care-mode-toggle></div>`);
    const toggle = el.querySelector('care-mode-toggle')!;
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(toggle.shadowRoot!.activeElement).to.equal(part(toggle, 'switch'));
    await sendKeys({ press: 'Space' });
    expect(getPreferencesStore().get().careMode).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(getPreferencesStore().get().careMode).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(toggle.shadowRoot!.activeElement).to.equal(part(toggle, 'settings'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.querySelector('care-settings')?.open, 'Enter on the settings button opens the settings');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => toggle.shadowRoot!.activeElement === part(toggle, 'settings'), 'focus comes back to the settings button');
    document.querySelector('care-settings')!.remove();
  });

  it('keeps both buttons at the target size in default and care mode, at every text scale', async () => {
    const el = await fixture<CareModeToggle>(html`<care-mode-toggle></care-mode-toggle>`);
    for (const careMode of [false, true]) {
      for (const textScale of requirements.text.scales) {
        await applyMode({ careMode, contrast: 'default', textScale });
        const min = requirements.target.minPx[careMode ? 'care' : 'default'];
        for (const name of ['switch', 'settings']) {
          const r = part(el, name).getBoundingClientRect();
          expect(Math.min(r.width, r.height), `${name}, care=${careMode}, scale=${textScale}`).to.be.at.least(min);
        }
      }
    }
  });

  it('never throws on odd attribute values', async () => {
    const el = await fixture<CareModeToggle>(html`<care-mode-toggle placement="sideways" corner="top" label="   " languages="xx"></care-mode-toggle>`);
    await el.updateComplete;
    expect(getComputedStyle(el).position).to.equal('static');
    expect(part(el, 'switch').textContent).to.include('Care mode');
    el.removeAttribute('label');
    el.setAttribute('placement', '');
    await el.updateComplete;
    expect(part(el, 'switch').textContent).to.include('Care mode');
  });

  describe('floating', () => {
    it('reserves room at the end of the page and gives it back when removed', async () => {
      document.body.style.paddingBottom = '7px';
      const before = parseFloat(getComputedStyle(document.body).paddingBottom);
      const el = await fixture<CareModeToggle>(html`<care-mode-toggle placement="floating"></care-mode-toggle>`);
      await frame();
      await frame();
      const rect = el.getBoundingClientRect();
      const padding = parseFloat(getComputedStyle(document.body).paddingBottom);
      expect(padding - before, 'padding added').to.be.at.least(rect.height);
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)).to.be.at.least(rect.height);
      el.remove();
      expect(document.body.style.paddingBottom).to.equal('7px');
      expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
      document.body.style.paddingBottom = '';
    });

    it('keeps its room when moved to another place in the page, and an inline toggle keeps none', async () => {
      const before = parseFloat(getComputedStyle(document.body).paddingBottom);
      const box = await fixture<HTMLElement>(html`<div><care-mode-toggle placement="floating"></care-mode-toggle><section></section></div>`);
      const el = box.querySelector<CareModeToggle>('care-mode-toggle')!;
      await el.updateComplete;
      const added = () => parseFloat(getComputedStyle(document.body).paddingBottom) - before;
      expect(added()).to.be.at.least(el.getBoundingClientRect().height);
      box.querySelector('section')!.append(el);
      await el.updateComplete;
      expect(added(), 'after the move').to.be.at.least(el.getBoundingClientRect().height);
      el.placement = 'inline';
      await el.updateComplete;
      expect(added(), 'inline').to.equal(0);
      el.remove();
    });

    it('sits inside the screen at 320 px in every language and mode, without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const locale of careLocales) {
        for (const careMode of [false, true]) {
          document.documentElement.lang = locale;
          await applyMode({ careMode, contrast: 'default', textScale: careMode ? 2 : 1 });
          const el = await fixture<CareModeToggle>(html`<care-mode-toggle placement="floating"></care-mode-toggle>`);
          await frame();
          const r = el.getBoundingClientRect();
          expect(r.left, `${locale} care=${careMode}`).to.be.at.least(0);
          expect(r.right, `${locale} care=${careMode}`).to.be.at.most(320);
          expect(document.documentElement.scrollWidth, `${locale} care=${careMode}`).to.be.at.most(320);
          fixtureCleanup();
        }
      }
    });

    it('never covers a control focused at the bottom of the page', async () => {
      await setViewport({ width: 320, height: 640 });
      await applyMode({ careMode: true, contrast: 'default' });
      const page = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 30 }, (_, i) => html`<p><label>Field ${i} <input id=${`f${i}`} /></label></p>`)}
        <care-mode-toggle placement="floating"></care-mode-toggle>
      </div>`);
      const toggle = page.querySelector('care-mode-toggle')!;
      await frame();
      page.querySelector<HTMLInputElement>('#f0')!.focus();
      for (let i = 1; i < 30; i++) {
        await sendKeys({ press: 'Tab' });
        const field = page.querySelector<HTMLInputElement>(`#f${i}`)!;
        expect(document.activeElement).to.equal(field);
        const f = field.getBoundingClientRect();
        const t = toggle.getBoundingClientRect();
        expect(f.bottom <= t.top || f.top >= t.bottom, `field ${i} (${f.top}-${f.bottom}) is under the toggle (${t.top}-${t.bottom})`).to.equal(true);
      }
    });
  });

  it('still switches care mode when storage refuses to save', async () => {
    // Fill the real storage until the browser refuses more: the toggle must work from memory.
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    try {
      for (; i < 200; i++) localStorage.setItem(`filler:${i}`, chunk);
    } catch {
      // Full.
    }
    try {
      const el = await fixture<CareModeToggle>(html`<care-mode-toggle></care-mode-toggle>`);
      part(el, 'switch').click();
      await el.updateComplete;
      expect(document.documentElement.dataset.careMode).to.equal('on');
      expect(part(el, 'switch').getAttribute('aria-checked')).to.equal('true');
    } finally {
      for (let j = 0; j <= i; j++) localStorage.removeItem(`filler:${j}`);
    }
  });
});
