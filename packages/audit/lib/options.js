import { availableParallelism } from 'node:os';
import { validateAction } from './actions.js';
import { UsageError } from './exit-codes.js';
import { impacts } from './results.js';
import { parseShard } from './shard.js';
import { defaultStandard, standardNames } from './presets.js';

export const modes = ['default', 'care', 'both'];
export const viewportChoices = ['phone', 'desktop', 'both'];
export const formats = ['text', 'json', 'junit', 'sarif', 'html', 'gitlab', 'markdown'];

/**
 * Everything `audit()` and the config file accept, with their defaults.
 * @typedef {object} AuditOptions
 * @property {string[]} [targets] URLs, HTML files, folders, built Storybook folders or URLs
 * @property {string[]} [sitemaps] sitemap URLs or files
 * @property {string[]} [include] globs; only pages matching one are audited
 * @property {string[]} [exclude] globs; pages matching one are left out
 * @property {'default' | 'care' | 'both'} [mode] default `both`
 * @property {'phone' | 'desktop' | 'both'} [viewport] default `both`
 * @property {'minor' | 'moderate' | 'serious' | 'critical'} [failOn] default `serious`
 * @property {number} [threshold] violations allowed at or above failOn; default 0
 * @property {number} [concurrency] pages audited at once; default: CPU count, at most 4
 * @property {string | { index: number, count: number }} [shard] `i/n`
 * @property {number} [timeout] per page, in ms; default 60000
 * @property {'elder' | 'wcag22aa' | 'wcag21aa' | 'en301549'} [standard] the rule set; default `elder`
 *   (WCAG 2.2 A/AA, 7:1 contrast, target size and the elder pack)
 * @property {string[]} [crawl] start URLs: pages reached by same-origin links are audited
 * @property {number} [maxPages] crawl: most pages found in all; default 1000
 * @property {number} [maxDepth] crawl: most links followed from a start URL; default 10
 * @property {number} [delay] crawl: ms between requests to the site; default 0
 * @property {string} [browserUrl] a running Chrome's DevTools endpoint (ws:// or http://) to audit in
 * @property {string} [serveHost] the address local folders are served on and named by in page URLs;
 *   default 127.0.0.1
 * @property {string} [baseline] a baseline file: only violations not in it are counted
 * @property {boolean} [updateBaseline] a missing baseline file is read as empty (the CLI then rewrites it)
 * @property {{ rule: string, pages?: string | string[], selector?: string, reason: string, until?: string }[]} [ignores]
 *   accepted violations, each with its reason; listed as ignored, never counted
 * @property {string} [today] YYYY-MM-DD that ignores' `until` is compared with; default today (UTC)
 * @property {Record<string, boolean | 'on' | 'off' | { enabled?: boolean, impact?: 'minor' | 'moderate' | 'serious' | 'critical' }>} [rules]
 *   rule id -> on, off, or a new impact
 * @property {{ match: string | string[], actions: import('./actions.js').PageAction[] }[]} [pages]
 * @property {string} [cwd] where relative targets are resolved; default process.cwd()
 * @property {import('puppeteer-core').Browser} [browser] a running browser to reuse (left open)
 * @property {string} [chromePath] the browser to start; default CHROME_PATH, then the usual places
 * @property {(event: { done: number, total: number, page: import('./page-audit.js').PageResult }) => void} [onProgress]
 * @property {(page: import('puppeteer-core').Page, target: import('./targets.js').PageTarget) => unknown} [setup]
 *   called before each page loads (cookies, headers, authentication)
 */

/** Keys a config file may hold: the options above that make sense in a file, plus output. */
export const configKeys = ['targets', 'sitemap', 'sitemaps', 'include', 'exclude', 'mode', 'viewport', 'failOn', 'threshold', 'concurrency', 'shard', 'timeout', 'rules', 'pages', 'format', 'output', 'ignores', 'baseline', 'standard', 'crawl', 'maxPages', 'maxDepth', 'delay', 'browserUrl', 'serveHost'];

/**
 * Checks and fills in the options; throws a UsageError naming the first thing wrong.
 * @param {AuditOptions} options
 * @param {string} [where] named in messages ("caremode-audit.config.json", "--mode")
 */
export function normalizeOptions(options, where = 'options') {
  const at = (/** @type {string} */ key) => `${where}: "${key}"`;
  /** @returns {string[]} */
  const list = (/** @type {string} */ key) => {
    const value = /** @type {any} */ (options)[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) throw new UsageError(`${at(key)} must be a list of non-empty strings.`);
    return value;
  };
  /** @returns {any} */
  const oneOf = (/** @type {string} */ key, /** @type {readonly string[]} */ choices, /** @type {string} */ fallback) => {
    const value = /** @type {any} */ (options)[key] ?? fallback;
    if (!choices.includes(value)) throw new UsageError(`${at(key)} must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}.`);
    return value;
  };
  /** @returns {number} */
  const whole = (/** @type {string} */ key, /** @type {number} */ fallback, /** @type {number} */ min) => {
    const value = /** @type {any} */ (options)[key] ?? fallback;
    if (!Number.isInteger(value) || value < min) throw new UsageError(`${at(key)} must be a whole number of at least ${min}, not ${JSON.stringify(value)}.`);
    return value;
  };

  const optionalString = (/** @type {string} */ key) => {
    const value = /** @type {any} */ (options)[key];
    if (value !== undefined && (typeof value !== 'string' || !value)) throw new UsageError(`${at(key)} must be a non-empty string.`);
    return /** @type {string | undefined} */ (value);
  };
  const mode = oneOf('mode', modes, 'both');
  const viewport = oneOf('viewport', viewportChoices, 'both');
  const { disabled, enabled, impactOf } = normalizeRules(options.rules, at('rules'));
  return {
    targets: list('targets'),
    sitemaps: list('sitemaps'),
    include: list('include'),
    exclude: list('exclude'),
    modes: /** @type {('default' | 'care')[]} */ (mode === 'both' ? ['default', 'care'] : [mode]),
    viewports: /** @type {('phone' | 'desktop')[]} */ (viewport === 'both' ? ['phone', 'desktop'] : [viewport]),
    failOn: oneOf('failOn', impacts, 'serious'),
    threshold: whole('threshold', 0, 0),
    concurrency: whole('concurrency', Math.min(4, Math.max(1, availableParallelism())), 1),
    shard: options.shard === undefined ? undefined : typeof options.shard === 'string' ? parseShard(options.shard) : parseShard(`${options.shard.index}/${options.shard.count}`),
    timeoutMs: whole('timeout', 60000, 1),
    standard: /** @type {'elder' | 'wcag22aa' | 'wcag21aa' | 'en301549'} */ (oneOf('standard', standardNames, defaultStandard)),
    crawl: list('crawl'),
    maxPages: whole('maxPages', 1000, 1),
    maxDepth: whole('maxDepth', 10, 0),
    delayMs: whole('delay', 0, 0),
    browserUrl: optionalString('browserUrl'),
    serveHost: optionalString('serveHost'),
    disabled,
    enabled,
    impactOf,
    pageActions: normalizePages(options.pages, at('pages')),
  };
}

/**
 * @param {AuditOptions['rules']} rules
 * @param {string} where
 */
function normalizeRules(rules, where) {
  /** @type {string[]} */ const disabled = [];
  /** @type {string[]} */ const enabled = [];
  /** @type {Record<string, string>} */ const impactOf = {};
  if (rules === undefined) return { disabled, enabled, impactOf };
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) throw new UsageError(`${where} must be an object of rule ids, such as { "color-contrast": false }.`);
  for (const [id, value] of Object.entries(rules)) {
    if (value === false || value === 'off') disabled.push(id);
    else if (value === true || value === 'on') enabled.push(id);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const extra = Object.keys(value).filter((k) => k !== 'enabled' && k !== 'impact');
      if (extra.length) throw new UsageError(`${where}.${id} has unknown key "${extra[0]}" (use "enabled" and "impact").`);
      if (value.enabled !== undefined && typeof value.enabled !== 'boolean') throw new UsageError(`${where}.${id}.enabled must be true or false.`);
      if (value.enabled === false) disabled.push(id);
      if (value.enabled === true) enabled.push(id);
      if (value.impact !== undefined) {
        if (!impacts.includes(value.impact)) throw new UsageError(`${where}.${id}.impact must be one of ${impacts.join(', ')}.`);
        impactOf[id] = value.impact;
      }
    } else throw new UsageError(`${where}.${id} must be true, false or { "enabled": …, "impact": … }.`);
  }
  return { disabled, enabled, impactOf };
}

/**
 * @param {AuditOptions['pages']} pages
 * @param {string} where
 */
function normalizePages(pages, where) {
  if (pages === undefined) return [];
  if (!Array.isArray(pages)) throw new UsageError(`${where} must be a list of { "match": …, "actions": […] }.`);
  return pages.map((entry, i) => {
    const here = `${where}[${i}]`;
    if (!entry || typeof entry !== 'object') throw new UsageError(`${here} must be an object with "match" and "actions".`);
    const match = typeof entry.match === 'string' ? [entry.match] : entry.match;
    if (!Array.isArray(match) || !match.length || !match.every((m) => typeof m === 'string' && m)) {
      throw new UsageError(`${here}.match must be a glob or a list of globs.`);
    }
    if (!Array.isArray(entry.actions)) throw new UsageError(`${here}.actions must be a list.`);
    const extra = Object.keys(entry).filter((k) => k !== 'match' && k !== 'actions');
    if (extra.length) throw new UsageError(`${here} has unknown key "${extra[0]}".`);
    return { match, actions: entry.actions.map((/** @type {unknown} */ a, /** @type {number} */ j) => validateAction(a, `${here}.actions[${j}]`)) };
  });
}
