// A chai plugin for browser tests (web-test-runner, @open-wc/testing): runs axe-core with the
// elder rules on an element of the current page. Browser only: it never talks to Node.
//
//   import { chai } from '@open-wc/testing';
//   import { elderFriendly } from '@caremode/audit/chai';
//   chai.use(elderFriendly);
//   await expect(el).to.be.elderFriendly();
//   await expect(el).to.be.elderFriendly({ careMode: true, ignoredRules: ['color-contrast-enhanced'] });
import 'axe-core/axe.min.js';
import { requirements } from '@caremode/tokens';
import { elderNumbers, installElderRules } from './browser/elder-rules.js';
import { axeRunOptions } from './browser/run-options.js';

/**
 * @typedef {object} ElderFriendlyOptions
 * @property {boolean} [careMode] judge by care-mode numbers (60 px targets, 22 px text); left
 *   out, follows `data-care-mode="on"` on <html>
 * @property {string[]} [ignoredRules] rule ids not to run
 */

// axe runs one audit at a time per page; tests may not wait for each other.
let queue = Promise.resolve();

/**
 * Runs axe (WCAG 2.2 A/AA, 7:1 contrast, target size) and the elder rules on `element`.
 * @param {Element | Document} element
 * @param {ElderFriendlyOptions} [options]
 * @returns {Promise<import('axe-core').AxeResults>}
 */
export function auditElement(element, options = {}) {
  const axe = /** @type {any} */ (globalThis).axe;
  const run = queue.then(() => {
    installElderRules(axe, { numbers: elderNumbers(requirements), careMode: options.careMode });
    return axe.run(element, axeRunOptions({ disabled: options.ignoredRules }));
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * One paragraph per violation: rule, element, what to fix.
 * @param {import('axe-core').Result[]} violations
 */
export function formatViolations(violations) {
  return violations
    .flatMap((/** @type {any} */ v) =>
      v.nodes.map((/** @type {any} */ n) => `[${v.id}] (${v.impact}) ${v.help}\n  ${n.target.join(' ')}\n  ${String(n.failureSummary).split('\n').slice(1).join(' ').trim()}\n  ${v.helpUrl}`),
    )
    .join('\n');
}

/**
 * The plugin: `chai.use(elderFriendly)` adds `expect(el).to.be.elderFriendly(options)`, which
 * returns a promise to await.
 * @param {any} chai
 * @param {any} utils
 */
export function elderFriendly(chai, utils) {
  utils.addMethod(chai.Assertion.prototype, 'elderFriendly', function (/** @type {ElderFriendlyOptions} */ options) {
    // @ts-ignore chai's `this`
    const assertion = this;
    const element = utils.flag(assertion, 'object');
    return auditElement(element, options).then((/** @type {any} */ results) => {
      const { violations } = results;
      assertion.assert(
        violations.length === 0,
        `expected #{this} to be elder-friendly, but found:\n${formatViolations(violations)}`,
        'expected #{this} not to be elder-friendly, but found no violation',
      );
    });
  });
}

export default elderFriendly;
