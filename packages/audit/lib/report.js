import { isAbsolute, relative, resolve } from 'node:path';
import { compareBaseline, readBaseline, statusOfFindings } from './baseline.js';
import { normalizeIgnores, todayOf } from './ignores.js';
import { summarize } from './results.js';

/**
 * The baseline and ignores a run was asked for, checked before any browser starts.
 * @param {{ baseline?: string, updateBaseline?: boolean, ignores?: unknown, today?: string, cwd?: string }} options
 */
export async function loadComparisons(options) {
  const ignores = normalizeIgnores(options.ignores, 'ignores');
  const today = todayOf(options.today);
  if (options.baseline !== undefined && (typeof options.baseline !== 'string' || !options.baseline)) throw new TypeError('baseline must be a file path');
  const cwd = options.cwd ?? process.cwd();
  const path = options.baseline ? resolve(cwd, options.baseline) : '';
  // Named relative to the working folder, as the shards of one run all name it the same way.
  const label = path && !relative(cwd, path).startsWith('..') && !isAbsolute(relative(cwd, path)) ? relative(cwd, path).split('\\').join('/') : path;
  const baseline = options.baseline ? { file: label, path, entries: await readBaseline(path, { allowMissing: options.updateBaseline, label }) } : undefined;
  return { ignores, today, baseline };
}

/**
 * Puts a report together from audited pages: the summary, and the comparison with the
 * baseline when there is one. `audit()` and `merge` both end here, so a merged report is the
 * report one machine would have written.
 * @param {{ tool: { name: string, version: string }, axeVersion: string, settings: import('./audit.js').AuditReport['settings'], pages: import('./page-audit.js').PageResult[],
 *   baseline?: { file: string, entries: import('./baseline.js').BaselineEntry[] }, ignores?: boolean, expiredIgnores?: import('./ignores.js').Ignore[] }} parts
 * @returns {import('./audit.js').AuditReport}
 */
export function assembleReport(parts) {
  const { settings, pages } = parts;
  const baseline = parts.baseline ? compareBaseline(pages, parts.baseline.entries, settings, parts.baseline.file) : undefined;
  const isNewOf = baseline ? statusOfFindings({ pages, baseline }) : undefined;
  const summary = summarize(pages, settings, { withIgnored: parts.ignores, ...(isNewOf ? { isNew: (f) => isNewOf(f) === 'new' } : {}) });
  return {
    tool: parts.tool,
    axeVersion: parts.axeVersion,
    settings: { ...settings, ...(baseline ? { baseline: baseline.file } : {}) },
    summary: baseline ? { ...summary, baseline: baseline.counts } : summary,
    ...(baseline ? { baseline } : {}),
    ...(parts.expiredIgnores?.length ? { expiredIgnores: parts.expiredIgnores } : {}),
    pages,
  };
}
