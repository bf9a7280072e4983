// The JS API: what audit() returns, how it treats a crashing page, progress and browser reuse.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { audit, launchChrome, UsageError } from '../lib/index.js';
import { fixtures, packageDir } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launchChrome();
});
after(() => browser?.close());

const site = join(fixtures, 'site');

test('returns results per page, in id order, with a summary', async () => {
  const events = [];
  const report = await audit({
    targets: [join(site, 'index.html'), join(site, 'apply', 'index.html')],
    cwd: packageDir,
    browser,
    mode: 'care',
    viewport: 'desktop',
    onProgress: (e) => events.push(`${e.done}/${e.total}`),
  });
  assert.deepEqual(report.pages.map((p) => p.id), ['test/fixtures/site/apply/index.html', 'test/fixtures/site/index.html']);
  assert.deepEqual(report.pages[0].runs.map((r) => `${r.mode}/${r.viewport}`), ['care/desktop']);
  assert.equal(report.pages[0].careMode, 'stylesheet');
  assert.deepEqual(report.summary, { pages: 2, audited: 2, failed: 0, violations: 1, counted: 1, needsReview: 0, passed: false, exitCode: 1 });
  assert.deepEqual(events.sort(), ['1/2', '2/2']);
  assert.ok(browser.connected, 'a browser passed in is left open');
});

test('a page that crashes is reported as crashed; the other pages are still audited', async () => {
  const report = await audit({
    targets: [join(fixtures, 'broken', 'ok.html'), join(site, 'about.html')],
    cwd: packageDir,
    browser,
    mode: 'default',
    viewport: 'phone',
    async setup(page, target) {
      if (!target.id.endsWith('ok.html')) return;
      const cdp = await page.createCDPSession();
      page.once('load', () => cdp.send('Page.crash').catch(() => undefined));
    },
  });
  const [ok, about] = report.pages;
  assert.deepEqual(ok.error, { kind: 'crash', message: 'The page crashed.' });
  assert.equal(about.status, 'audited');
  assert.equal(report.summary.exitCode, 4);
});

test('frames on the same origin are audited with the page', async () => {
  const report = await audit({ targets: [join(fixtures, 'frames', 'index.html')], cwd: packageDir, browser, mode: 'default', viewport: 'phone' });
  const target = report.pages[0].runs[0].violations.find((v) => v.id === 'caremode-target-size');
  assert.deepEqual(target?.nodes.map((n) => n.target), [['iframe', '#zoom']]);
});

test('bad options throw a UsageError with exit code 2 before any browser work', async () => {
  await assert.rejects(audit({ targets: [], browser }), (e) => e instanceof UsageError && e.exitCode === 2);
  await assert.rejects(audit({ targets: ['x.html'], viewport: 'tablet', browser }), { message: /"viewport" must be one of phone, desktop, both/ });
});
