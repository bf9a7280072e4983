import { nearestLang, setFallbackLang } from '@caremode/core';
import { expect, waitUntil } from '@open-wc/testing';
import { resetMode } from '../../../test/helpers/modes.js';
import { loadElement } from './autoload.js';
import { readScriptOptions, startDropIn } from './drop-in.js';

const script = (attributes: Record<string, string>) => {
  const el = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
};

describe('drop-in', () => {
  afterEach(async () => {
    document.querySelectorAll('care-mode-toggle, care-settings, care-button, [data-test]').forEach((el) => el.remove());
    setFallbackLang('');
    await resetMode();
  });

  it('reads its options from the script tag, keeping defaults for anything odd', () => {
    expect(readScriptOptions(script({ 'data-position': 'start', 'data-locale': ' vi ', 'data-no-toggle': '', 'data-languages': 'vi en', 'data-load': 'all' }))).to.deep.equal({
      position: 'start',
      locale: 'vi',
      toggle: false,
      load: 'all',
      languages: 'vi en',
    });
    expect(readScriptOptions(script({ 'data-position': 'top', 'data-load': 'some' }))).to.deep.equal({ position: 'end', locale: undefined, toggle: true, load: 'used', languages: undefined });
    expect(readScriptOptions(null)).to.deep.equal({ position: 'end', locale: undefined, toggle: true, load: 'used', languages: undefined });
  });

  it('adds one floating toggle, in the chosen corner, offering the chosen languages', async () => {
    startDropIn({ position: 'start', languages: 'vi en' });
    startDropIn({ position: 'start' });
    const toggles = document.querySelectorAll('care-mode-toggle');
    expect(toggles.length).to.equal(1);
    expect(toggles[0]!.getAttribute('placement')).to.equal('floating');
    expect(toggles[0]!.getAttribute('corner')).to.equal('start');
    expect(toggles[0]!.getAttribute('languages')).to.equal('vi en');
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('data-care-hide')))).to.equal(true);
  });

  it('adds no toggle when the page has its own, or when told not to', () => {
    const own = document.createElement('care-mode-toggle');
    own.setAttribute('data-test', '');
    document.body.append(own);
    startDropIn({});
    expect(document.querySelectorAll('care-mode-toggle').length).to.equal(1);
    own.remove();
    startDropIn({ toggle: false });
    expect(document.querySelectorAll('care-mode-toggle').length).to.equal(0);
  });

  it('speaks the script tag\'s language where the page declares none', () => {
    const root = document.documentElement;
    const lang = root.getAttribute('lang');
    root.removeAttribute('lang');
    try {
      startDropIn({ locale: 'vi', toggle: false });
      expect(nearestLang(document.body)).to.equal('vi');
    } finally {
      root.setAttribute('lang', lang ?? 'en');
    }
  });

  it('defines an element the moment the page uses it', async () => {
    startDropIn({ toggle: false });
    const later = document.createElement('div');
    later.setAttribute('data-test', '');
    later.innerHTML = '<care-checklist></care-checklist>';
    document.body.append(later);
    await waitUntil(() => customElements.get('care-checklist'), 'added markup is noticed and its element loaded', { timeout: 5000 });
    await loadElement('not-a-caremode-tag');
    await loadElement('care-help');
    expect(customElements.get('care-help')).to.exist;
  });
});
