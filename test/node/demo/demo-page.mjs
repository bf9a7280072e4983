// Opens docs/demo in Chromium for the demo tests: served as plain files (the built drop-in at
// packages/drop-in/dist), optionally without Caremode's files, with a second tab, or with
// storage that the browser refuses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { root } from '../../../scripts/packages.mjs';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { installTestFont, testFont } from '../../fonts/test-font.mjs';
import { chromeArgs, findChrome } from '../../wtr/find-chrome.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The demo's own documents answer with a `sandbox` policy when asked: an opaque origin, whose storage the browser refuses. */
export async function startDemo() {
  const server = await serveStatic(root);
  const sandboxed = await serveStatic(root, 0, {
    headers: (path) => (path.endsWith('.html') ? { 'content-security-policy': 'sandbox allow-scripts allow-forms' } : { 'access-control-allow-origin': '*' }),
  });
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  return {
    server,
    sandboxed,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await sandboxed.close();
    },
  };
}

/**
 * Loads the demo. `withoutCaremode` blocks Caremode's files (the page as the portal serves it
 * without the drop-in); `violations` collects Content-Security-Policy reports from the start.
 */
export async function openDemo(demo, { file = 'index.html', query = '', width = 1024, height = 800, withoutCaremode = false, media = [], context, base } = {}) {
  // A context of its own unless given one: no storage carried over from another test.
  const own = context ? undefined : await demo.browser.createBrowserContext();
  const page = await (context ?? own).newPage();
  if (own) page.once('close', () => own.close().catch(() => {}));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/favicon|ERR_BLOCKED_BY_CLIENT/.test(m.text()) && errors.push(m.text()));
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // The portal's text wraps, and its boxes measure, the same on every machine.
  await page.evaluateOnNewDocument(installTestFont, testFont);
  if (withoutCaremode) {
    await page.setRequestInterception(true);
    page.on('request', (r) => (/\/packages\/drop-in\/dist\//.test(r.url()) ? r.abort('blockedbyclient') : r.continue()));
  }
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures(media);
  await page.goto(`${base ?? demo.server.url}/docs/demo/${file}${query}`, { waitUntil: 'networkidle0' });
  if (!withoutCaremode) await page.waitForFunction(() => customElements.get('care-mode-toggle') && document.querySelector('care-mode-toggle')?.shadowRoot, { timeout: 10000 });
  await settle(page);
  return { page, errors };
}

/** Waits for the test font, Caremode's elements to render and two frames to pass. */
export const settle = (page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    const custom = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(custom.map((el) => el.updateComplete).filter(Boolean));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });

/** Sets preferences through the page's own store, as the toggle and settings do. */
export const setPreferences = async (page, patch) => {
  await page.evaluate((p) => globalThis[Symbol.for('caremode:preferences.v1')].set(p), patch);
  await settle(page);
};

/** axe-core on the whole page: WCAG 2.2 A and AA, AAA contrast, as Caremode's own audit. */
export async function runAxe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast-enhanced': { enabled: true }, 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`)).sort();
  });
}

/** Every element of the portal's own page (not Caremode's, not html or body) with its box size. */
export const portalBoxes = (page) =>
  page.evaluate(() => {
    const boxes = {};
    const all = [...document.body.querySelectorAll('*')].filter((el) => !el.closest('care-mode-toggle, care-settings, [data-care-announcer]'));
    all.forEach((el, i) => {
      const r = el.getBoundingClientRect();
      boxes[`${i} ${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}`] = `${r.width.toFixed(2)} x ${r.height.toFixed(2)}`;
    });
    return boxes;
  });
