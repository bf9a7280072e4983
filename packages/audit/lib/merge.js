import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './exit-codes.js';
import { assembleReport } from './report.js';

/**
 * One report from the JSON reports of shards (`--shard i/n --format json`): the report one
 * machine would have written for all their pages. The baseline comparison is worked out
 * again over every page, so an entry not checked in one shard but audited in another is
 * present or fixed.
 * @param {import('./audit.js').AuditReport[]} reports
 * @returns {import('./audit.js').AuditReport}
 */
export function mergeReports(reports) {
  if (!reports.length) throw new UsageError('merge needs at least one JSON report.');
  const first = reports[0];
  const same = (/** @type {import('./audit.js').AuditReport} */ r) => {
    const { shard: _a, baseline: _b, ...settings } = r.settings;
    return JSON.stringify(settings);
  };
  for (const [i, r] of reports.entries()) {
    if (!r || r.tool?.name !== 'caremode-audit' || !Array.isArray(r.pages) || !r.settings) throw new UsageError(`Report ${i + 1} is not a caremode-audit JSON report.`);
    if (r.tool.version !== first.tool.version || r.axeVersion !== first.axeVersion) throw new UsageError(`The reports come from different versions of caremode-audit or axe-core (${first.tool.version}/${first.axeVersion} and ${r.tool.version}/${r.axeVersion}).`);
    if (same(r) !== same(first)) throw new UsageError(`The reports were made with different settings: ${same(first)} and ${same(r)}.`);
    if ((r.baseline?.file ?? null) !== (first.baseline?.file ?? null)) throw new UsageError('The reports were compared with different baselines (or only some with one).');
  }
  /** @type {Map<string, import('./page-audit.js').PageResult>} */
  const pages = new Map();
  for (const r of reports) {
    for (const page of r.pages) {
      if (pages.has(page.id)) throw new UsageError(`${page.id} is in more than one report: merge the reports of one run's shards, each once.`);
      pages.set(page.id, page);
    }
  }
  const sorted = [...pages.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  /** @type {Map<string, import('./baseline.js').BaselineEntry>} */
  const entries = new Map();
  for (const r of reports) for (const { status: _s, ...entry } of r.baseline?.entries ?? []) entries.set(entry.fingerprint, entry);
  /** @type {Map<string, import('./ignores.js').Ignore>} */
  const expired = new Map();
  for (const r of reports) for (const i of r.expiredIgnores ?? []) expired.set(JSON.stringify(i), i);
  const { shard: _shard, baseline: _file, ...settings } = first.settings;
  return assembleReport({
    tool: first.tool,
    axeVersion: first.axeVersion,
    settings,
    pages: sorted,
    ...(first.baseline ? { baseline: { file: first.baseline.file, entries: [...entries.values()] } } : {}),
    ignores: reports.some((r) => r.summary && 'ignored' in r.summary),
    expiredIgnores: [...expired.values()],
  });
}

/**
 * Reads JSON reports from files.
 * @param {string[]} files
 * @param {string} cwd
 */
export async function readReports(files, cwd) {
  return Promise.all(
    files.map(async (file) => {
      let text;
      try {
        text = await readFile(resolve(cwd, file), 'utf8');
      } catch {
        throw new UsageError(`Report not found: ${file}`);
      }
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new UsageError(`${file} is not a JSON report (write shards with --format json): ${/** @type {Error} */ (error).message}`);
      }
    }),
  );
}
