import { runActions } from './actions.js';
import { PAGE_API, axeSource, browserScript } from './browser-script.js';
import { enableCareMode } from './care-mode.js';
import { instantRedirect, watchNavigations } from './redirects.js';

/** Viewports by name. Phone: a common small Android screen; desktop: a small laptop. */
export const viewports = Object.freeze({
  phone: Object.freeze({ name: 'phone', width: 360, height: 740 }),
  desktop: Object.freeze({ name: 'desktop', width: 1280, height: 800 }),
});

/**
 * @typedef {object} AxeNode
 * @property {string[]} target  @property {string} html  @property {string | null} impact
 * @property {string} failureSummary
 * @property {{ reason: string, until?: string }} [ignored] set on elements a config ignore covers
 * @typedef {object} AxeResult
 * @property {string} id  @property {string | null} impact  @property {string[]} tags
 * @property {string} description  @property {string} help  @property {string} helpUrl
 * @property {AxeNode[]} nodes
 * @typedef {{ mode: 'default' | 'care', viewport: string, violations: AxeResult[], incomplete: AxeResult[], ignored?: AxeResult[] }} PageRun
 * @typedef {{ kind: string, message: string }} PageFailure
 * @typedef {object} PageResult
 * @property {string} id
 * @property {'url' | 'file' | 'story'} kind
 * @property {string} [url]  @property {string} [file]
 * @property {{ id: string, title: string, name: string, importPath?: string }} [story]
 * @property {'audited' | 'failed' | 'redirect'} status `redirect`: the page sent the browser
 *   on at once (a 0 s meta refresh or a script); it counts as audited and has no runs
 * @property {string} [redirectTo] where a redirect leads: a page id when the page is in the run
 * @property {PageFailure} [error]
 * @property {'store' | 'attribute' | 'stylesheet'} [careMode] how care mode was turned on
 * @property {PageRun[]} runs
 */

/**
 * @typedef {object} PageSettings
 * @property {('default' | 'care')[]} modes
 * @property {{ name: string, width: number, height: number }[]} viewports
 * @property {number} timeoutMs
 * @property {object} axeOptions
 * @property {string[]} passes the page-pass rules to run
 * @property {ReturnType<typeof import('./browser/elder-rules.js').elderNumbers>} numbers elder rule numbers (elderNumbers(requirements))
 * @property {import('./actions.js').PageAction[]} actions
 * @property {(page: import('puppeteer-core').Page, target: import('./targets.js').PageTarget) => unknown} [setup]
 */

class PageFailed extends Error {
  /** @param {string} kind @param {string} message */
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/**
 * Audits one page in its own browser context (its own storage, so care mode turned on through
 * a page's store never leaks into the next page). Never throws: a page that cannot be audited
 * comes back with `status: 'failed'` and why.
 * @param {import('puppeteer-core').Browser} browser
 * @param {import('./targets.js').PageTarget} target
 * @param {PageSettings} settings
 * @returns {Promise<PageResult>}
 */
export async function auditPage(browser, target, settings) {
  const base = describeTarget(target);
  const state = { crashed: false };
  /** @type {import('puppeteer-core').BrowserContext | undefined} */
  let context;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    context = await browser.createBrowserContext();
    const page = await context.newPage();
    // After a renderer crash, pending calls into the page may never settle: stop at once.
    const crashed = new Promise((_, reject) =>
      page.on('error', () => {
        state.crashed = true;
        reject(new PageFailed('crash', 'The page crashed.'));
      }),
    );
    crashed.catch(() => undefined);
    const work = auditIn(page, target, settings);
    work.catch(() => undefined);
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new PageFailed('timeout', `Did not finish within ${settings.timeoutMs} ms (--timeout).`)), settings.timeoutMs);
    });
    const { runs, careMode, redirectTo } = /** @type {{ runs: PageRun[], careMode?: any, redirectTo?: string }} */ (await Promise.race([work, deadline, crashed]));
    if (redirectTo) return { ...base, status: 'redirect', redirectTo, runs: [] };
    return { ...base, status: 'audited', ...(careMode ? { careMode } : {}), runs };
  } catch (error) {
    return { ...base, status: 'failed', error: classify(error, state, settings.timeoutMs), runs: [] };
  } finally {
    clearTimeout(timer);
    // Closing the context also stops a page that hangs in a script.
    await context?.close().catch(() => undefined);
  }
}

/** @param {import('./targets.js').PageTarget} target */
function describeTarget(target) {
  return {
    id: target.id,
    kind: target.kind,
    ...(target.kind === 'url' ? { url: target.url } : {}),
    ...(target.file ? { file: target.file } : {}),
    ...(target.story ? { story: target.story } : {}),
  };
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {import('./targets.js').PageTarget} target
 * @param {PageSettings} settings
 */
async function auditIn(page, target, settings) {
  page.setDefaultTimeout(settings.timeoutMs);
  // Injected styles and scripts must work on pages with a strict Content-Security-Policy.
  await page.setBypassCSP(true);
  // Many older people ask for reduced motion; the motion check needs it from the first frame.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const [first] = settings.viewports;
  await page.setViewport({ width: first.width, height: first.height, deviceScaleFactor: 1 });
  await settings.setup?.(page, target);

  const navigations = watchNavigations(page);
  let response;
  try {
    response = await page.goto(target.url, { waitUntil: 'load', timeout: settings.timeoutMs });
  } catch (error) {
    // A script that moves on while the page is still loading can cut the first load short.
    if (navigations.next) return { runs: [], redirectTo: navigations.next };
    throw error;
  }
  if (response) {
    const status = response.status();
    if (status >= 400) throw new PageFailed('http', `HTTP ${status}${response.statusText() ? ` ${response.statusText()}` : ''}`);
    const type = response.headers()['content-type'] ?? '';
    if (type && !/html/i.test(type)) throw new PageFailed('not-html', `Not an HTML page (content-type: ${type}).`);
  }
  const redirectTo = await instantRedirect(page, navigations);
  if (redirectTo) return { runs: [], redirectTo };
  if (target.story) await waitForStory(page, settings.timeoutMs);
  if (settings.actions.length) await runActions(page, settings.actions, settings.timeoutMs);
  await settle(page);
  for (const frame of page.frames()) {
    // axe-core asks frames on the same origin to audit themselves: each needs axe and the rules.
    await frame
      .evaluate(axeSource)
      .then(() => frame.evaluate(browserScript))
      .catch((/** @type {unknown} */ error) => {
        if (frame === page.mainFrame()) throw error;
      });
  }

  const scope = target.story ? '#storybook-root, #root' : null;
  /** @type {PageRun[]} */
  const runs = [];
  let careMode;
  for (const [m, mode] of settings.modes.entries()) {
    if (mode === 'care') careMode = await enableCareMode(page);
    for (const [v, viewport] of settings.viewports.entries()) {
      if (m > 0 || v > 0) {
        await page.setViewport({ width: viewport.width, height: viewport.height, deviceScaleFactor: 1 });
      }
      await settle(page);
      const result = await runAxe(page, settings, mode === 'care', settings.axeOptions, scope);
      // The page passes run once per mode, at the first viewport, and report with its run.
      if (v === 0 && settings.passes.length) {
        const passes = await runPasses(page, settings, mode === 'care', viewport, scope);
        result.violations.push(...passes.violations);
      }
      runs.push({ mode, viewport: viewport.name, ...result });
    }
  }
  return { runs, careMode };
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {PageSettings} settings
 * @param {boolean} care
 * @param {{ width: number, height: number }} viewport
 * @param {string | null} scope
 */
async function runPasses(page, settings, care, viewport, scope) {
  const ids = settings.passes;
  await page.evaluate((key) => /** @type {any} */ (globalThis)[Symbol.for(key)].clearFindings(), PAGE_API);
  // Motion first: a short animation still running now may be over a moment later.
  if (ids.includes('caremode-reduced-motion')) await page.evaluate((key) => /** @type {any} */ (globalThis)[Symbol.for(key)].findMotionProblems(), PAGE_API);
  if (ids.includes('caremode-text-spacing')) await page.evaluate((key) => /** @type {any} */ (globalThis)[Symbol.for(key)].findTextSpacingProblems(), PAGE_API);
  if (ids.includes('caremode-reflow')) {
    await page.setViewport({ width: settings.numbers.reflowWidthPx, height: viewport.height, deviceScaleFactor: 1 });
    await settle(page);
    await page.evaluate((key) => /** @type {any} */ (globalThis)[Symbol.for(key)].findReflowProblems(), PAGE_API);
    await page.setViewport({ width: viewport.width, height: viewport.height, deviceScaleFactor: 1 });
    await settle(page);
  }
  const options = { runOnly: { type: 'rule', values: ids }, resultTypes: ['violations'] };
  const result = await runAxe(page, settings, care, options, scope);
  await page.evaluate((key) => /** @type {any} */ (globalThis)[Symbol.for(key)].clearFindings(), PAGE_API);
  return result;
}

/**
 * Runs axe with the elder rules in the page and returns the results, trimmed to what reports use.
 * @param {import('puppeteer-core').Page} page
 * @param {PageSettings} settings
 * @param {boolean} care
 * @param {object} options axe's run options
 * @param {string | null} scope
 * @returns {Promise<{ violations: AxeResult[], incomplete: AxeResult[] }>}
 */
async function runAxe(page, settings, care, options, scope) {
  const install = (/** @type {string} */ key, /** @type {object} */ numbers, /** @type {boolean} */ careMode) => /** @type {any} */ (globalThis)[Symbol.for(key)]?.installElderRules(/** @type {any} */ (window).axe, { numbers, careMode });
  for (const frame of page.frames()) {
    if (frame !== page.mainFrame()) await frame.evaluate(install, PAGE_API, settings.numbers, care).catch(() => undefined);
  }
  return page.evaluate(
    async (key, numbers, careMode, runOptions, selector) => {
      const api = /** @type {any} */ (globalThis)[Symbol.for(key)];
      const axe = /** @type {any} */ (window).axe;
      api.installElderRules(axe, { numbers, careMode });
      const context = (selector && document.querySelector(selector)) || document;
      // A page may run axe itself (Storybook's accessibility addon does after each render);
      // axe allows one run at a time, so wait for that one to finish.
      let results;
      for (let attempt = 0; ; attempt++) {
        try {
          results = await axe.run(context, runOptions);
          break;
        } catch (/** @type {any} */ error) {
          if (attempt > 100 || !/already running/i.test(String(error?.message ?? error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      const slim = (/** @type {any} */ r) => ({
        id: r.id,
        impact: r.impact ?? null,
        tags: r.tags,
        description: r.description,
        help: r.help,
        helpUrl: r.helpUrl,
        nodes: r.nodes.map((/** @type {any} */ n) => ({ target: n.target, html: n.html, impact: n.impact ?? null, failureSummary: n.failureSummary ?? '' })),
      });
      return { violations: results.violations.map(slim), incomplete: (results.incomplete ?? []).map(slim) };
    },
    PAGE_API,
    settings.numbers,
    care,
    options,
    scope,
  );
}

/**
 * Waits for web fonts, Lit-style element updates and two frames, so layout is final.
 * @param {import('puppeteer-core').Page} page
 */
function settle(page) {
  return page.evaluate(async () => {
    const frames = new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const pending = [...document.querySelectorAll('*')]
      .filter((el) => el.localName.includes('-'))
      .map((el) => /** @type {any} */ (el).updateComplete)
      .filter(Boolean);
    await Promise.race([Promise.all([document.fonts?.ready, ...pending, frames]), new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {number} timeout
 */
async function waitForStory(page, timeout) {
  await page.waitForFunction(() => /\bsb-show-(main|errordisplay|nopreview)\b/.test(document.body?.className ?? ''), { timeout });
  const problem = await page.evaluate(() => {
    const cls = document.body.className;
    if (/\bsb-show-errordisplay\b/.test(cls)) {
      const text = document.querySelector('#error-message, .sb-errordisplay_main')?.textContent?.trim();
      return `The story failed to render${text ? `: ${text.split('\n')[0]}` : '.'}`;
    }
    if (/\bsb-show-nopreview\b/.test(cls)) return 'Storybook shows no preview for this story.';
    return '';
  });
  if (problem) throw new PageFailed('story', problem);
}

/**
 * @param {unknown} error
 * @param {{ crashed: boolean }} state
 * @param {number} timeoutMs
 * @returns {PageFailure}
 */
function classify(error, state, timeoutMs) {
  const e = /** @type {any} */ (error);
  const message = String(e?.message ?? e).split('\n')[0];
  if (e instanceof PageFailed) return { kind: e.kind, message: e.message };
  if (e?.kind === 'action') return { kind: 'action', message };
  if (state.crashed || /crash/i.test(message)) return { kind: 'crash', message: 'The page crashed.' };
  if (e?.name === 'TimeoutError' || /timeout/i.test(message)) return { kind: 'timeout', message: `Did not load within ${timeoutMs} ms (--timeout).` };
  const net = /net::(ERR_[A-Z_]+)/.exec(message);
  if (net) return { kind: 'unreachable', message: `Could not be loaded: ${net[1]}.` };
  if (/Execution context was destroyed|detached/i.test(message)) {
    return { kind: 'navigated', message: 'The page navigated away by itself during the audit.' };
  }
  return { kind: 'error', message };
}
