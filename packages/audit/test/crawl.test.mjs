// --crawl on a fixture site with no sitemap: every linked page found once, whatever fragment,
// trailing slash or tracking parameter its links carry; robots.txt, --max-depth, --exclude and
// non-HTML links honoured; --list-pages writes the list, and a list reads back as a sitemap.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cleanUrl, crawlSite, linksIn, pageKey, robotsRules } from '../lib/crawl.js';
import { serveFolder } from '../lib/static-server.js';
import { fixtures, runCli } from './helpers.mjs';

let server;
let scratch;
before(async () => {
  server = await serveFolder(join(fixtures, 'crawl'));
  scratch = mkdtempSync(join(tmpdir(), 'caremode-audit-crawl-'));
});
after(() => server?.close());

const every = ['', 'about.html', 'contact.html', 'news/', 'news/2026/budget.html', 'news/2026/later.html'];
const lines = (/** @type {string} */ file) => readFileSync(file, 'utf8').trim().split('\n');

describe('--crawl', { concurrency: 2 }, () => {
  test('finds every linked page once, and nothing robots.txt forbids or that is not HTML', async () => {
    const { pages, skipped } = await crawlSite([`${server.url}/`]);
    assert.deepEqual([...pages].sort(), every.map((p) => `${server.url}/${p}`).sort());
    assert.deepEqual(skipped.map((s) => [s.url.slice(server.url.length), s.why]).sort(), [
      ['/opening-hours.md', 'not HTML (application/octet-stream)'],
      ['/private/staff.html', 'robots.txt'],
    ]);
  });

  test('--max-depth, --max-pages and --exclude limit the crawl', async () => {
    const depth1 = await crawlSite([`${server.url}/`], { maxDepth: 1 });
    assert.ok(!depth1.pages.some((p) => p.includes('/2026/')));
    assert.equal(depth1.pages.length, 4);
    assert.equal((await crawlSite([`${server.url}/`], { maxPages: 2 })).pages.length, 2);
    const excluded = await crawlSite([`${server.url}/`], { exclude: ['/news/**'] });
    assert.deepEqual([...excluded.pages].sort(), ['', 'about.html', 'contact.html'].map((p) => `${server.url}/${p}`));
  });

  test('--delay spaces the requests out', async () => {
    const started = Date.now();
    await crawlSite([`${server.url}/`], { maxPages: 3, delayMs: 150 });
    // robots.txt and three pages: three waits at least.
    assert.ok(Date.now() - started >= 450, `took ${Date.now() - started} ms`);
  });

  test('--list-pages writes the crawl; the list reads back as a sitemap and shards', async () => {
    const list = join(scratch, 'pages.txt');
    const made = await runCli(['--crawl', `${server.url}/`, '--list-pages', list]);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /^6 pages written to /);
    assert.deepEqual(lines(list), every.map((p) => `${server.url}/${p}`).sort());
    const one = join(scratch, 'shard-1.txt');
    const two = join(scratch, 'shard-2.txt');
    const [a, b] = await Promise.all([
      runCli(['--sitemap', list, '--shard', '1/2', '--list-pages', one]),
      runCli(['--sitemap', list, '--shard', '2/2', '--list-pages', two]),
    ]);
    assert.equal(a.code + b.code, 0, a.stderr + b.stderr);
    assert.deepEqual([...lines(one), ...lines(two)].sort(), lines(list));
    assert.equal(lines(one).length, 3);
  });

  test('audits what it finds', async () => {
    const { code, stdout, stderr } = await runCli(['--crawl', `${server.url}/news/`, '--max-depth', '0', '--mode', 'default', '--viewport', 'phone', '--format', 'json']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout).pages.map((/** @type {any} */ p) => [p.id, p.status]), [[`${server.url}/news/`, 'audited']]);
  });

  test('a start page that cannot be loaded is reported, exit 4', async () => {
    const { code, stderr } = await runCli(['--crawl', `${server.url}/nowhere.html`]);
    assert.equal(code, 4);
    assert.match(stderr, /Cannot crawl http:\/\/127\.0\.0\.1:\d+\/nowhere\.html: HTTP 404\./);
  });
});

test('one page, one key: fragments, trailing slashes, index.html and tracking parameters', () => {
  const key = pageKey('https://example.gov/news/');
  for (const url of ['https://example.gov/news', 'https://example.gov/news/index.html#top', 'https://example.gov/news/?utm_source=x&fbclid=1', 'https://EXAMPLE.gov/news?gclid=2']) {
    assert.equal(pageKey(url), key, url);
  }
  assert.equal(pageKey('https://example.gov/search?b=2&a=1'), pageKey('https://example.gov/search?a=1&b=2'));
  assert.notEqual(pageKey('https://example.gov/search?page=2'), pageKey('https://example.gov/search?page=3'));
  assert.equal(cleanUrl('https://example.gov/a?id=4&utm_campaign=z#x'), 'https://example.gov/a?id=4');
});

test('robots.txt: own group first, longest rule wins, Allow on a tie', () => {
  const rules = robotsRules('User-agent: *\nDisallow: /\n\nUser-agent: caremode-audit\nDisallow: /private/\nAllow: /private/open*.html$\n');
  assert.equal(rules('/news/'), true);
  assert.equal(rules('/private/x.html'), false);
  assert.equal(rules('/private/open-day.html'), true);
  assert.equal(robotsRules('User-agent: *\nDisallow: /\n')('/x'), false);
  assert.equal(robotsRules('')('/x'), true);
});

test('links: <a> and <area>, <base href>, entities, comments left out', () => {
  const html = '<base href="/docs/"><a href="a.html?x=1&amp;y=2">A</a><!-- <a href="hidden.html"> --><area href=\'map.html\'><a href="mailto:x@y">m</a>';
  assert.deepEqual(linksIn(html, 'https://example.gov/index.html'), ['https://example.gov/docs/a.html?x=1&y=2', 'https://example.gov/docs/map.html']);
});

