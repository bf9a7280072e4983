import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../../../../test/helpers/commands.js';
import { getPreferencesStore, PREFERENCES_SCHEMA_VERSION, PreferencesStore } from './store.js';
import { defaultPreferences } from './sanitize.js';
import { needs } from '../../../../test/helpers/engines.js';

const root = document.documentElement;
let counter = 0;
const freshKey = () => `caremode:test:${Date.now()}:${counter++}`;
const stores: PreferencesStore[] = [];
const makeStore = (options: ConstructorParameters<typeof PreferencesStore>[0] = {}) => {
  const store = new PreferencesStore({ key: freshKey(), urlSwitch: false, ...options });
  stores.push(store);
  return store.connect();
};

afterEach(async () => {
  stores.splice(0).forEach((s) => s.disconnect());
  await emulateMedia({});
  localStorage.clear();
});

describe('PreferencesStore', () => {
  it('starts from the defaults and reflects them on <html>', () => {
    const store = makeStore();
    expect(store.get()).to.deep.equal(defaultPreferences);
    expect(root.getAttribute('data-care-mode')).to.equal('off');
    expect(root.getAttribute('data-care-text-scale')).to.equal('1');
    expect(root.getAttribute('data-care-contrast')).to.be.oneOf(['default', 'dark', 'high']);
  });

  it('persists choices in localStorage and a new store (a reload) reads them back', () => {
    const store = makeStore();
    store.set({ careMode: true, textScale: 1.5, contrast: 'high', readAloudRate: 0.75 });
    expect(JSON.parse(localStorage.getItem(store.key)!)).to.include({ careMode: true, textScale: 1.5, contrast: 'high' });
    const reloaded = makeStore({ key: store.key });
    expect(reloaded.get()).to.include({ careMode: true, textScale: 1.5, contrast: 'high', readAloudRate: 0.75 });
    expect(root.getAttribute('data-care-mode')).to.equal('on');
    expect(root.getAttribute('data-care-text-scale')).to.equal('1.5');
    expect(root.getAttribute('data-care-contrast')).to.equal('high');
  });

  it('ignores invalid values without throwing and keeps the last good ones', () => {
    const store = makeStore();
    store.set({ textScale: 1.25 });
    expect(() =>
      store.set({ textScale: 3 as never, contrast: 'purple' as never, readAloudRate: 'fast' as never, careMode: 'maybe' as never }),
    ).not.to.throw();
    expect(store.get()).to.include({ textScale: 1.25, contrast: 'auto', readAloudRate: 1, careMode: false });
    store.set({ readAloudRate: 9 });
    expect(store.get().readAloudRate).to.equal(2);
    expect(() => store.set(null as never)).not.to.throw();
  });

  it('starts from defaults when the stored record is damaged', () => {
    const key = freshKey();
    localStorage.setItem(key, '{"careMode": tru');
    expect(makeStore({ key }).get()).to.deep.equal(defaultPreferences);
  });

  it('keeps working from memory when storage is full (a real quota error)', () => {
    const store = makeStore();
    // Fill this origin's real localStorage until the browser refuses.
    let size = 1024 * 1024;
    let i = 0;
    let refusals = 0;
    while (size >= 1 && i < 1000) {
      try {
        localStorage.setItem(`caremode:test:fill:${i++}`, 'x'.repeat(size));
      } catch (error) {
        expect((error as DOMException).name).to.equal('QuotaExceededError');
        refusals++;
        size = Math.floor(size / 2);
      }
    }
    expect(refusals, 'storage never filled up').to.be.greaterThan(0);
    expect(() => store.set({ careMode: true, textScale: 2 })).not.to.throw();
    expect(store.persistent).to.equal(false);
    expect(store.get()).to.include({ careMode: true, textScale: 2 });
    expect(root.getAttribute('data-care-mode')).to.equal('on');
  });

  it('keeps working from memory when storage cannot even be reached (private mode, policy)', () => {
    const store = makeStore({
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    store.set({ careMode: true });
    expect(store.persistent).to.equal(false);
    expect(store.get().careMode).to.equal(true);
  });

  it('follows another tab through the storage event', async () => {
    // A same-origin frame is another browsing context sharing localStorage: it receives
    // real storage events when this page writes, as a second tab does.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 0));
    const key = freshKey();
    const here = makeStore({ key });
    const otherTab = makeStore({ key, window: frame.contentWindow! });
    const seen: boolean[] = [];
    otherTab.subscribe((p) => seen.push(p.careMode));
    here.set({ careMode: true, contrast: 'dark' });
    await waitUntil(() => frame.contentDocument!.documentElement.getAttribute('data-care-mode') === 'on', 'the other tab did not follow');
    expect(frame.contentDocument!.documentElement.getAttribute('data-care-contrast')).to.equal('dark');
    expect(otherTab.get()).to.include({ careMode: true, contrast: 'dark' });
    expect(seen).to.deep.equal([true]);
    // "Clear my data" in one tab (storage.clear) returns the other to defaults.
    localStorage.clear();
    await waitUntil(() => otherTab.get().careMode === false, 'clearing storage was not followed');
    frame.remove();
  });

  needs('media-emulation', 'contrast-alone')('follows prefers-contrast and prefers-color-scheme while contrast is auto', async () => {
    const store = makeStore();
    await emulateMedia({ 'prefers-contrast': 'more', 'prefers-color-scheme': 'dark' });
    await waitUntil(() => store.effective.effectiveContrast === 'high');
    expect(root.getAttribute('data-care-contrast')).to.equal('high');
    await emulateMedia({ 'prefers-contrast': 'no-preference', 'prefers-color-scheme': 'dark' });
    await waitUntil(() => store.effective.effectiveContrast === 'dark');
    await emulateMedia({ 'prefers-contrast': 'no-preference', 'prefers-color-scheme': 'light' });
    await waitUntil(() => store.effective.effectiveContrast === 'default');
  });

  needs('media-emulation', 'contrast-alone')('lets an explicit contrast choice win over the device setting', async () => {
    const store = makeStore();
    await emulateMedia({ 'prefers-contrast': 'more' });
    await waitUntil(() => store.effective.effectiveContrast === 'high');
    store.set({ contrast: 'dark' });
    expect(store.effective.effectiveContrast).to.equal('dark');
    store.set({ contrast: 'auto' });
    expect(store.effective.effectiveContrast).to.equal('high');
  });

  needs('media-emulation')('follows prefers-reduced-motion while motion is auto', async () => {
    const store = makeStore();
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    await waitUntil(() => store.effective.reducedMotion);
    expect(root.getAttribute('data-care-motion')).to.equal('reduce');
    store.set({ motion: 'no-preference' });
    expect(store.effective.reducedMotion).to.equal(false);
    expect(root.getAttribute('data-care-motion')).to.equal('no-preference');
  });

  it('turns care mode on with ?care=1 and off with ?care=0', () => {
    const original = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?care=1${location.hash}`);
      expect(makeStore({ urlSwitch: true }).get().careMode).to.equal(true);
      history.replaceState(null, '', `${location.pathname}?care=0`);
      expect(makeStore({ urlSwitch: true }).get().careMode).to.equal(false);
      history.replaceState(null, '', `${location.pathname}?care=banana`);
      const store = makeStore({ urlSwitch: true });
      expect(store.get().careMode).to.equal(false);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('notifies subscribers once per change and stops after unsubscribe', () => {
    const store = makeStore();
    const calls: number[] = [];
    const stop = store.subscribe((p) => calls.push(p.textScale));
    store.set({ textScale: 1.25 });
    store.set({ textScale: 1.25 });
    stop();
    store.set({ textScale: 2 });
    expect(calls).to.deep.equal([1.25]);
  });

  it('reset() returns to defaults and forgets the stored record', () => {
    const store = makeStore();
    store.set({ careMode: true });
    store.reset();
    expect(store.get()).to.deep.equal(defaultPreferences);
    expect(localStorage.getItem(store.key)).to.equal(null);
  });

  it('is one store per page, shared through a global keyed by schema version', () => {
    const store = getPreferencesStore();
    expect(getPreferencesStore()).to.equal(store);
    const key = Symbol.for(`caremode:preferences.v${PREFERENCES_SCHEMA_VERSION}`);
    expect((globalThis as unknown as Record<symbol, unknown>)[key]).to.equal(store);
  });
});
