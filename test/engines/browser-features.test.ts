// docs/browsers.md says, per engine, which platform features Caremode relies on exist and which
// fallback is taken where one does not. This test reads that table and checks this engine's row
// of it against the browser in hand, so the support table cannot drift from what is tested.
import { expect } from '@open-wc/testing';
import { engine } from '../helpers/engines.js';

/** Each probe answers whether the feature is there, the way Caremode's own code asks. */
const probes: Record<string, () => boolean> = {
  'element-internals': () => {
    if (!('attachInternals' in HTMLElement.prototype)) return false;
    if (!customElements.get('care-probe-control')) {
      customElements.define('care-probe-control', class extends HTMLElement {
        static formAssociated = true;
        internals = this.attachInternals();
      });
    }
    const form = document.createElement('form');
    const control = document.createElement('care-probe-control') as HTMLElement & { internals: ElementInternals };
    control.setAttribute('name', 'probe');
    form.append(control);
    control.internals.setFormValue('yes');
    return control.internals.form === form && new FormData(form).get('probe') === 'yes';
  },
  'custom-state': () => {
    try {
      document.querySelector(':state(care-probe)');
      return typeof CustomStateSet === 'function';
    } catch {
      return false;
    }
  },
  'constructable-stylesheets': () => 'adoptedStyleSheets' in Document.prototype && typeof CSSStyleSheet.prototype.replaceSync === 'function',
  'focus-visible': () => CSS.supports('selector(:focus-visible)'),
  'dialog-modal': () => typeof HTMLDialogElement === 'function' && 'showModal' in HTMLDialogElement.prototype,
  'highlight-api': () => 'highlights' in CSS && typeof Highlight === 'function',
  'element-full-screen': () => typeof Element.prototype.requestFullscreen === 'function',
  'wake-lock': () => 'wakeLock' in navigator,
  'web-speech': () => 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function',
  'intl-segmenter': () => typeof Intl.Segmenter === 'function',
  'declarative-shadow-dom': () => 'shadowRootMode' in HTMLTemplateElement.prototype,
  'forced-colors-query': () => matchMedia('(forced-colors: none), (forced-colors: active)').matches,
  'print-media': () => typeof window.print === 'function' && matchMedia('screen').matches,
};

async function documented(): Promise<Map<string, Record<string, string>>> {
  const text = await (await fetch('/docs/browsers.md')).text();
  const section = text.slice(text.indexOf('## What each engine has'));
  const rows = new Map<string, Record<string, string>>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([a-z-]+)`$/.exec(cells[2] ?? '')?.[1];
    if (id) rows.set(id, { chromium: cells[3]!, firefox: cells[4]!, webkit: cells[5]! });
  }
  return rows;
}

describe(`docs/browsers.md is true of ${engine}`, () => {
  it('lists every probed feature, and nothing the test does not probe', async () => {
    expect([...(await documented()).keys()].sort()).to.deep.equal(Object.keys(probes).sort());
  });

  for (const [id, probe] of Object.entries(probes)) {
    it(`${id}: the table says what this engine has`, async () => {
      const cell = (await documented()).get(id)?.[engine] ?? '';
      const has = probe();
      expect(cell.toLowerCase().startsWith(has ? 'yes' : 'no'), `${id} is ${has ? 'there' : 'missing'} in ${engine}, the table says "${cell}"`).to.equal(true);
    });
  }
});
