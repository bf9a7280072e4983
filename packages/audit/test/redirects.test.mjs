// Pages that send the browser on at once (a 0 s meta refresh, a script while loading, a script
// on load) are reported as redirects in every format, count as audited, and lead to their target.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { refreshTarget } from '../lib/redirects.js';
import { runCli } from './helpers.mjs';

const dir = 'test/fixtures/redirects';
const fast = ['--mode', 'default', '--viewport', 'phone'];

describe('redirects', { concurrency: 2 }, () => {
  test('each kind of instant redirect is a redirect, and its target is audited once', async () => {
    const { code, stdout, stderr } = await runCli([`${dir}/moved.html`, `${dir}/scripted.html`, `${dir}/onload.html`, ...fast, '--format', 'json']);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    const pages = report.pages.map((/** @type {any} */ p) => [p.id, p.status, p.redirectTo]);
    assert.deepEqual(pages, [
      [`${dir}/forms.html`, 'audited', undefined],
      [`${dir}/moved.html`, 'redirect', `${dir}/new/index.html`],
      [`${dir}/new/index.html`, 'audited', undefined],
      [`${dir}/onload.html`, 'redirect', `${dir}/forms.html`],
      [`${dir}/scripted.html`, 'redirect', `${dir}/new/index.html`],
    ]);
    assert.deepEqual({ pages: report.summary.pages, audited: report.summary.audited, failed: report.summary.failed, redirects: report.summary.redirects }, { pages: 5, audited: 5, failed: 0, redirects: 3 });
    // A 0 s refresh passes the refresh rules: nothing is reported against the redirecting page.
    assert.ok(report.pages.every((/** @type {any} */ p) => p.runs.every((/** @type {any} */ r) => !r.violations.some((/** @type {any} */ v) => /refresh/.test(v.id)))));
  });

  test('a target already in the run is not audited twice, and every format says where a redirect goes', async () => {
    const runs = await Promise.all(['text', 'html', 'junit', 'sarif'].map((format) => runCli([dir, ...fast, '--format', format, '--include', '**/moved.html', '--include', '**/new/*'])));
    const [text, html, junit, sarif] = runs.map((r) => {
      assert.equal(r.code, 0, r.stderr);
      return r.stdout;
    });
    assert.match(text, /Pages that redirect at once[^\n]*\n {2}> test\/fixtures\/redirects\/moved\.html\n {6}redirects to test\/fixtures\/redirects\/new\/index\.html\n/);
    assert.match(text, /2 of 2 pages audited \(1 redirect\)\./);
    assert.match(html, /<strong>test\/fixtures\/redirects\/moved\.html<\/strong> redirects to test\/fixtures\/redirects\/new\/index\.html/);
    assert.match(junit, /<testcase classname="test\/fixtures\/redirects\/moved\.html" name="load">\s*<system-out>Redirects at once to test\/fixtures\/redirects\/new\/index\.html<\/system-out>/);
    assert.equal((junit.match(/classname="test\/fixtures\/redirects\/new\/index\.html"/g) ?? []).length, 1);
    const notes = JSON.parse(sarif).runs[0].invocations[0].toolExecutionNotifications;
    assert.deepEqual(notes.map((/** @type {any} */ n) => [n.level, n.message.text]), [['note', 'test/fixtures/redirects/moved.html redirects at once to test/fixtures/redirects/new/index.html']]);
  });
});

test('refreshTarget reads only refreshes that move on at once', () => {
  const base = 'https://example.gov/a/old.html';
  assert.equal(refreshTarget('0; URL=new/', base), 'https://example.gov/a/new/');
  assert.equal(refreshTarget("0;url='/b.html'", base), 'https://example.gov/b.html');
  assert.equal(refreshTarget('0, https://other.example/', base), 'https://other.example/');
  assert.equal(refreshTarget('5; URL=new/', base), undefined);
  assert.equal(refreshTarget('0', base), undefined);
  assert.equal(refreshTarget(null, base), undefined);
});
