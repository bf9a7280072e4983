import { statusOfFindings } from '../baseline.js';
import { byRule, plural, targetText } from './shared.js';

/** How reports name a violation's baseline status. */
export const statusWords = Object.freeze({ new: 'new', present: 'still present', fixed: 'fixed', 'not-checked': 'not checked' });

/**
 * For a report with a baseline: a finding's status word ("new", "still present"), else undefined.
 * @param {import('../audit.js').AuditReport} report
 * @returns {(finding: import('../results.js').Finding) => string | undefined}
 */
export function statusLabel(report) {
  const of = statusOfFindings(report);
  return (f) => (of ? statusWords[of(f)] : undefined);
}

/**
 * `Baseline b.json: 1 new, 39 still present, 1 fixed, 2 not checked.`
 * @param {import('../audit.js').AuditReport} report
 */
export function baselineLine(report) {
  const b = report.baseline;
  if (!b) return '';
  return `Baseline ${b.file}: ${b.counts.new} new, ${b.counts.present} still present, ${b.counts.fixed} fixed, ${b.counts.notChecked} not checked.`;
}

/**
 * Baseline entries with one status, grouped by page: [[page, entries]].
 * @param {import('../audit.js').AuditReport} report
 * @param {'fixed' | 'not-checked' | 'present'} status
 */
export function entriesByPage(report, status) {
  /** @type {Map<string, import('../baseline.js').BaselineComparison['entries']>} */
  const pages = new Map();
  for (const e of report.baseline?.entries ?? []) {
    if (e.status !== status) continue;
    const list = pages.get(e.page) ?? [];
    list.push(e);
    pages.set(e.page, list);
  }
  return [...pages];
}

/**
 * Text lines for the ignored violations, the fixed and the not-checked baseline entries, and
 * ignores that have expired.
 * @param {import('../audit.js').AuditReport} report
 */
export function extraTextLines(report) {
  const out = [];
  const ignored = byRule(report.pages, 'ignored');
  if (ignored.length) {
    out.push('', 'Ignored by the config (listed, not counted)');
    for (const { rule, pages } of ignored) {
      for (const [page, list] of pages) {
        for (const f of list) out.push(`  ~ ${rule.id} on ${page}: ${targetText(f.target)}`, `      reason: ${f.ignored?.reason}${f.ignored?.until ? ` (until ${f.ignored.until})` : ''}`);
      }
    }
  }
  for (const i of report.expiredIgnores ?? []) out.push('', `Expired ignore (no longer applied since ${i.until}): ${i.rule}${i.pages ? ` on ${i.pages.join(', ')}` : ''}${i.selector ? ` at ${i.selector}` : ''}: ${i.reason}`);
  for (const [status, title] of /** @type {const} */ ([
    ['fixed', 'Fixed since the baseline (page audited, violation gone)'],
    ['not-checked', 'Not checked (baseline entries on pages this run did not audit)'],
  ])) {
    const groups = entriesByPage(report, status);
    if (!groups.length) continue;
    out.push('', `${title}: ${plural(groups.reduce((n, [, l]) => n + l.length, 0), 'entry').replace(/entrys$/, 'entries')}`);
    for (const [page, list] of groups) {
      out.push(`  ${page}`);
      for (const e of list) out.push(`    ${status === 'fixed' ? '+' : '.'} ${e.rule}: ${e.target}`);
    }
  }
  return out;
}
