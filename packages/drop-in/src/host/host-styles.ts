import { shared } from '@caremode/core';
import { hostCss } from '@caremode/tokens';

/**
 * Adopts the host stylesheet (what care mode does to the portal's own content) into the
 * document, once per page. Adopted, not a `<style>` element: allowed under a strict CSP.
 */
export function adoptHostStyles(): CSSStyleSheet {
  return shared('host-styles.v1', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(hostCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  });
}
