// @caremode/audit: the API behind `caremode-audit`.
export { audit, version } from './audit.js';
export { main } from './cli.js';
export { exitCodes, UsageError, BrowserError, TargetError } from './exit-codes.js';
export { findChrome, launchChrome, chromeArgs } from './chrome.js';
export { resolveTargets } from './targets.js';
export { findings, summarize, impacts } from './results.js';
export { viewports } from './page-audit.js';
export { reporters, textReport, jsonReport, junitReport, sarifReport, htmlReport } from './reporters/index.js';
export { elderRuleIds, passRuleIds, elderNumbers, installElderRules } from './browser/elder-rules.js';
export { axeRunOptions, auditTags } from './browser/run-options.js';
