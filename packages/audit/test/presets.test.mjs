// --standard chooses the rule set: the elder pack only runs in the default, `elder`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeRunOptions } from '../lib/browser/run-options.js';
import { standards } from '../lib/presets.js';
import { runCli } from './helpers.mjs';

const page = 'test/fixtures/site/apply/index.html';
const fast = ['--mode', 'default', '--viewport', 'phone', '--format', 'json'];
const ruleIds = (/** @type {any} */ report) => [...new Set(report.pages.flatMap((/** @type {any} */ p) => p.runs.flatMap((/** @type {any} */ r) => r.violations.map((/** @type {any} */ v) => v.id))))].sort();

describe('--standard', { concurrency: 2 }, () => {
  test('the default is the elder pack on WCAG 2.2 AA; wcag21aa leaves the elder rules out', async () => {
    const [elder, wcag21] = await Promise.all([runCli([page, ...fast]), runCli([page, ...fast, '--standard', 'wcag21aa'])]);
    assert.equal(elder.code, 1, elder.stderr);
    assert.ok(ruleIds(JSON.parse(elder.stdout)).includes('caremode-placeholder-label'));
    assert.equal(JSON.parse(elder.stdout).settings.standard, undefined);
    const report = JSON.parse(wcag21.stdout);
    assert.equal(report.settings.standard, 'wcag21aa');
    assert.deepEqual(ruleIds(report).filter((id) => id.startsWith('caremode-')), []);
  });

  test('an unknown standard is a usage error', async () => {
    const { code, stderr } = await runCli([page, '--standard', 'wcag3']);
    assert.equal(code, 2);
    assert.match(stderr, /"standard" must be one of elder, wcag22aa, wcag21aa, en301549, not "wcag3"/);
  });
});

test('each standard maps to its axe tags', () => {
  const tags = (/** @type {string} */ name) => axeRunOptions({ tags: standards[name].tags, extra: standards[name].extraRules }).runOnly.values;
  assert.deepEqual(tags('elder'), axeRunOptions().runOnly.values);
  assert.ok(tags('elder').includes('caremode'));
  assert.ok(tags('wcag22aa').includes('wcag22aa') && !tags('wcag22aa').includes('caremode'));
  assert.ok(!tags('wcag21aa').includes('wcag22aa'));
  assert.ok(tags('en301549').includes('EN-301-549'));
  assert.deepEqual(Object.keys(axeRunOptions({ extra: [] }).rules), []);
  assert.deepEqual(Object.keys(axeRunOptions().rules), ['color-contrast-enhanced', 'target-size']);
});
