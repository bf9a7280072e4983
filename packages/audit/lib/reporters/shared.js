import { findings, impactRank } from '../results.js';

/**
 * An axe target as one line: frames joined by ` | `, shadow roots by ` >>> `.
 * @param {(string | string[])[]} target
 */
export function targetText(target) {
  return target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
}

/**
 * `default · phone`
 * @param {{ mode: string, viewport: string }} run
 */
export function runName(run) {
  return `${run.mode} · ${run.viewport}`;
}

/**
 * axe's failure summary without its "Fix all of the following:" line when there is one fix.
 * @param {string} summary
 */
export function fixText(summary) {
  const lines = summary.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 2 && /^Fix (all|any) of the following:$/.test(lines[0])) return [lines[1]];
  return lines;
}

/**
 * Findings grouped by rule (most severe first), then by page.
 * @param {import('../page-audit.js').PageResult[]} pages
 * @param {'violations' | 'incomplete' | 'ignored'} type
 */
export function byRule(pages, type) {
  /** @type {Map<string, { rule: import('../results.js').Finding['rule'], impact: string, pages: Map<string, import('../results.js').Finding[]> }>} */
  const rules = new Map();
  for (const finding of findings(pages, type)) {
    let entry = rules.get(finding.rule.id);
    if (!entry) rules.set(finding.rule.id, (entry = { rule: finding.rule, impact: finding.impact, pages: new Map() }));
    if (impactRank(finding.impact) > impactRank(entry.impact)) entry.impact = finding.impact;
    const list = entry.pages.get(finding.page) ?? [];
    list.push(finding);
    entry.pages.set(finding.page, list);
  }
  return [...rules.values()].sort((a, b) => impactRank(b.impact) - impactRank(a.impact) || (a.rule.id < b.rule.id ? -1 : 1));
}

/**
 * The runs of one finding grouped by identical message: [[runs, fix lines]].
 * @param {import('../results.js').Finding} finding
 */
export function runsByMessage(finding) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const run of finding.runs) {
    const names = groups.get(run.failureSummary) ?? [];
    names.push(runName(run));
    groups.set(run.failureSummary, names);
  }
  return [...groups].map(([summary, names]) => ({ runs: names, fix: fixText(summary) }));
}

/** @param {number} n @param {string} word */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
