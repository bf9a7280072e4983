// The GitHub Action's entry point: runs the audit once (as JSON), then writes the SARIF file,
// the job summary, annotations and step outputs from that one report.
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from '../lib/cli.js';
import { statusOfFindings } from '../lib/baseline.js';
import { findings, impactRank } from '../lib/results.js';
import { markdownReport } from '../lib/reporters/markdown.js';
import { sarifReport } from '../lib/reporters/sarif.js';
import { targetText } from '../lib/reporters/shared.js';
import { sourceOf } from '../lib/reporters/source-files.js';

/** Annotations shown at most; GitHub shows only the first few per step anyway. */
const MAX_ANNOTATIONS = 50;

const env = process.env;
const cwd = env.GITHUB_WORKSPACE || process.cwd();
const targets = (env.INPUT_TARGETS ?? '').split(/\s+/).filter(Boolean);
const extra = splitArgs(env.INPUT_ARGS ?? '');
const sarifPath = resolve(cwd, env.INPUT_SARIF || 'caremode-audit.sarif');
const work = await mkdtemp(join(tmpdir(), 'caremode-audit-'));
const jsonPath = join(work, 'report.json');

const code = await main([...targets, ...extra, '--format', 'json', '--output', jsonPath, '--quiet'], { cwd });
let report;
try {
  report = JSON.parse(await readFile(jsonPath, 'utf8'));
} catch {
  // Usage errors and a missing browser write no report; main() has said why on stderr.
  await rm(work, { recursive: true, force: true });
  await output({ 'exit-code': code });
  // exitCode, not exit(): stdout to a pipe is written asynchronously and exit() would cut it.
  process.exitCode = code;
}
if (report) await finish(report);

/** @param {any} report */
async function finish(report) {
  await rm(work, { recursive: true, force: true });

  await mkdir(dirname(sarifPath), { recursive: true });
  await writeFile(sarifPath, sarifReport(report, { cwd }));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, markdownReport(report));

  const status = statusOfFindings(report);
  const pages = new Map(report.pages.map((/** @type {any} */ p) => [p.id, p]));
  const fresh = findings(report.pages, 'violations').filter((f) => !status || status(f) === 'new');
  for (const f of fresh.slice(0, MAX_ANNOTATIONS)) {
    const source = sourceOf(pages.get(f.page), f.html, cwd);
    const level = impactRank(f.impact) >= impactRank(report.settings.failOn) ? 'error' : 'warning';
    const where = /^https?:/.test(source.path) ? '' : `file=${property(source.path)},${source.line ? `line=${source.line},` : ''}`;
    process.stdout.write(`::${level} ${where}title=${property(`${f.rule.id} (${f.impact})`)}::${data(`${f.rule.help}: ${targetText(f.target)} on ${f.page}`)}\n`);
  }
  for (const p of report.pages.filter((/** @type {any} */ p) => p.status === 'failed')) {
    process.stdout.write(`::error title=${property('Page not audited')}::${data(`${p.id}: ${p.error?.kind}: ${p.error?.message}`)}\n`);
  }
  await output({
    'exit-code': code,
    new: report.baseline ? report.baseline.counts.new : report.summary.violations,
    fixed: report.baseline ? report.baseline.counts.fixed : 0,
    sarif: sarifPath,
  });
  process.stdout.write(`caremode-audit exited ${code}; SARIF written to ${sarifPath}\n`);
  process.exitCode = env.INPUT_FAIL === 'false' ? 0 : code;
}

/** @param {Record<string, string | number>} values */
async function output(values) {
  if (!env.GITHUB_OUTPUT) return;
  await appendFile(env.GITHUB_OUTPUT, Object.entries(values).map(([k, v]) => `${k}=${v}\n`).join(''));
}

/** Workflow-command escaping for a message. @param {string} text */
function data(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command escaping for a property value. @param {string} text */
function property(text) {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Splits `args` as a shell would for plain words and quoted strings.
 * @param {string} text
 */
function splitArgs(text) {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
