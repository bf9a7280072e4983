// Media features in Firefox. Firefox 153's WebDriver BiDi has no media emulation, but the
// preferences a person sets in about:config switch the same media queries live; the harness sets
// them from the browser's own (chrome) context (firefox-chrome.mjs).
import { chromeContext } from './firefox-chrome.mjs';

/** Each feature value and the preference that gives it; `null` clears the preference. */
const PREFERENCES = {
  'prefers-reduced-motion': { reduce: ['ui.prefersReducedMotion', 1], 'no-preference': ['ui.prefersReducedMotion', 0], '': null },
  'prefers-color-scheme': {
    dark: ['layout.css.prefers-color-scheme.content-override', 0],
    light: ['layout.css.prefers-color-scheme.content-override', 1],
    '': null,
  },
  // "Never use the page's colours" is Firefox's forced-colours mode.
  'forced-colors': { active: ['browser.display.document_color_use', 2], none: null, '': null },
};
const NAMES = [
  'ui.prefersReducedMotion',
  'layout.css.prefers-color-scheme.content-override',
  'browser.display.document_color_use',
  'browser.display.foreground_color',
  'browser.display.background_color',
];
/** Forced colours are the person's own: light text on black is how a dark palette is chosen. */
const DARK_FORCED = [
  ['browser.display.foreground_color', '#ffffff'],
  ['browser.display.background_color', '#000000'],
];

export function firefoxMedia() {
  const inChrome = chromeContext();
  let page;
  let dirty = false;

  const evaluate = (expression) => inChrome(page, expression);
  const attach = (p) => {
    page = p;
  };

  async function clear() {
    await evaluate(`${NAMES.map((name) => `Services.prefs.clearUserPref(${JSON.stringify(name)});`).join(' ')} 1`);
  }

  /** The medium (screen or print) of every tab, as Firefox's own print simulation sets it. */
  const setMedium = (medium) =>
    evaluate(
      `for (const win of Services.wm.getEnumerator('navigator:browser')) ` +
        `for (const tab of win.gBrowser.browsers) tab.browsingContext.mediumOverride = ${JSON.stringify(medium)}; 1`,
    );

  return {
    async reset() {
      if (!dirty || !page) return;
      await clear();
      await setMedium('');
      dirty = false;
    },

    /** web-test-runner's own emulateMedia: `{ media: 'print' }` and friends. */
    async emulateBuiltIn(page, { media, colorScheme, reducedMotion, forcedColors } = {}) {
      await attach(page);
      if (media !== undefined) {
        await setMedium(media === 'screen' ? '' : media);
        dirty = true;
        for (let tries = 0; tries < 40 && media && !(await page.evaluate((m) => matchMedia(m).matches, media)); tries++) await new Promise((r) => setTimeout(r, 25));
      }
      const features = {};
      if (colorScheme) features['prefers-color-scheme'] = colorScheme;
      if (reducedMotion) features['prefers-reduced-motion'] = reducedMotion;
      if (forcedColors) features['forced-colors'] = forcedColors;
      if (Object.keys(features).length) await this.emulate(page, features);
    },

    /** Like Chromium's emulation: the features given are set, every other one is the browser's own. */
    async emulate(page, features) {
      await attach(page);
      const sets = [];
      for (const [feature, raw] of Object.entries(features)) {
        const value = String(raw ?? '');
        if (feature === 'prefers-contrast') continue;
        const table = PREFERENCES[feature];
        if (!table || !(value in table)) throw new Error(`${feature}: ${value} is unsupported in firefox`);
        if (table[value]) sets.push(table[value]);
      }
      if (String(features['forced-colors']) === 'active' && String(features['prefers-color-scheme']) === 'dark') sets.push(...DARK_FORCED);
      await clear();
      const set = ([name, v]) => `Services.prefs.${typeof v === 'string' ? 'setCharPref' : 'setIntPref'}(${JSON.stringify(name)}, ${JSON.stringify(v)});`;
      if (sets.length) await evaluate(`${sets.map(set).join(' ')} 1`);
      if (sets.length) dirty = true;
      // Firefox derives prefers-contrast from the colours in force: "more" comes with forced
      // colours, and cannot be had on its own.
      const checks = Object.entries(features).filter(([, v]) => String(v ?? '') !== '').map(([f, v]) => `(${f}: ${v})`);
      // Preferences reach the page's style a moment later: wait for the queries to match.
      let failing = checks;
      for (let tries = 0; tries < 40 && failing.length; tries++) {
        if (tries) await new Promise((r) => setTimeout(r, 25));
        failing = await page.evaluate((queries) => queries.filter((q) => !matchMedia(q).matches), checks);
      }
      if (failing.length) throw new Error(`${failing.join(', ')} is unsupported in firefox (with ${JSON.stringify(features)})`);
    },
  };
}
