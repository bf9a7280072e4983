// Every elder rule against a fixture it must flag and one it must pass, through the real audit:
// Chromium, axe-core and the rules injected into each page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { requirements } from '@caremode/tokens';
import { audit, launchChrome } from '../lib/index.js';
import { fixtures, packageDir, ruleIds } from './helpers.mjs';

/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {import('../lib/audit.js').AuditReport} */
let report;
const page = (name) => {
  const found = report.pages.find((p) => p.id === `test/fixtures/rules/${name}`);
  assert.ok(found, `no result for ${name}`);
  assert.equal(found.status, 'audited', `${name}: ${found.error?.message}`);
  return found;
};

before(async () => {
  browser = await launchChrome();
  // One viewport is enough to judge each rule; the clean page is also checked in both below.
  report = await audit({ targets: [join(fixtures, 'rules')], cwd: packageDir, browser, viewport: 'phone' });
});
after(() => browser?.close());

const cases = [
  ['caremode-target-size', ['target-size-fail.html'], 'target-size-pass.html'],
  ['caremode-text-size', ['text-size-fail.html'], 'text-size-pass.html'],
  ['caremode-line-height', ['line-height-fail.html'], 'line-height-pass.html'],
  ['caremode-placeholder-label', ['placeholder-label-fail.html'], 'placeholder-label-pass.html'],
  ['caremode-input-number', ['input-number-fail.html'], 'input-number-pass.html'],
  ['caremode-meta-refresh', ['meta-refresh-fail.html'], 'meta-refresh-pass.html'],
  ['caremode-autoplay', ['autoplay-fail.html'], 'autoplay-pass.html'],
  ['caremode-html-lang', ['html-lang-missing-fail.html', 'html-lang-invalid-fail.html'], 'html-lang-pass.html'],
  ['caremode-text-spacing', ['text-spacing-fail.html'], 'text-spacing-pass.html'],
  ['caremode-reflow', ['reflow-fail.html'], 'reflow-pass.html'],
  ['caremode-reduced-motion', ['reduced-motion-fail.html'], 'reduced-motion-pass.html'],
];

for (const [rule, failing, passing] of cases) {
  describe(rule, () => {
    for (const name of failing) {
      test(`flags ${name}`, () => {
        assert.ok(ruleIds(page(name)).includes(rule), `${name} broke only ${ruleIds(page(name)).join(', ') || 'nothing'}`);
      });
    }
    test(`passes ${passing}, which breaks no rule at all`, () => {
      assert.deepEqual(ruleIds(page(passing)), []);
    });
  });
}

describe('caremode-status-colour', () => {
  test('leaves a colour-only status for review, never as a violation', () => {
    const review = page('status-colour-review.html');
    assert.ok(ruleIds(review, 'incomplete').includes('caremode-status-colour'));
    assert.ok(!ruleIds(review).includes('caremode-status-colour'));
    const node = review.runs[0].incomplete.find((r) => r.id === 'caremode-status-colour')?.nodes[0];
    assert.match(node?.html ?? '', /class="status-dot"/);
    assert.match(node?.failureSummary ?? '', /red shape with no words or icon/);
  });
  test('says nothing of a status in words and an icon', () => {
    const ok = page('status-colour-pass.html');
    assert.deepEqual(ruleIds(ok), []);
    assert.ok(!ruleIds(ok, 'incomplete').includes('caremode-status-colour'));
  });
});

test('the clean page breaks nothing in either mode or viewport', async () => {
  const both = await audit({ targets: [join(fixtures, 'rules', 'clean.html')], cwd: packageDir, browser });
  const [clean] = both.pages;
  assert.deepEqual(
    clean.runs.map((r) => `${r.mode}/${r.viewport}`),
    ['default/phone', 'default/desktop', 'care/phone', 'care/desktop'],
  );
  assert.deepEqual(ruleIds(clean), []);
  assert.deepEqual(ruleIds(clean, 'incomplete'), []);
});

test('care mode judges by the care numbers of @caremode/tokens', () => {
  const mid = page('care-numbers.html');
  const inMode = (mode) => [...new Set(mid.runs.filter((r) => r.mode === mode).flatMap((r) => r.violations.map((v) => v.id)))].sort();
  assert.deepEqual(inMode('default'), []);
  assert.deepEqual(inMode('care'), ['caremode-line-height', 'caremode-target-size', 'caremode-text-size']);
  const care = mid.runs.find((r) => r.mode === 'care');
  const summary = (id) => care?.violations.find((v) => v.id === id)?.nodes[0].failureSummary ?? '';
  assert.match(summary('caremode-target-size'), new RegExp(`needs at least ${requirements.target.minPx.care} × ${requirements.target.minPx.care}`));
  assert.match(summary('caremode-text-size'), new RegExp(`needs at least ${requirements.text.bodyMinPx.care}\\b`));
  assert.match(summary('caremode-line-height'), new RegExp(`needs at least ${requirements.text.lineHeight.care}\\b`));
  assert.equal(mid.careMode, 'stylesheet');
});

test('default mode judges by the default numbers of @caremode/tokens', () => {
  const small = page('target-size-fail.html').runs.find((r) => r.mode === 'default');
  const node = small?.violations.find((v) => v.id === 'caremode-target-size')?.nodes[0];
  const min = requirements.target.minPx.default;
  assert.match(node?.failureSummary ?? '', new RegExp(`Target is 32 × 32 CSS px; default mode needs at least ${min} × ${min}`));
});

test('results come in axe-core format', () => {
  const result = page('placeholder-label-fail.html').runs[0].violations.find((v) => v.id === 'caremode-placeholder-label');
  assert.ok(result);
  assert.deepEqual(Object.keys(result).sort(), ['description', 'help', 'helpUrl', 'id', 'impact', 'nodes', 'tags']);
  assert.equal(result.impact, 'serious');
  assert.ok(result.tags.includes('caremode'));
  assert.match(result.helpUrl, /^https:\/\//);
  assert.deepEqual(result.nodes[0].target, ['#name']);
  assert.match(result.nodes[0].html, /^<input id="name"/);
  assert.match(result.nodes[0].failureSummary, /^Fix all of the following:\n {2}The placeholder is the only visible label/);
});

test('a placeholder with only an aria-label or a visually hidden label is still the only visible label', () => {
  const result = page('placeholder-label-fail.html').runs[0].violations.find((v) => v.id === 'caremode-placeholder-label');
  assert.deepEqual(result?.nodes.map((n) => n.target), [['#name'], ['#phone']]);
});

test('reflow names what makes the page scroll sideways: a wide box and text that cannot wrap', () => {
  const run = page('reflow-fail.html').runs.find((r) => r.mode === 'default');
  const nodes = run?.violations.find((v) => v.id === 'caremode-reflow')?.nodes ?? [];
  assert.deepEqual(nodes.map((n) => /class="(\w+)"/.exec(n.html)?.[1]), ['wide', 'address']);
  assert.match(nodes[0].failureSummary, /Reaches \d+ px on a 320 px wide screen/);
  assert.match(nodes[1].failureSummary, /Its text "portal\.example\.gov\/.*" cannot wrap/);
});

test('axe-core rules run alongside: WCAG A/AA failures are reported too', () => {
  assert.ok(ruleIds(page('html-lang-missing-fail.html')).includes('html-has-lang'));
  assert.ok(ruleIds(page('meta-refresh-fail.html')).includes('meta-refresh'));
});
