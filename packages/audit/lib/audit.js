import { readFileSync } from 'node:fs';
import { requirements } from '@caremode/tokens';
import { axeVersion } from './browser-script.js';
import { elderNumbers, elderRuleIds, passRuleIds } from './browser/elder-rules.js';
import { axeRunOptions } from './browser/run-options.js';
import { launchChrome } from './chrome.js';
import { matchesAny } from './glob.js';
import { normalizeOptions } from './options.js';
import { auditPage, viewports } from './page-audit.js';
import { applyIgnores } from './ignores.js';
import { assembleReport, loadComparisons } from './report.js';
import { applyImpacts } from './results.js';
import { standards } from './presets.js';
import { redirectFollowUps } from './redirects.js';
import { connectBrowser, remoteSession } from './remote-browser.js';
import { resolvePages } from './pages.js';

/** @type {string} */
export const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/**
 * @typedef {object} AuditReport
 * @property {{ name: string, version: string }} tool
 * @property {string} axeVersion
 * @property {{ standard?: string, modes: string[], viewports: string[], failOn: string, threshold: number, shard?: string, baseline?: string }} settings
 * @property {ReturnType<typeof import('./results.js').summarize> & { baseline?: import('./baseline.js').BaselineComparison['counts'] }} summary
 * @property {import('./baseline.js').BaselineComparison} [baseline] how the run compares with --baseline
 * @property {import('./ignores.js').Ignore[]} [expiredIgnores] ignores whose `until` day has passed
 * @property {import('./page-audit.js').PageResult[]} pages sorted by id
 */

/**
 * Audits pages in headless Chromium with axe-core and the elder rules, in each mode and
 * viewport asked for. Pages that cannot be audited are reported, never thrown; a mistake in
 * the options throws a UsageError, a missing browser a BrowserError (each has `exitCode`).
 * @param {import('./options.js').AuditOptions} options
 * @returns {Promise<AuditReport>}
 */
export async function audit(options) {
  const settings = normalizeOptions(options);
  const comparisons = await loadComparisons(options);
  const resolved = await resolvePages(settings, options.cwd);
  /** @type {import('puppeteer-core').Browser | undefined} */
  let launched;
  /** @type {ReturnType<typeof remoteSession> | undefined} */
  let remote;
  try {
    const { listed, pages } = resolved;

    if (pages.length && !options.browser && settings.browserUrl) remote = remoteSession(settings.browserUrl, await connectBrowser(settings.browserUrl));
    const browser = !pages.length || remote ? undefined : options.browser ?? (launched = await launchChrome({ executablePath: options.chromePath }));
    const standard = standards[settings.standard];
    const passes = standard.elderPack ? passRuleIds.filter((id) => !settings.disabled.includes(id)) : [];
    const base = {
      modes: settings.modes,
      viewports: settings.viewports.map((name) => viewports[name]),
      timeoutMs: settings.timeoutMs,
      axeOptions: axeRunOptions({ disabled: settings.disabled, enabled: settings.enabled, skip: standard.elderPack ? passRuleIds : [...passRuleIds, ...elderRuleIds], tags: standard.tags, extra: standard.extraRules }),
      passes,
      numbers: elderNumbers(requirements),
      setup: options.setup,
    };
    let done = 0;
    let total = pages.length;
    const auditAll = (/** @type {import('./targets.js').PageTarget[]} */ batch) =>
      inPool(batch, settings.concurrency, async (target) => {
        const actions = settings.pageActions.filter((entry) => matchesAny(target.names, entry.match)).flatMap((entry) => entry.actions);
        const run = (/** @type {import('puppeteer-core').Browser} */ b) => auditPage(b, target, { ...base, actions });
        const result = remote ? await remote.audit(run) : await run(/** @type {import('puppeteer-core').Browser} */ (browser));
        options.onProgress?.({ done: ++done, total, page: result });
        return result;
      });
    // A redirect's target is audited too when no page of the run (in any shard) is that page.
    const byUrl = new Map(listed.map((p) => [p.url.replace(/#.*$/, ''), p]));
    const byId = new Map(listed.map((p) => [p.id, p]));
    const results = [];
    for (let batch = pages, round = 0; batch.length && round < 10; round++) {
      const found = await auditAll(batch);
      results.push(...found);
      batch = redirectFollowUps(found, byUrl, byId);
      total += batch.length;
    }
    results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const { pages: reported, expired } = applyIgnores(applyImpacts(results, settings.impactOf), comparisons.ignores, comparisons.today);
    return assembleReport({
      tool: { name: 'caremode-audit', version },
      axeVersion,
      settings: {
        ...(settings.standard !== 'elder' ? { standard: settings.standard } : {}),
        modes: settings.modes,
        viewports: settings.viewports,
        failOn: settings.failOn,
        threshold: settings.threshold,
        ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.count}` } : {}),
      },
      pages: reported,
      baseline: comparisons.baseline,
      ignores: comparisons.ignores.length > 0,
      expiredIgnores: expired,
    });
  } finally {
    await launched?.close().catch(() => undefined);
    await remote?.close()?.catch(() => undefined);
    await resolved.close();
  }
}

/**
 * Runs `work` over `items`, `limit` at a time; results keep the items' order.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} work
 * @returns {Promise<R[]>}
 */
async function inPool(items, limit, work) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
