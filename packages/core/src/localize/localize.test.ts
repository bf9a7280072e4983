import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { clearStringOverrides, formatMessage, overrideStrings, registerStrings, type StringOverrides } from './catalog.js';
import { nearestLang, resolveLocale } from './locale.js';
import { LocalizeController } from './localize-controller.js';

registerStrings({
  en: { 'test.hello': 'Hello', 'test.only-en': 'Only in English', 'test.files': { one: '{count} file', other: '{count} files' } },
  vi: { 'test.hello': 'Xin chào', 'test.files': { other: '{count} tệp' } },
  'zh-Hans': { 'test.hello': '你好', 'test.files': { other: '{count} 个文件' } },
  id: { 'test.hello': 'Halo', 'test.files': { other: '{count} berkas' } },
});

class TestGreeting extends LitElement {
  strings?: StringOverrides;
  readonly localize = new LocalizeController(this);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<span>${this.localize.t('test.hello')}</span>`;
  }
}
customElements.define('test-greeting', TestGreeting);

class TestShell extends LitElement {
  protected override render() {
    return html`<div lang="id"><test-greeting></test-greeting></div><test-greeting class="outer"></test-greeting>`;
  }
}
customElements.define('test-shell', TestShell);

const text = (el: TestGreeting) => el.shadowRoot!.textContent!.trim();

describe('resolveLocale', () => {
  it('maps tags to the four built-in locales', () => {
    const cases: Record<string, string> = {
      en: 'en',
      'en-GB': 'en',
      vi: 'vi',
      'vi-VN': 'vi',
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      'zh-Hans-CN': 'zh-Hans',
      'zh-TW': 'zh-Hans',
      id: 'id',
      'id-ID': 'id',
      in: 'id',
      'in-ID': 'id',
      zh_CN: 'zh-Hans',
      fr: 'en',
      th: 'en',
    };
    for (const [tag, expected] of Object.entries(cases)) expect(resolveLocale(tag), tag).to.equal(expected);
  });

  it('falls back to English for malformed or empty tags instead of throwing', () => {
    for (const bad of ['', '   ', '!!', 'x', '123', null, undefined, 'en--US']) expect(resolveLocale(bad as string)).to.equal('en');
  });
});

describe('nearestLang', () => {
  it('looks through shadow roots up to the document', async () => {
    const shell = await fixture<TestShell>(html`<div lang="vi"><test-shell></test-shell></div>`);
    const host = shell.querySelector('test-shell') as TestShell;
    await host.updateComplete;
    const [inner, outer] = host.shadowRoot!.querySelectorAll('test-greeting');
    expect(nearestLang(inner!)).to.equal('id');
    expect(nearestLang(outer!)).to.equal('vi');
  });
});

describe('LocalizeController', () => {
  afterEach(() => clearStringOverrides());

  it('shows strings in the language of the nearest lang', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN"><test-greeting></test-greeting></div>`);
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('你好');
  });

  it('updates live when an ancestor lang changes, including across a shadow root', async () => {
    const wrapper = await fixture(html`<div lang="en"><test-shell></test-shell></div>`);
    const shell = wrapper.querySelector('test-shell') as TestShell;
    await shell.updateComplete;
    const outer = shell.shadowRoot!.querySelector('test-greeting.outer') as TestGreeting;
    await outer.updateComplete;
    expect(text(outer)).to.equal('Hello');
    wrapper.setAttribute('lang', 'vi');
    await waitUntil(() => text(outer) === 'Xin chào', 'did not follow the lang change');
    wrapper.setAttribute('lang', 'in');
    await waitUntil(() => text(outer) === 'Halo');
  });

  it('does not re-render elements whose language did not change', async () => {
    const wrapper = await fixture(html`<div lang="vi"><test-greeting></test-greeting><p lang="en"></p></div>`);
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    const before = el.renders;
    wrapper.querySelector('p')!.setAttribute('lang', 'id');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });

  it('uses page-level overrides, and an element’s own strings above them', async () => {
    const wrapper = await fixture(html`<div lang="vi"><test-greeting></test-greeting><test-greeting class="own"></test-greeting></div>`);
    const [plain, own] = wrapper.querySelectorAll('test-greeting') as unknown as TestGreeting[];
    own!.strings = { vi: { 'test.hello': 'Chào bác' } };
    overrideStrings({ 'vi-VN': { 'test.hello': 'Kính chào' } });
    await waitUntil(() => text(plain!) === 'Kính chào');
    await own!.updateComplete;
    expect(text(own!)).to.equal('Chào bác');
  });

  it('falls back to English for a missing string, never to its key', async () => {
    const wrapper = await fixture(html`<div lang="vi"><test-greeting></test-greeting></div>`);
    const el = wrapper.querySelector('test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(el.localize.t('test.only-en')).to.equal('Only in English');
    expect(el.localize.langOf('test.only-en')).to.equal('en');
    expect(el.localize.langOf('test.hello')).to.equal('vi');
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(el.localize.t('test.nowhere')).to.equal('');
    } finally {
      console.warn = warn;
    }
  });
});

describe('formatMessage', () => {
  it('picks plural forms through Intl.PluralRules and formats numbers per locale', () => {
    const files = { one: '{count} file', other: '{count} files' };
    expect(formatMessage(files, 'en', { count: 1 })).to.equal('1 file');
    expect(formatMessage(files, 'en', { count: 2 })).to.equal('2 files');
    expect(formatMessage(files, 'en', { count: 1200 })).to.equal('1,200 files');
    // Vietnamese, Chinese and Indonesian have one plural form; Vietnamese groups with dots.
    expect(formatMessage({ other: '{count} tệp' }, 'vi', { count: 1200 })).to.equal('1.200 tệp');
    expect(formatMessage({ other: '{count} 个文件' }, 'zh-Hans', { count: 1 })).to.equal('1 个文件');
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(formatMessage('Hi {name}, {who}', 'en', { name: 'Lan' })).to.equal('Hi Lan, {who}');
    expect(formatMessage({ other: 'x' }, 'en', { count: 'many' })).to.equal('x');
  });
});
