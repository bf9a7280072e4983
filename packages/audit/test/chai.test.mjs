// The chai plugin, in a plain page of headless Chromium: the module, axe-core, the elder rules
// and the requirement numbers all load in the browser, as in a web-test-runner test.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { requirements } from '@caremode/tokens';
import { launchChrome } from '../lib/index.js';
import { serveFolder } from '../lib/static-server.js';
import { packageDir } from './helpers.mjs';

const require = createRequire(import.meta.url);
// The folder that holds node_modules: the page's import map points into it.
const root = dirname(dirname(dirname(require.resolve('axe-core/package.json'))));

let server;
let browser;
let page;
before(async () => {
  server = await serveFolder(root);
  browser = await launchChrome();
  page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/${relative(root, packageDir)}/test/fixtures/chai/index.html`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    const chai = await import('chai');
    const { elderFriendly } = await import('@caremode/audit/chai');
    chai.use(elderFriendly);
    window.expect = chai.expect;
  });
  assert.deepEqual(errors, []);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs an assertion in the page; resolves to 'passed' or the failure message. */
const check = (selector, negate, options) =>
  page.evaluate(
    async (sel, not, opts) => {
      try {
        const assertion = window.expect(document.querySelector(sel));
        await (not ? assertion.not : assertion).to.be.elderFriendly(opts ?? undefined);
        return 'passed';
      } catch (error) {
        return String(error.message);
      }
    },
    selector,
    negate,
    options ?? null,
  );

test('passes an element that breaks no rule', async () => {
  assert.equal(await check('#good', false), 'passed');
});

test('fails an element that breaks an elder rule, naming the rule, the element and the fix', async () => {
  const message = await check('#bad', false);
  assert.match(message, /^expected .* to be elder-friendly, but found:/);
  assert.match(message, /\[caremode-placeholder-label\] \(serious\)/);
  assert.match(message, /Put a <label> above the field/);
});

test('works negated', async () => {
  assert.equal(await check('#bad', true), 'passed');
  assert.match(await check('#good', true), /not to be elder-friendly/);
});

test('judges by care-mode numbers when asked, or when <html> is in care mode', async () => {
  assert.equal(await check('#between', false), 'passed');
  const care = requirements.target.minPx.care;
  assert.match(await check('#between', false, { careMode: true }), new RegExp(`caremode-target-size.*\n.*\n.*care mode needs at least ${care} × ${care}`));
  await page.evaluate(() => document.documentElement.setAttribute('data-care-mode', 'on'));
  assert.match(await check('#between', false), /caremode-target-size/);
  await page.evaluate(() => document.documentElement.removeAttribute('data-care-mode'));
});

test('leaves out ignored rules', async () => {
  assert.equal(await check('#bad', false, { ignoredRules: ['caremode-placeholder-label'] }), 'passed');
});

test('never adds the elder rules to a plain axe.run() by another plugin', async () => {
  const ids = await page.evaluate(async () => {
    const results = await window.axe.run(document.querySelector('#bad'));
    return [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  });
  assert.ok(ids.length > 0);
  assert.deepEqual(ids.filter((id) => id.startsWith('caremode-')), []);
});
