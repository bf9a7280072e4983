import { impactRank } from '../results.js';
import { baselineLine, extraTextLines, statusLabel } from './baseline-notes.js';
import { byRule, plural, runsByMessage, targetText } from './shared.js';

/**
 * One self-contained HTML page (no scripts, no outside files) to keep as a CI artefact. It is
 * written to pass the audit it reports: large text, large targets, 7:1 contrast.
 * @param {import('../audit.js').AuditReport} report
 */
export function htmlReport(report) {
  const { settings, summary } = report;
  const violations = byRule(report.pages, 'violations');
  const counted = violations.filter((r) => impactRank(r.impact) >= impactRank(settings.failOn));
  const below = violations.filter((r) => impactRank(r.impact) < impactRank(settings.failOn));
  const review = byRule(report.pages, 'incomplete');
  const failed = report.pages.filter((p) => p.status === 'failed');
  const redirects = report.pages.filter((p) => p.status === 'redirect');
  const status = statusLabel(report);
  const extra = extraTextLines(report);
  const verdict = summary.exitCode === 0 ? 'Pass' : summary.exitCode === 1 ? 'Fail' : 'Incomplete';

  const section = (/** @type {string} */ title, /** @type {ReturnType<typeof byRule>} */ rules) =>
    rules.length
      ? `<section><h2>${esc(title)}</h2>${rules
          .map(
            ({ rule, impact, pages }) => `
<article>
<h3><code>${esc(rule.id)}</code> (${esc(impact)}): ${esc(rule.help)}</h3>
<p>${esc(rule.description)}. <a href="${esc(rule.helpUrl)}">How to meet it</a></p>
${[...pages]
  .map(
    ([page, list]) => `<h4>${esc(page)}</h4>
<ul>${list
      .map(
        (f) => `<li><p><code>${esc(targetText(f.target))}</code>${status(f) ? ` <strong>(${esc(status(f))})</strong>` : ''}</p><pre>${esc(f.html)}</pre>${runsByMessage(f)
          .map(({ runs, fix }) => `<p><strong>${esc(runs.join(', '))}</strong>: ${esc(fix.join(' '))}</p>`)
          .join('')}</li>`,
      )
      .join('\n')}</ul>`,
  )
  .join('\n')}
</article>`,
          )
          .join('\n')}</section>`
      : '';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>caremode-audit: ${esc(verdict)}</title>
<style>
body { margin: 0 auto; padding: 16px; max-width: 60rem; font: 18px/1.6 system-ui, sans-serif; color: #1b1f24; background: #fff; overflow-wrap: anywhere; }
:root[data-care-mode="on"] body { font-size: 22px; }
h1, h2, h3, h4 { line-height: 1.3; }
h3, h4 { font-size: 1.25em; }
a { color: #0a4a99; }
code, pre { font-family: ui-monospace, monospace; font-size: 1em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f2f4f7; padding: 8px; }
article { border-top: 2px solid #5e6873; margin-top: 24px; }
li { margin-bottom: 16px; }
</style>
</head>
<body>
<main>
<h1>caremode-audit: ${esc(verdict)}</h1>
<p>${esc(plural(summary.counted, 'violation'))} at ${esc(settings.failOn)} or above (threshold ${settings.threshold}); ${summary.violations - summary.counted} below; ${summary.needsReview} to review. ${summary.audited} of ${esc(plural(summary.pages, 'page'))} audited in ${esc(settings.modes.join(' and '))} mode, ${esc(settings.viewports.join(' and '))} viewport. caremode-audit ${esc(report.tool.version)}, axe-core ${esc(report.axeVersion)}.</p>
${section('Violations', counted)}
${section(`Below ${settings.failOn}, not counted`, below)}
${section('Needs review', review)}
${report.baseline || extra.length ? `<section><h2>Baseline and ignores</h2>${report.baseline ? `<p>${esc(baselineLine(report))}</p>` : ''}<pre>${esc(extra.join('\n').trim())}</pre></section>` : ''}
${
  failed.length
    ? `<section><h2>Pages that could not be audited</h2><ul>${failed.map((p) => `<li><strong>${esc(p.id)}</strong>: ${esc(p.error?.kind ?? '')}: ${esc(p.error?.message ?? '')}</li>`).join('')}</ul></section>`
    : ''
}
${
  redirects.length
    ? `<section><h2>Pages that redirect at once</h2><ul>${redirects.map((p) => `<li><strong>${esc(p.id)}</strong> redirects to ${esc(p.redirectTo ?? '')}</li>`).join('')}</ul></section>`
    : ''
}
</main>
</body>
</html>
`;
}

/** @param {unknown} value */
function esc(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
