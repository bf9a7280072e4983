import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** WCAG 2.2 A and AA, plus AAA contrast (7:1) and target size, as REQUIREMENTS.md asks. */
export const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
  rules: {
    'color-contrast-enhanced': { enabled: true },
    'target-size': { enabled: true },
  },
  resultTypes: ['violations'],
};

// axe runs one audit at a time per page.
let queue: Promise<unknown> = Promise.resolve();

export function runAxe(context: Element | Document = document): Promise<AxeResults> {
  const run = queue.then(() => window.axe.run(context, axeOptions));
  queue = run.catch(() => undefined);
  return run;
}

/** One line per violation and element, for assertion messages a person can act on. */
export function formatViolations(violations: Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `  [${v.id}] ${v.help}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`))
    .join('\n');
}
