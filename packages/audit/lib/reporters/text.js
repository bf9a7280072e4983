import { impactRank } from '../results.js';
import { baselineLine, extraTextLines, statusLabel } from './baseline-notes.js';
import { byRule, plural, runsByMessage, targetText } from './shared.js';

/**
 * A report for people: each rule broken, the elements that break it and how to fix them.
 * @param {import('../audit.js').AuditReport} report
 */
export function textReport(report) {
  const { settings, summary } = report;
  const out = [];
  out.push(`caremode-audit ${report.tool.version} (axe-core ${report.axeVersion})`);
  out.push(
    `${plural(summary.pages, 'page')}; modes: ${settings.modes.join(', ')}; viewports: ${settings.viewports.join(', ')}; fail on: ${settings.failOn} and above; threshold: ${settings.threshold}` +
      (settings.shard ? `; shard ${settings.shard}` : '') +
      (settings.standard ? `; standard: ${settings.standard}` : ''),
  );

  const violations = byRule(report.pages, 'violations');
  const counted = violations.filter((r) => impactRank(r.impact) >= impactRank(settings.failOn));
  const below = violations.filter((r) => impactRank(r.impact) < impactRank(settings.failOn));
  const status = statusLabel(report);
  section(out, 'Violations', counted, 'x', status);
  section(out, `Below the --fail-on level (${settings.failOn}), not counted`, below, '-', status);
  section(out, 'Needs review (check by hand, never counted)', byRule(report.pages, 'incomplete'), '?');
  out.push(...extraTextLines(report));

  const failed = report.pages.filter((p) => p.status === 'failed');
  if (failed.length) {
    out.push('', 'Pages that could not be audited');
    for (const page of failed) out.push(`  ! ${page.id}`, `      ${page.error?.kind}: ${page.error?.message}`);
  }

  const redirects = report.pages.filter((p) => p.status === 'redirect');
  if (redirects.length) {
    out.push('', 'Pages that redirect at once (audited: nothing on them to check)');
    for (const page of redirects) out.push(`  > ${page.id}`, `      redirects to ${page.redirectTo}`);
  }

  out.push('');
  const verdict = summary.exitCode === 0 ? 'PASS' : summary.exitCode === 1 ? 'FAIL' : 'INCOMPLETE';
  out.push(
    `${verdict}: ${plural(summary.counted, 'violation')} at ${settings.failOn} or above (threshold ${settings.threshold}), ` +
      `${summary.violations - summary.counted} below, ${summary.needsReview} to review; ` +
      `${summary.audited} of ${plural(summary.pages, 'page')} audited${summary.redirects ? ` (${plural(summary.redirects, 'redirect')})` : ''}${summary.failed ? `, ${summary.failed} could not be` : ''}.`,
  );
  if (report.baseline) out.push(baselineLine(report));
  if (summary.ignored) out.push(`${plural(summary.ignored, 'violation')} ignored by the config.`);
  return `${out.join('\n')}\n`;
}

/**
 * @param {string[]} out
 * @param {string} title
 * @param {ReturnType<typeof byRule>} rules
 * @param {string} mark
 * @param {(finding: import('../results.js').Finding) => string | undefined} [status]
 */
function section(out, title, rules, mark, status) {
  if (!rules.length) return;
  out.push('', title);
  for (const { rule, impact, pages } of rules) {
    const elements = [...pages.values()].reduce((n, list) => n + list.length, 0);
    out.push('', `${mark} ${rule.id} (${impact}): ${rule.help}`);
    out.push(`  ${plural(elements, 'element')} on ${plural(pages.size, 'page')}. More: ${rule.helpUrl}`);
    for (const [page, list] of pages) {
      out.push(`  ${page}`);
      for (const finding of list) {
        const said = status?.(finding);
        out.push(`    ${targetText(finding.target)}${said ? `  [${said}]` : ''}`);
        out.push(`      ${oneLine(finding.html)}`);
        for (const { runs, fix } of runsByMessage(finding)) {
          out.push(`      in ${runs.join(', ')}:`);
          for (const line of fix) out.push(`        ${line}`);
        }
      }
    }
  }
}

/** @param {string} html */
function oneLine(html) {
  const text = html.replace(/\s+/g, ' ').trim();
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
