import { findings, impactRank } from '../results.js';
import { entriesByPage, statusLabel } from './baseline-notes.js';
import { byRule, plural, targetText } from './shared.js';

/** New violations listed one by one before the list is cut, so a PR comment stays readable. */
const LISTED = 50;

/**
 * Markdown for a pull-request comment or a GitHub job summary: the verdict, a table of pages,
 * new, still present, fixed and not checked, the worst rules, then the new violations.
 * @param {import('../audit.js').AuditReport} report
 */
export function markdownReport(report) {
  const { settings, summary } = report;
  const verdict = summary.exitCode === 0 ? 'Pass' : summary.exitCode === 1 ? 'Fail' : 'Incomplete';
  const status = statusLabel(report);
  const violations = findings(report.pages, 'violations');
  const isNew = (/** @type {import('../results.js').Finding} */ f) => (status(f) ?? 'new') === 'new';
  const counted = (/** @type {import('../results.js').Finding} */ f) => impactRank(f.impact) >= impactRank(settings.failOn);
  const out = [`## caremode-audit: ${verdict}`, ''];
  const head = ['Pages audited', report.baseline ? 'New' : 'Violations', ...(report.baseline ? ['Still present', 'Fixed', 'Not checked'] : []), 'Needs review', ...(summary.ignored !== undefined ? ['Ignored'] : [])];
  const row = [
    `${summary.audited} of ${summary.pages}`,
    report.baseline ? `${report.baseline.counts.new}` : `${summary.violations}`,
    ...(report.baseline ? [`${report.baseline.counts.present}`, `${report.baseline.counts.fixed}`, `${report.baseline.counts.notChecked}`] : []),
    `${summary.needsReview}`,
    ...(summary.ignored !== undefined ? [`${summary.ignored}`] : []),
  ];
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, `| ${row.join(' | ')} |`, '');
  out.push(`${plural(summary.counted, report.baseline ? 'new violation' : 'violation')} at ${settings.failOn} or above (threshold ${settings.threshold}); modes ${settings.modes.join(', ')}; viewports ${settings.viewports.join(', ')}.`);

  const rules = byRule(report.pages, 'violations');
  if (rules.length) {
    out.push('', '### Worst rules', '', '| Rule | Impact | Elements | New | Pages |', '|---|---|---|---|---|');
    for (const { rule, impact, pages } of rules.slice(0, 10)) {
      const list = [...pages.values()].flat();
      out.push(`| [\`${rule.id}\`](${rule.helpUrl}) | ${impact} | ${list.length} | ${list.filter(isNew).length} | ${pages.size} |`);
    }
  }
  const fresh = violations.filter(isNew).sort((a, b) => impactRank(b.impact) - impactRank(a.impact));
  if (fresh.length) {
    out.push('', report.baseline ? '### New violations' : '### Violations', '');
    for (const f of fresh.slice(0, LISTED)) out.push(`- ${counted(f) ? '**' : ''}\`${f.rule.id}\`${counted(f) ? '**' : ''} (${f.impact}) on \`${f.page}\`: \`${cell(targetText(f.target))}\``);
    if (fresh.length > LISTED) out.push(`- and ${fresh.length - LISTED} more (see the full report)`);
  }
  const fixed = entriesByPage(report, 'fixed');
  if (fixed.length) {
    out.push('', '### Fixed since the baseline', '');
    for (const [page, list] of fixed) for (const e of list) out.push(`- \`${e.rule}\` on \`${page}\`: \`${cell(e.target)}\``);
  }
  const failed = report.pages.filter((p) => p.status === 'failed');
  if (failed.length) {
    out.push('', '### Pages that could not be audited', '');
    for (const p of failed) out.push(`- \`${p.id}\`: ${p.error?.kind}: ${cell(p.error?.message ?? '')}`);
  }
  return `${out.join('\n')}\n`;
}

/** @param {string} text */
function cell(text) {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}
