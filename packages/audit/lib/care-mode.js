import { hostCss, tokensCss } from '@caremode/tokens';

/**
 * What a page without Caremode gets in care mode: the token stylesheet, so `--care-*` values
 * switch to care mode, and the host stylesheet, which scales the page's own text, spacing and
 * targets through those tokens exactly as Caremode's drop-in does on a portal.
 */
export const careModeStylesheets = [tokensCss, hostCss];

const STORE = 'caremode:preferences.v1';

/**
 * Turns care mode on in a loaded page. A Caremode page is switched through its own
 * preferences store, exactly as its care-mode toggle would; any other page gets the care-mode
 * stylesheets and `data-care-mode="on"` on <html>.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<'store' | 'attribute' | 'stylesheet'>} how it was done
 */
export async function enableCareMode(page) {
  // The store connects when Caremode's module scripts run, which may be just after `load`.
  await page
    .waitForFunction((key) => document.documentElement.hasAttribute('data-care-mode') || /** @type {any} */ (globalThis)[Symbol.for(key)], { timeout: 300 }, STORE)
    .catch(() => undefined);
  const how = await page.evaluate(
    async (key, sheets) => {
      const root = document.documentElement;
      const store = /** @type {any} */ (globalThis)[Symbol.for(key)];
      let how;
      if (store && typeof store.set === 'function') {
        store.set({ careMode: true });
        how = 'store';
      } else if (root.hasAttribute('data-care-mode')) {
        root.setAttribute('data-care-mode', 'on');
        how = 'attribute';
      } else {
        for (const css of sheets) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }
        root.setAttribute('data-care-mode', 'on');
        how = 'stylesheet';
      }
      // Let components that re-render on the change finish before anything is measured.
      const custom = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
      await Promise.all(custom.map((el) => /** @type {any} */ (el).updateComplete).filter(Boolean));
      return how;
    },
    STORE,
    careModeStylesheets,
  );
  return /** @type {'store' | 'attribute' | 'stylesheet'} */ (how);
}
