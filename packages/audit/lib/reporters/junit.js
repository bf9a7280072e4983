import { statusOfFindings } from '../baseline.js';
import { impactRank } from '../results.js';
import { baselineLine, extraTextLines } from './baseline-notes.js';
import { fixText, plural, runName, targetText } from './shared.js';

/**
 * JUnit XML, as GitLab, Jenkins and most CI test views read it: a test suite per page and a
 * test case per mode and viewport. A case fails when it has violations at or above the
 * --fail-on level; a page that could not be audited is one case with an error.
 * @param {import('../audit.js').AuditReport} report
 */
export function junitReport(report) {
  const { failOn } = report.settings;
  const status = statusOfFindings(report);
  const suites = report.pages.map((page) => {
    if (page.status === 'failed') {
      const body = `    <testcase classname="${attr(page.id)}" name="load">\n      <error type="${attr(page.error?.kind ?? 'error')}" message="${attr(page.error?.message ?? '')}"/>\n    </testcase>`;
      return { page, tests: 1, failures: 0, errors: 1, body };
    }
    if (page.status === 'redirect') {
      const body = `    <testcase classname="${attr(page.id)}" name="load">\n      <system-out>${text(`Redirects at once to ${page.redirectTo}`)}</system-out>\n    </testcase>`;
      return { page, tests: 1, failures: 0, errors: 0, body };
    }
    let failures = 0;
    const cases = page.runs.map((run) => {
      // With a baseline, a case fails only on new violations; those still present are noted.
      const split = (/** @type {boolean} */ fresh) =>
        run.violations
          .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !status || (status(/** @type {any} */ ({ page: page.id, rule: { id: v.id }, target: n.target })) === 'new') === fresh) }))
          .filter((v) => v.nodes.length);
      const newOnes = split(true);
      const present = status ? split(false) : [];
      const counted = newOnes.filter((v) => impactRank(v.impact) >= impactRank(failOn));
      const below = newOnes.filter((v) => impactRank(v.impact) < impactRank(failOn));
      const parts = [];
      if (counted.length) {
        failures++;
        const nodes = counted.reduce((n, v) => n + v.nodes.length, 0);
        parts.push(`      <failure type="accessibility" message="${attr(`${plural(nodes, 'violation')} of ${counted.map((v) => v.id).join(', ')}`)}">${text(describe(counted))}</failure>`);
      }
      const notes = [];
      if (below.length) notes.push(`Below ${failOn} (not counted):\n${describe(below)}`);
      if (run.incomplete.length) notes.push(`Needs review:\n${describe(run.incomplete)}`);
      if (present.length) notes.push(`Still present (in the baseline, not counted):\n${describe(present)}`);
      if (run.ignored?.length) notes.push(`Ignored by the config:\n${describe(run.ignored)}`);
      if (notes.length) parts.push(`      <system-out>${text(notes.join('\n\n'))}</system-out>`);
      const open = `    <testcase classname="${attr(page.id)}" name="${attr(runName(run))}"`;
      return parts.length ? `${open}>\n${parts.join('\n')}\n    </testcase>` : `${open}/>`;
    });
    return { page, tests: cases.length, failures, errors: 0, body: cases.join('\n') };
  });
  const total = (/** @type {'tests' | 'failures' | 'errors'} */ key) => suites.reduce((n, s) => n + s[key], 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(`<testsuites name="caremode-audit" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}">`);
  for (const suite of suites) {
    lines.push(`  <testsuite name="${attr(suite.page.id)}" tests="${suite.tests}" failures="${suite.failures}" errors="${suite.errors}" skipped="0">`);
    if (suite.body) lines.push(suite.body);
    lines.push('  </testsuite>');
  }
  const extra = extraTextLines(report);
  if (report.baseline || extra.length) {
    lines.push('  <testsuite name="caremode-audit baseline and ignores" tests="0" failures="0" errors="0" skipped="0">');
    lines.push(`    <system-out>${text([baselineLine(report), ...extra].filter(Boolean).join('\n'))}</system-out>`);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** @param {import('../page-audit.js').AxeResult[]} results */
function describe(results) {
  return results
    .map((r) =>
      [`${r.id} (${r.impact}): ${r.help}`, `  ${r.helpUrl}`, ...r.nodes.flatMap((n) => [`  ${targetText(n.target)}`, ...fixText(n.failureSummary).map((l) => `    ${l}`)])].join('\n'),
    )
    .join('\n');
}

// XML 1.0 cannot hold most control characters at all, escaped or not.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** @param {unknown} value */
function text(value) {
  return String(value).replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** @param {unknown} value */
function attr(value) {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
