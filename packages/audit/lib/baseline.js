import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from './exit-codes.js';
import { fingerprintFindings, pagePath } from './fingerprint.js';
import { findings } from './results.js';

/**
 * One known violation in a baseline file. Modes and viewports are recorded, not keyed: an
 * element failing in several of them is one violation.
 * @typedef {object} BaselineEntry
 * @property {string} fingerprint
 * @property {string} impact
 * @property {string[]} modes
 * @property {string} page the page's path without its origin
 * @property {string} rule
 * @property {string} target the element, without positions that move when siblings change
 * @property {string[]} viewports
 */

/**
 * How the run compares with the baseline. `present`: still there; `fixed`: the page was
 * audited (in a mode and viewport the entry had) and the violation is gone; `not-checked`:
 * the page was not audited in this run (another shard, excluded, could not be audited).
 * @typedef {object} BaselineComparison
 * @property {string} file
 * @property {{ new: number, present: number, fixed: number, notChecked: number }} counts
 * @property {(BaselineEntry & { status: 'present' | 'fixed' | 'not-checked' })[]} entries
 * @property {string[]} new fingerprints of the violations the baseline does not hold
 */

/**
 * Reads a baseline file; a missing file is an empty baseline when `allowMissing`.
 * @param {string} file
 * @param {{ allowMissing?: boolean, label?: string }} [options]
 * @returns {Promise<BaselineEntry[]>}
 */
export async function readBaseline(file, options = {}) {
  const label = options.label ?? file;
  if (!existsSync(file)) {
    if (options.allowMissing) return [];
    throw new UsageError(`Baseline file not found: ${label} (create it with --update-baseline --accept-new).`);
  }
  let data;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${label} is not valid JSON: ${/** @type {Error} */ (error).message}`);
  }
  if (!data || data.version !== 1 || !Array.isArray(data.entries)) throw new UsageError(`${label} is not a caremode-audit baseline (version 1, with "entries").`);
  for (const [i, e] of data.entries.entries()) {
    if (!e || typeof e.fingerprint !== 'string' || typeof e.rule !== 'string' || typeof e.page !== 'string') {
      throw new UsageError(`${label}: entries[${i}] needs "fingerprint", "rule" and "page".`);
    }
  }
  return data.entries;
}

/**
 * The violations of a run as baseline entries.
 * @param {import('./page-audit.js').PageResult[]} pages
 * @returns {BaselineEntry[]}
 */
export function entriesOf(pages) {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const found = findings(pages, 'violations');
  const prints = fingerprintFindings(found, byId);
  return found.map((f) => {
    const { fingerprint, path, target } = /** @type {{ fingerprint: string, path: string, target: string }} */ (prints.get(f));
    return {
      fingerprint,
      impact: f.impact,
      modes: [...new Set(f.runs.map((r) => r.mode))].sort(),
      page: path,
      rule: f.rule.id,
      target,
      viewports: [...new Set(f.runs.map((r) => r.viewport))].sort(),
    };
  });
}

/**
 * Compares a run with a baseline.
 * @param {import('./page-audit.js').PageResult[]} pages
 * @param {BaselineEntry[]} baseline
 * @param {{ modes: string[], viewports: string[] }} settings
 * @param {string} file as the report names it
 * @returns {BaselineComparison}
 */
export function compareBaseline(pages, baseline, settings, file) {
  const current = entriesOf(pages);
  const now = new Set(current.map((e) => e.fingerprint));
  const known = new Set(baseline.map((e) => e.fingerprint));
  const audited = new Set(pages.filter((p) => p.status === 'audited').map(pagePath));
  const entries = sortEntries(baseline).map((e) => {
    const covered = audited.has(e.page) && (e.modes ?? []).some((m) => settings.modes.includes(m)) && (e.viewports ?? []).some((v) => settings.viewports.includes(v));
    const status = /** @type {'present' | 'fixed' | 'not-checked'} */ (now.has(e.fingerprint) ? 'present' : covered ? 'fixed' : 'not-checked');
    return { ...e, status };
  });
  const fresh = current.filter((e) => !known.has(e.fingerprint)).map((e) => e.fingerprint);
  const count = (/** @type {string} */ s) => entries.filter((e) => e.status === s).length;
  return { file, counts: { new: fresh.length, present: count('present'), fixed: count('fixed'), notChecked: count('not-checked') }, entries, new: fresh };
}

/**
 * The baseline after this run: fixed entries pruned, entries still present refreshed, entries
 * not checked kept as they were, and the new violations added only when `acceptNew`.
 * @param {import('./page-audit.js').PageResult[]} pages
 * @param {BaselineEntry[]} baseline
 * @param {{ modes: string[], viewports: string[] }} settings
 * @param {{ acceptNew?: boolean }} options
 */
export function updatedBaseline(pages, baseline, settings, options) {
  const compared = compareBaseline(pages, baseline, settings, '');
  const current = new Map(entriesOf(pages).map((e) => [e.fingerprint, e]));
  /** @type {BaselineEntry[]} */
  const kept = [];
  for (const { status, ...entry } of compared.entries) {
    if (status === 'present') kept.push(/** @type {BaselineEntry} */ (current.get(entry.fingerprint)));
    else if (status === 'not-checked') kept.push(entry);
  }
  if (options.acceptNew) for (const fp of compared.new) kept.push(/** @type {BaselineEntry} */ (current.get(fp)));
  return sortEntries(kept);
}

/**
 * Writes a baseline as sorted JSON, one key a line, so changes review well in a pull request.
 * @param {string} file
 * @param {BaselineEntry[]} entries
 */
export async function writeBaseline(file, entries) {
  const data = { version: 1, tool: 'caremode-audit', entries: sortEntries(entries).map(sortedKeys) };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** @param {BaselineEntry[]} entries */
function sortEntries(entries) {
  const key = (/** @type {BaselineEntry} */ e) => [e.page, e.rule, e.target ?? '', e.fingerprint];
  return [...entries].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
}

/** @param {Record<string, any>} entry */
function sortedKeys(entry) {
  return Object.fromEntries(Object.keys(entry).sort().map((k) => [k, entry[k]]));
}

/**
 * The baseline status of each violation in a report, or undefined without a baseline.
 * @param {{ pages: import('./page-audit.js').PageResult[], baseline?: BaselineComparison }} report
 * @returns {((finding: import('./results.js').Finding) => 'new' | 'present') | undefined}
 */
export function statusOfFindings(report) {
  if (!report.baseline) return undefined;
  const fresh = new Set(report.baseline.new);
  const byId = new Map(report.pages.map((p) => [p.id, p]));
  const found = findings(report.pages, 'violations');
  const prints = fingerprintFindings(found, byId);
  /** @type {Map<string, 'new' | 'present'>} */
  const status = new Map();
  for (const [f, { fingerprint }] of prints) status.set(JSON.stringify([f.page, f.rule.id, f.target]), fresh.has(fingerprint) ? 'new' : 'present');
  return (f) => status.get(JSON.stringify([f.page, f.rule.id, f.target])) ?? 'new';
}
