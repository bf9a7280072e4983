import { PersistentRecord, careLocales, defaultPreferences, getPreferencesStore } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-settings.js';
import type { CareSettings } from './settings.js';
import { renderSettings, settingsExamples } from './settings.examples.js';
import { settingsStrings as settingsStringsEn } from './settings.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const settingsStrings = withLocales(settingsStringsEn);

const q = <T extends Element = HTMLElement>(el: CareSettings, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector)!;
const all = <T extends Element = HTMLInputElement>(el: CareSettings, selector: string) => [...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector)];
const radio = (el: CareSettings, name: string, value: string) => all(el, `input[name=${name}]`).find((i) => (i as HTMLInputElement).value === value) as HTMLInputElement;

async function openSettings(template = html`<div><button id="opener">Settings</button><care-settings></care-settings></div>`) {
  const wrapper = await fixture<HTMLElement>(template);
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  const el = wrapper.querySelector('care-settings')!;
  opener.focus();
  await el.show(opener);
  return { el, opener, wrapper };
}

describeExamples('care-settings', settingsExamples, renderSettings);

describe('care-settings', () => {
  // The examples' audit leaves its last example on the page.
  before(() => document.querySelector('[data-audit-stage]')?.remove());
  afterEach(async () => {
    fixtureCleanup();
    await resetMode();
    getPreferencesStore().reset();
    document.documentElement.lang = 'en';
  });

  needs('accessibility-tree')('opens as a modal dialog named by its heading, with focus inside', async () => {
    const { el } = await openSettings();
    const dialog = q<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.exist;
    const ax = await axNode('care-settings >>> dialog');
    expect(ax).to.include({ role: 'dialog', name: 'Display settings' });
    expect(ax!.modal).to.equal(true);
  });

  it('has its close button top right, at least 44 px (60 px in care mode)', async () => {
    const { el } = await openSettings();
    for (const careMode of [false, true]) {
      await applyMode({ careMode, contrast: 'default' });
      const dialog = q(el, 'dialog').getBoundingClientRect();
      const close = q(el, '[part=close]').getBoundingClientRect();
      const min = requirements.target.minPx[careMode ? 'care' : 'default'];
      expect(Math.min(close.width, close.height)).to.be.at.least(min);
      expect(close.top - dialog.top, 'at the top').to.be.below(40);
      expect(dialog.right - close.right, 'at the right').to.be.below(40);
    }
  });

  it('closes on Escape and on the close button, giving focus back to what opened it', async () => {
    const { el, opener } = await openSettings();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open);
    expect(document.activeElement).to.equal(opener);
    await el.show(opener);
    const closed = oneEvent(el, 'care-settings-close');
    q(el, '[part=close]').click();
    await closed;
    expect(document.activeElement).to.equal(opener);
  });

  it('keeps keyboard focus inside while open', async () => {
    const { el } = await openSettings();
    const focusable = all(el, 'input, select, button').length;
    for (let i = 0; i < focusable + 3; i++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement;
      // Past the last control focus goes to the browser's own toolbar, never to the page.
      if (active !== document.body) expect(active, `Tab ${i + 1}`).to.equal(el);
    }
  });

  it('applies each setting at once, through the preferences store', async () => {
    const { el } = await openSettings();
    const store = getPreferencesStore();
    (all(el, 'input[type=checkbox]')[0] as HTMLInputElement).click();
    expect(store.get().careMode).to.equal(true);
    expect(document.documentElement.dataset.careMode).to.equal('on');
    radio(el, 'scale', '1.5').click();
    expect(store.get().textScale).to.equal(1.5);
    expect(document.documentElement.dataset.careTextScale).to.equal('1.5');
    radio(el, 'contrast', 'high').click();
    expect(document.documentElement.dataset.careContrast).to.equal('high');
    (all(el, 'input[type=checkbox]')[1] as HTMLInputElement).click();
    expect(store.get().motion).to.equal('reduce');
    (all(el, 'input[type=checkbox]')[2] as HTMLInputElement).click();
    expect(store.get().readAloud).to.equal(true);
    const rate = q<HTMLSelectElement>(el, '#rate') as HTMLSelectElement;
    rate.value = '0.75';
    rate.dispatchEvent(new Event('change'));
    expect(store.get().readAloudRate).to.equal(0.75);
    // The preview grows with the chosen size: 1.5 x the care-mode body size.
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(q(el, '.preview p')).fontSize)).to.be.closeTo(requirements.text.bodyMinPx.care * 1.5, 0.5);
  });

  it('shows the stored choices when opened, and follows changes made elsewhere', async () => {
    getPreferencesStore().set({ textScale: 2, contrast: 'dark' });
    const { el } = await openSettings();
    expect(radio(el, 'scale', '2').checked).to.equal(true);
    expect(radio(el, 'contrast', 'dark').checked).to.equal(true);
    getPreferencesStore().set({ textScale: 1.25 });
    await el.updateComplete;
    expect(radio(el, 'scale', '1.25').checked).to.equal(true);
  });

  it('resets every setting to the defaults', async () => {
    getPreferencesStore().set({ careMode: true, textScale: 2, contrast: 'high', readAloudRate: 1.5 });
    const { el } = await openSettings();
    all<HTMLButtonElement>(el, '.actions button')[0]!.click();
    expect(getPreferencesStore().get()).to.deep.equal({ ...defaultPreferences });
    await waitUntil(() => q(el, '.status[role=status]').textContent!.includes('back to the defaults'));
  });

  it('reports the chosen language for the portal to act on, offering only what the portal lists', async () => {
    const { el } = await openSettings(html`<div lang="vi"><button id="opener">Cài đặt</button><care-settings languages="vi en xx"></care-settings></div>`);
    const select = q<HTMLSelectElement>(el, '#language') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['vi', 'en']);
    expect(select.value).to.equal('vi');
    setTimeout(() => {
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
    });
    const event = await oneEvent(el, 'care-language-change');
    expect(event.detail).to.deep.equal({ locale: 'en' });
    expect(event.cancelable).to.equal(true);
  });

  it('offers no language choice when fewer than two languages are listed, without throwing', async () => {
    const { el } = await openSettings(html`<div><button id="opener">x</button><care-settings languages="  "></care-settings></div>`);
    expect(q(el, '#language')).to.not.exist;
    el.setAttribute('languages', '');
    el.removeAttribute('languages');
    await el.updateComplete;
    expect(q(el, '#language')).to.not.exist;
  });

  it('clears every stored record after asking, keeping the display settings', async () => {
    getPreferencesStore().set({ careMode: true });
    new PersistentRecord('form-draft', 'birth').write({ childName: 'Nguyễn Văn An' });
    new PersistentRecord('credential', 'me').write({ status: 'valid' });
    const { el } = await openSettings();
    q(el, '.clear .danger').click();
    await el.updateComplete;
    expect(q(el, '#confirm').textContent).to.include('cannot be undone');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.clear .danger'));
    const cleared = oneEvent(el, 'care-data-cleared');
    q(el, '.clear .danger').click();
    expect((await cleared).detail).to.deep.equal({ count: 2 });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('caremode:data:'))).to.deep.equal([]);
    expect(getPreferencesStore().get().careMode).to.equal(true);
    await waitUntil(() => q(el, '.status[role=status]').textContent!.includes('2 saved items removed'));
  });

  it('changes nothing when the person says no', async () => {
    new PersistentRecord('form-draft', 'birth').write({ childName: 'An' });
    const { el } = await openSettings();
    q(el, '.clear .danger').click();
    await el.updateComplete;
    all<HTMLButtonElement>(el, '.clear .actions button')[1]!.click();
    await el.updateComplete;
    expect(localStorage.getItem('caremode:data:form-draft:birth')).to.be.a('string');
  });

  it('is written in the page language, with no English left', async () => {
    for (const locale of careLocales.filter((l) => l !== 'en')) {
      const { el } = await openSettings(html`<div lang=${locale}><button id="opener">x</button><care-settings></care-settings></div>`);
      const text = el.shadowRoot!.textContent!;
      const strings = settingsStrings[locale];
      expect(text).to.include(strings['settings.title']);
      expect(text).to.include(strings['settings.textSize']);
      for (const english of ['Display settings', 'Text size', 'Reset to defaults', 'Clear my data']) expect(text, locale).to.not.include(english);
      fixtureCleanup();
    }
  });
});
