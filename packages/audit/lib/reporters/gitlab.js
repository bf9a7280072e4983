import { findings } from '../results.js';
import { statusLabel } from './baseline-notes.js';
import { sourceOf } from './source-files.js';
import { targetText } from './shared.js';

/** @type {Record<string, string>} */
const SEVERITY = { critical: 'blocker', serious: 'critical', moderate: 'major', minor: 'minor' };

/**
 * GitLab Code Quality JSON (`artifacts: reports: codequality`): one issue per element and rule,
 * with the file it comes from (the HTML file, or a story's source file) and a fingerprint that
 * stays the same across runs. With a baseline, only new violations are listed, so the merge
 * request shows what it introduced.
 * @param {import('../audit.js').AuditReport} report
 * @param {{ cwd?: string }} [options]
 */
export function gitlabReport(report, options = {}) {
  const status = statusLabel(report);
  const pages = new Map(report.pages.map((p) => [p.id, p]));
  const issues = findings(report.pages, 'violations')
    .filter((f) => (status(f) ?? 'new') === 'new')
    .map((f) => {
      const source = sourceOf(pages.get(f.page), f.html, options.cwd);
      return {
        type: 'issue',
        check_name: f.rule.id,
        description: `${f.rule.help}: ${targetText(f.target)} on ${f.page} (${f.runs.map((r) => `${r.mode}/${r.viewport}`).join(', ')})`,
        categories: ['Accessibility'],
        severity: SEVERITY[f.impact] ?? 'minor',
        fingerprint: source.fingerprint(f),
        location: { path: source.path, lines: { begin: source.line || 1 } },
      };
    });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
