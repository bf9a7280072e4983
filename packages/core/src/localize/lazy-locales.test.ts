import { expect, fixture, html } from '@open-wc/testing';
import { CareElement } from '../care-element.js';
import { defineElement } from '../define.js';
import { loadLocale, registerStrings, translate, type LocaleLoaders, type Messages } from './catalog.js';

/** A loader whose module arrives when the test says so, counting how often it is asked. */
function deferredLoader(messages: Messages) {
  let deliver!: () => void;
  let fail!: (error: Error) => void;
  const arrived = new Promise<{ default: Messages }>((resolve, reject) => {
    deliver = () => resolve({ default: messages });
    fail = reject;
  });
  const loader = { calls: 0, load: () => (loader.calls++, arrived), deliver: () => deliver(), fail: (e: Error) => fail(e) };
  return loader;
}

let serial = 0;
/** A fresh element class with its own key and package, so tests do not share loaded state. */
function lazyElement(loaders: LocaleLoaders, key: string) {
  const tag = `test-lazy-${++serial}`;
  registerStrings({ en: { [key]: 'Hello' } }, loaders);
  class Lazy extends CareElement {
    renders: string[] = [];
    protected override render() {
      const text = this.localize.t(key);
      this.renders.push(text);
      return html`<span>${text}</span>`;
    }
  }
  defineElement(tag, Lazy);
  return tag;
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('locales loaded on demand', () => {
  // First in the file, while no language has been asked for yet: a wrong fetch would show.
  it('needs nothing for English or an unknown language', async () => {
    const zh = deferredLoader({});
    registerStrings({ en: { 'lazy.g': 'Seven' } }, { 'zh-Hans': zh.load });
    await Promise.race([Promise.all([loadLocale('en'), loadLocale('xx-unknown'), loadLocale(undefined)]), tick().then(() => 'late')]).then((r) =>
      expect(r).not.to.equal('late'),
    );
    expect(zh.calls).to.equal(0);
    // Elements wait for every package's strings in their language: leave none pending for later tests.
    zh.deliver();
  });

  it('renders for the first time only once the language has arrived, never in English first', async () => {
    const vi = deferredLoader({ 'lazy.a': 'Xin chào' });
    const tag = lazyElement({ vi: vi.load }, 'lazy.a');
    const host = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
    const el = document.createElement(tag) as CareElement & { renders: string[] };
    host.append(el);
    await tick();
    expect(el.renders).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.equal('');
    vi.deliver();
    await el.updateComplete;
    expect(el.renders).to.deep.equal(['Xin chào']);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Xin chào');
  });

  it('fetches a language once for any number of elements', async () => {
    const id = deferredLoader({ 'lazy.b': 'Halo' });
    const tag = lazyElement({ id: id.load }, 'lazy.b');
    const host = await fixture<HTMLElement>(html`<div lang="id-ID"></div>`);
    const els = Array.from({ length: 30 }, () => host.appendChild(document.createElement(tag)) as CareElement);
    await tick();
    id.deliver();
    await Promise.all(els.map((el) => el.updateComplete));
    expect(id.calls).to.equal(1);
    expect(els.every((el) => el.shadowRoot!.textContent!.trim() === 'Halo')).to.equal(true);
  });

  it('keeps the old language on screen until the new one arrives', async () => {
    const vi = deferredLoader({ 'lazy.c': 'Xin chào' });
    const zh = deferredLoader({ 'lazy.c': '你好' });
    const tag = lazyElement({ vi: vi.load, 'zh-Hans': zh.load }, 'lazy.c');
    vi.deliver();
    const host = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
    const el = host.appendChild(document.createElement(tag)) as CareElement & { renders: string[] };
    await el.updateComplete;
    host.lang = 'zh-CN';
    await tick();
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Xin chào');
    zh.deliver();
    await el.updateComplete;
    await tick();
    expect(el.shadowRoot!.textContent!.trim()).to.equal('你好');
    expect(el.renders).not.to.include('Hello');
  });

  it('shows English, warns once and does not retry when a language cannot be fetched', async () => {
    const vi = deferredLoader({});
    const tag = lazyElement({ vi: vi.load }, 'lazy.d');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const host = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
      const el = host.appendChild(document.createElement(tag)) as CareElement;
      vi.fail(new Error('offline'));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim()).to.equal('Hello');
      el.requestUpdate();
      await el.updateComplete;
      await loadLocale('vi');
      expect(vi.calls).to.equal(1);
      expect(warnings.filter((w) => String(w[0]).includes('"vi"'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('loads a package registered after its language was asked for, for code without an element', async () => {
    const first = deferredLoader({ 'lazy.e': 'Một' });
    registerStrings({ en: { 'lazy.e': 'One' } }, { vi: first.load });
    first.deliver();
    await loadLocale('vi-VN');
    expect(translate('vi', 'lazy.e')).to.equal('Một');
    const later = deferredLoader({ 'lazy.f': 'Hai' });
    registerStrings({ en: { 'lazy.f': 'Two' } }, { vi: later.load });
    expect(later.calls).to.equal(1);
    later.deliver();
    await loadLocale('vi');
    expect(translate('vi', 'lazy.f')).to.equal('Hai');
  });
});
