import { exitCodes } from './exit-codes.js';

/** axe's impacts, least to most severe. */
export const impacts = /** @type {const} */ (['minor', 'moderate', 'serious', 'critical']);

/** @param {string | null | undefined} impact */
export function impactRank(impact) {
  const rank = impacts.indexOf(/** @type {any} */ (impact));
  // axe gives every violation an impact; a rule without one is treated as the mildest.
  return rank === -1 ? 0 : rank;
}

/**
 * Sets the impact the configuration chose for a rule on its results and their elements.
 * @param {import('./page-audit.js').PageResult[]} pages
 * @param {Record<string, string>} impactOf rule id -> impact
 */
export function applyImpacts(pages, impactOf) {
  if (!Object.keys(impactOf).length) return pages;
  const retag = (/** @type {import('./page-audit.js').AxeResult} */ r) =>
    impactOf[r.id] ? { ...r, impact: impactOf[r.id], nodes: r.nodes.map((n) => ({ ...n, impact: impactOf[r.id] })) } : r;
  return pages.map((p) => ({ ...p, runs: p.runs.map((run) => ({ ...run, violations: run.violations.map(retag), incomplete: run.incomplete.map(retag) })) }));
}

/**
 * @typedef {object} Finding one element failing one rule on one page, in any of the runs
 * @property {string} page
 * @property {Omit<import('./page-audit.js').AxeResult, 'nodes'>} rule the rule's result, its nodes left out
 * @property {string[]} target
 * @property {string} html
 * @property {string} impact the most severe impact it had in any run
 * @property {{ mode: string, viewport: string, failureSummary: string }[]} runs
 * @property {{ reason: string, until?: string }} [ignored] the config's ignore that covers it
 */

/**
 * The distinct findings of a report: an element that fails a rule in several modes or
 * viewports is one finding, listing each run.
 * @param {import('./page-audit.js').PageResult[]} pages
 * @param {'violations' | 'incomplete' | 'ignored'} type
 * @returns {Finding[]}
 */
export function findings(pages, type) {
  /** @type {Map<string, Finding>} */
  const found = new Map();
  for (const page of pages) {
    for (const run of page.runs) {
      for (const result of run[type] ?? []) {
        for (const node of result.nodes) {
          const key = JSON.stringify([page.id, result.id, node.target]);
          let finding = found.get(key);
          if (!finding) {
            const { nodes, ...rule } = result;
            finding = { page: page.id, rule, target: node.target, html: node.html, impact: node.impact ?? result.impact ?? 'minor', runs: [], ...(node.ignored ? { ignored: node.ignored } : {}) };
            found.set(key, finding);
          }
          const impact = node.impact ?? result.impact ?? 'minor';
          if (impactRank(impact) > impactRank(finding.impact)) finding.impact = impact;
          finding.runs.push({ mode: run.mode, viewport: run.viewport, failureSummary: node.failureSummary });
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * @param {import('./page-audit.js').PageResult[]} pages
 * @param {{ failOn: string, threshold: number }} gate
 * @param {{ isNew?: (finding: Finding) => boolean, withIgnored?: boolean }} [extra] with a
 *   baseline, only new violations are counted
 */
export function summarize(pages, gate, extra = {}) {
  const violations = findings(pages, 'violations');
  const counted = violations.filter((f) => impactRank(f.impact) >= impactRank(gate.failOn) && (!extra.isNew || extra.isNew(f))).length;
  const failed = pages.filter((p) => p.status === 'failed').length;
  const redirects = pages.filter((p) => p.status === 'redirect').length;
  // A page that could not be audited makes the whole result unknown: that outranks violations.
  const exitCode = failed ? exitCodes.pageFailed : counted > gate.threshold ? exitCodes.violations : exitCodes.pass;
  return {
    pages: pages.length,
    audited: pages.length - failed,
    failed,
    // Only when there are some, so reports of sites without redirects keep their shape.
    ...(redirects ? { redirects } : {}),
    violations: violations.length,
    counted,
    needsReview: findings(pages, 'incomplete').length,
    ...(extra.withIgnored ? { ignored: findings(pages, 'ignored').length } : {}),
    passed: exitCode === exitCodes.pass,
    exitCode,
  };
}
