// @caremode/audit: the API behind `caremode-audit`.
// The types below are what users of the API name in their own code (the .d.ts is emitted from
// this JSDoc by tsconfig.json).
/**
 * @typedef {import('./options.js').AuditOptions} AuditOptions
 * @typedef {import('./audit.js').AuditReport} AuditReport
 * @typedef {import('./page-audit.js').PageResult} PageResult
 * @typedef {import('./page-audit.js').PageRun} PageRun
 * @typedef {import('./page-audit.js').PageFailure} PageFailure
 * @typedef {import('./page-audit.js').AxeResult} AxeResult
 * @typedef {import('./page-audit.js').AxeNode} AxeNode
 * @typedef {import('./results.js').Finding} Finding
 * @typedef {import('./targets.js').PageTarget} PageTarget
 * @typedef {import('./actions.js').PageAction} PageAction
 * @typedef {import('./baseline.js').BaselineEntry} BaselineEntry
 * @typedef {import('./baseline.js').BaselineComparison} BaselineComparison
 * @typedef {import('./ignores.js').Ignore} Ignore
 * @typedef {import('./browser/elder-rules.js').ElderNumbers} ElderNumbers
 */
export { audit, version } from './audit.js';
export { main } from './cli.js';
export { exitCodes, UsageError, BrowserError, TargetError } from './exit-codes.js';
export { findChrome, launchChrome, chromeArgs } from './chrome.js';
export { resolveTargets } from './targets.js';
export { findings, summarize, impacts } from './results.js';
export { viewports } from './page-audit.js';
export { reporters, textReport, jsonReport, junitReport, sarifReport, htmlReport, markdownReport, gitlabReport } from './reporters/index.js';
export { readBaseline, writeBaseline, entriesOf as baselineEntries, compareBaseline, updatedBaseline } from './baseline.js';
export { mergeReports } from './merge.js';
export { elderRuleIds, passRuleIds, elderNumbers, installElderRules } from './browser/elder-rules.js';
export { axeRunOptions, auditTags } from './browser/run-options.js';
