import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { statusOfFindings } from '../baseline.js';
import { findings } from '../results.js';
import { runsByMessage, targetText } from './shared.js';

/** @type {Record<string, string>} */
const LEVEL = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'note' };

/**
 * SARIF 2.1.0, for GitHub code scanning and other static-analysis views. Each element that
 * breaks a rule on a page is one result; a local file is its location (with the line of the
 * element when it is found in the file), a URL otherwise. Items needing review are results
 * of kind "review". Pages that could not be audited are tool notifications.
 * @param {import('../audit.js').AuditReport} report
 * @param {{ cwd?: string }} [options]
 */
export function sarifReport(report, options = {}) {
  const violations = findings(report.pages, 'violations');
  const review = findings(report.pages, 'incomplete');
  const status = statusOfFindings(report);
  /** @type {Map<string, any>} */
  const rules = new Map();
  for (const f of [...violations, ...review]) if (!rules.has(f.rule.id)) rules.set(f.rule.id, f.rule);
  const ruleIds = [...rules.keys()].sort();
  const pages = new Map(report.pages.map((p) => [p.id, p]));
  /** @type {Map<string, string>} */
  const sources = new Map();

  const location = (/** @type {string} */ pageId, /** @type {string} */ html, /** @type {string[] | null} */ target) => {
    const page = pages.get(pageId);
    /** @type {{ artifactLocation: { uri: string }, region?: { startLine: number } }} */
    const physical = { artifactLocation: { uri: page?.story?.importPath ? page.story.importPath.replace(/^\.\//, '') : page?.file && page.kind === 'file' ? page.file : page?.url ?? pageId } };
    if (page?.kind === 'file' && page.file) {
      const line = lineOf(sources, page.file, options.cwd, html);
      if (line) physical.region = { startLine: line };
    }
    return { physicalLocation: physical, ...(target ? { logicalLocations: [{ fullyQualifiedName: targetText(target), kind: 'element' }] } : {}) };
  };

  const result = (/** @type {import('../results.js').Finding} */ f, /** @type {'fail' | 'review'} */ kind) => ({
    ruleId: f.rule.id,
    ruleIndex: ruleIds.indexOf(f.rule.id),
    ...(kind === 'fail' ? { level: LEVEL[f.impact] ?? 'warning' } : { kind: 'review', level: 'none' }),
    message: {
      text: runsByMessage(f)
        .map(({ runs, fix }) => `${fix.join(' ')} (${runs.join(', ')})`)
        .join(' '),
    },
    locations: [location(f.page, f.html, f.target)],
    partialFingerprints: { 'caremodeAudit/v1': createHash('sha256').update(JSON.stringify([f.page, f.rule.id, f.target])).digest('hex').slice(0, 32) },
    // With a baseline, code scanning shows which results this change brought in.
    ...(kind === 'fail' && status ? { baselineState: status(f) === 'new' ? 'new' : 'unchanged' } : {}),
    properties: { impact: f.impact, page: f.page, html: f.html, runs: f.runs.map((r) => `${r.mode}/${r.viewport}`) },
  });

  const failed = report.pages.filter((p) => p.status === 'failed');
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'caremode-audit',
            version: report.tool.version,
            informationUri: 'https://www.npmjs.com/package/@caremode/audit',
            rules: ruleIds.map((id) => {
              const rule = rules.get(id);
              return {
                id,
                name: id,
                shortDescription: { text: rule.help },
                fullDescription: { text: rule.description },
                helpUri: rule.helpUrl,
                help: { text: `${rule.description}. ${rule.helpUrl}` },
                defaultConfiguration: { level: LEVEL[rule.impact] ?? 'warning' },
                properties: { tags: rule.tags },
              };
            }),
          },
        },
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            toolExecutionNotifications: [
              ...failed.map((p) => ({
                level: 'error',
                message: { text: `${p.id} could not be audited: ${p.error?.kind}: ${p.error?.message}` },
                locations: [location(p.id, '', null)],
              })),
              ...report.pages
                .filter((p) => p.status === 'redirect')
                .map((p) => ({ level: 'note', message: { text: `${p.id} redirects at once to ${p.redirectTo}` }, locations: [location(p.id, '', null)] })),
            ],
          },
        ],
        results: [...violations.map((f) => result(f, 'fail')), ...review.map((f) => result(f, 'review'))],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * The line where an element's opening tag first appears in its file, if it can be found.
 * @param {Map<string, string>} cache
 * @param {string} file
 * @param {string | undefined} cwd
 * @param {string} html
 */
function lineOf(cache, file, cwd, html) {
  if (!cache.has(file)) {
    try {
      cache.set(file, readFileSync(resolve(cwd ?? process.cwd(), file), 'utf8'));
    } catch {
      cache.set(file, '');
    }
  }
  const source = cache.get(file);
  const tag = /^<[^>]*>/.exec(html)?.[0];
  if (!source || !tag) return 0;
  const at = source.indexOf(tag);
  return at === -1 ? 0 : source.slice(0, at).split('\n').length;
}
