import { tokensCss } from '@caremode/tokens';
import { isServer } from 'lit';
import { getPreferencesStore } from './preferences/store.js';
import { shared } from './shared-global.js';

/**
 * Whether this browser has what Caremode rests on (ElementInternals, constructable
 * stylesheets: iOS Safari 16.4+, Chrome 100+). Older browsers keep the portal's page as it
 * is rather than getting a half-working one.
 */
export const supportsCaremode = (): boolean =>
  typeof window !== 'undefined' &&
  'attachInternals' in HTMLElement.prototype &&
  'adoptedStyleSheets' in Document.prototype &&
  'replaceSync' in CSSStyleSheet.prototype;

/** Adopts the token stylesheet into the document, once per page whichever copy comes first. */
export function adoptTokens(): CSSStyleSheet {
  return shared('tokens.v1', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tokensCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  });
}

/**
 * Registers a Caremode element. The first one also adopts the tokens and starts the
 * preferences store, so any single element works with nothing else on the page. A tag that is
 * already defined (another copy of Caremode, or a portal's own element) is left alone, with one
 * console warning per page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (isServer) {
    // @lit-labs/ssr renders only registered elements; its registry needs no tokens or store.
    if (!globalThis.customElements?.get(tag)) globalThis.customElements?.define(tag, constructor);
    return;
  }
  if (!supportsCaremode()) return;
  adoptTokens();
  getPreferencesStore();
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const warned = shared('define-warned.v1', () => ({ done: false }));
  if (warned.done) return;
  warned.done = true;
  console.warn(`Caremode: <${tag}> was already defined (two copies of Caremode?); kept the first. Further duplicates are not reported.`);
}
