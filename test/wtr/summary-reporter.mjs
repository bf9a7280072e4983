import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

/**
 * Counts every test of every file and writes the totals for scripts/test.mjs. A file that
 * failed to load, or failed outside any test (a hook, an uncaught error), counts as one failure:
 * a broken file must never shrink the count silently.
 */
export function summaryReporter({ outFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, brokenFiles: [] };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals);
        const fileBroken = !session.passed && totals.failed === before;
        if (fileBroken) {
          totals.failed++;
          totals.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(totals, null, 2));
    },
  };
}
