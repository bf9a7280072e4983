import { readFileSync } from 'node:fs';
import { requirements } from '@caremode/tokens';
import { axeVersion } from './browser-script.js';
import { elderNumbers, passRuleIds } from './browser/elder-rules.js';
import { axeRunOptions } from './browser/run-options.js';
import { launchChrome } from './chrome.js';
import { UsageError } from './exit-codes.js';
import { matchesAny } from './glob.js';
import { normalizeOptions } from './options.js';
import { auditPage, viewports } from './page-audit.js';
import { applyImpacts, summarize } from './results.js';
import { pagesOfShard } from './shard.js';
import { resolveTargets } from './targets.js';

/** @type {string} */
export const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/**
 * @typedef {object} AuditReport
 * @property {{ name: string, version: string }} tool
 * @property {string} axeVersion
 * @property {{ modes: string[], viewports: string[], failOn: string, threshold: number, shard?: string }} settings
 * @property {ReturnType<typeof summarize>} summary
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
  if (!settings.targets.length && !settings.sitemaps.length) throw new UsageError('Nothing to audit: give at least one URL, file, folder or --sitemap.');
  const resolved = await resolveTargets({ targets: settings.targets, sitemaps: settings.sitemaps, cwd: options.cwd });
  /** @type {import('puppeteer-core').Browser | undefined} */
  let launched;
  try {
    let pages = resolved.pages;
    if (!pages.length) throw new UsageError('No pages found in the targets given.');
    pages = pages.filter((p) => (!settings.include.length || matchesAny(p.names, settings.include)) && !matchesAny(p.names, settings.exclude));
    if (!pages.length) throw new UsageError(`None of the ${resolved.pages.length} pages found matches --include/--exclude.`);
    // Sorted, so reports and shards come out the same on every run and every machine.
    pages = settings.shard ? pagesOfShard(pages, settings.shard) : [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    const browser = !pages.length ? undefined : options.browser ?? (launched = await launchChrome({ executablePath: options.chromePath }));
    const passes = passRuleIds.filter((id) => !settings.disabled.includes(id));
    const base = {
      modes: settings.modes,
      viewports: settings.viewports.map((name) => viewports[name]),
      timeoutMs: settings.timeoutMs,
      axeOptions: axeRunOptions({ disabled: settings.disabled, enabled: settings.enabled, skip: passRuleIds }),
      passes,
      numbers: elderNumbers(requirements),
      setup: options.setup,
    };
    let done = 0;
    const results = await inPool(pages, settings.concurrency, async (target) => {
      const actions = settings.pageActions.filter((entry) => matchesAny(target.names, entry.match)).flatMap((entry) => entry.actions);
      const result = await auditPage(/** @type {import('puppeteer-core').Browser} */ (browser), target, { ...base, actions });
      options.onProgress?.({ done: ++done, total: pages.length, page: result });
      return result;
    });
    const reported = applyImpacts(results, settings.impactOf);
    return {
      tool: { name: 'caremode-audit', version },
      axeVersion,
      settings: {
        modes: settings.modes,
        viewports: settings.viewports,
        failOn: settings.failOn,
        threshold: settings.threshold,
        ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.count}` } : {}),
      },
      summary: summarize(reported, settings),
      pages: reported,
    };
  } finally {
    await launched?.close().catch(() => undefined);
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
