// The parts that need no browser: globs, shards, options, config files, sitemaps, reports.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseCommandLine } from '../lib/args.js';
import { loadConfig } from '../lib/config.js';
import { exitCodes } from '../lib/exit-codes.js';
import { globToRegExp, matchesAny } from '../lib/glob.js';
import { normalizeOptions } from '../lib/options.js';
import { junitReport } from '../lib/reporters/junit.js';
import { summarize } from '../lib/results.js';
import { pagesOfShard, parseShard } from '../lib/shard.js';
import { readSitemap } from '../lib/sitemap.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'caremode-audit-'));

describe('globs', () => {
  test('* stays within a folder, ** crosses folders, {a,b} is either', () => {
    assert.ok(globToRegExp('*.html').test('index.html'));
    assert.ok(!globToRegExp('*.html').test('apply/index.html'));
    assert.ok(globToRegExp('**/*.html').test('apply/index.html'));
    assert.ok(globToRegExp('**/*.html').test('index.html'));
    assert.ok(globToRegExp('/services/**').test('/services/pension/apply'));
    assert.ok(globToRegExp('{about,contact}.html').test('contact.html'));
    assert.ok(!globToRegExp('{about,contact}.html').test('news.html'));
    assert.ok(globToRegExp('page?.html').test('page2.html'));
    assert.ok(globToRegExp('a.b').test('a.b') && !globToRegExp('a.b').test('axb'));
  });
  test('a page matches when any of its names does', () => {
    assert.ok(matchesAny(['https://x.gov/a/b', '/a/b'], ['/a/**']));
    assert.ok(!matchesAny(['https://x.gov/a/b', '/a/b'], ['/c/**']));
  });
});

describe('shards', () => {
  const pages = ['g', 'c', 'a', 'f', 'b', 'e', 'd'].map((id) => ({ id }));
  test('every page lands in exactly one shard, whatever the order given', () => {
    for (const count of [1, 2, 3, 7, 9]) {
      const seen = [];
      for (let index = 1; index <= count; index++) seen.push(...pagesOfShard(pages, { index, count }).map((p) => p.id));
      assert.deepEqual(seen.sort(), ['a', 'b', 'c', 'd', 'e', 'f', 'g'], `${count} shards`);
      const reversed = pagesOfShard([...pages].reverse(), { index: 1, count });
      assert.deepEqual(reversed, pagesOfShard(pages, { index: 1, count }));
    }
  });
  test('shards differ in size by at most one page', () => {
    const sizes = [1, 2, 3].map((index) => pagesOfShard(pages, { index, count: 3 }).length);
    assert.deepEqual(sizes, [3, 2, 2]);
  });
  test('--shard is i/n with 1 <= i <= n', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/0']) assert.throws(() => parseShard(bad), { exitCode: exitCodes.usage });
  });
});

describe('options', () => {
  test('defaults: both modes, both viewports, fail on serious, threshold 0', () => {
    const o = normalizeOptions({ targets: ['x.html'] });
    assert.deepEqual([o.modes, o.viewports, o.failOn, o.threshold], [['default', 'care'], ['phone', 'desktop'], 'serious', 0]);
  });
  test('a wrong value is a usage error that names the option', () => {
    assert.throws(() => normalizeOptions({ mode: 'elder' }), { exitCode: 2, message: /"mode" must be one of default, care, both/ });
    assert.throws(() => normalizeOptions({ failOn: 'bad' }), { message: /"failOn" must be one of minor, moderate, serious, critical/ });
    assert.throws(() => normalizeOptions({ threshold: -1 }), { message: /"threshold" must be a whole number/ });
    assert.throws(() => normalizeOptions({ rules: { 'color-contrast': { impact: 'huge' } } }), { message: /impact must be one of/ });
    assert.throws(() => normalizeOptions({ pages: [{ match: '*', actions: [{ tap: '#a' }] }] }), { message: /exactly one of click, fill/ });
    assert.throws(() => normalizeOptions({ pages: [{ match: '*', actions: [{ fill: '#a' }] }] }), { message: /"fill" needs a string "value"/ });
  });
  test('rules: false or "off" disables, true enables, impact is kept', () => {
    const o = normalizeOptions({ rules: { a: false, b: 'off', c: true, d: { impact: 'minor' }, e: { enabled: false, impact: 'critical' } } });
    assert.deepEqual(o.disabled, ['a', 'b', 'e']);
    assert.deepEqual(o.enabled, ['c']);
    assert.deepEqual(o.impactOf, { d: 'minor', e: 'critical' });
  });
});

describe('command line', () => {
  test('numbers must be whole numbers; unknown options are usage errors', () => {
    assert.equal(parseCommandLine(['--threshold', '3', 'a.html']).options.threshold, 3);
    assert.throws(() => parseCommandLine(['--threshold', 'many']), { exitCode: 2, message: /--threshold must be a whole number/ });
    assert.throws(() => parseCommandLine(['--colour']), { exitCode: 2, message: /Unknown option '--colour'/ });
  });
  test('only what was given is set, so the config file fills the rest', () => {
    assert.deepEqual(parseCommandLine(['--mode', 'care']).options, { mode: 'care' });
  });
});

describe('config file', () => {
  test('relative targets, sitemap files and output are taken from the config file folder', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'caremode-audit.config.json'), JSON.stringify({ targets: ['site', 'https://x.gov/'], sitemap: 'map.xml', output: 'out/report.xml' }));
    const { config } = await loadConfig({ cwd: dir });
    assert.deepEqual(config.targets, [join(dir, 'site'), 'https://x.gov/']);
    assert.deepEqual(config.sitemaps, [join(dir, 'map.xml')]);
    assert.equal(config.output, join(dir, 'out/report.xml'));
  });
  test('no file is fine unless one was named', async () => {
    assert.deepEqual((await loadConfig({ cwd: scratch() })).config, {});
    await assert.rejects(loadConfig({ cwd: scratch(), file: 'nope.json' }), { exitCode: 2, message: /Config file not found: nope.json/ });
  });
  test('malformed JSON, a non-object and unknown keys are usage errors', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.json'), '{ "targets": [ }');
    await assert.rejects(loadConfig({ cwd: dir, file: 'a.json' }), { exitCode: 2, message: /a.json is not valid JSON/ });
    writeFileSync(join(dir, 'b.json'), '[]');
    await assert.rejects(loadConfig({ cwd: dir, file: 'b.json' }), { message: /must hold a JSON object/ });
    writeFileSync(join(dir, 'c.json'), '{ "rule": {} }');
    await assert.rejects(loadConfig({ cwd: dir, file: 'c.json' }), { message: /unknown option "rule" \(did you mean "rules"\?\)/ });
  });
});

describe('sitemaps', () => {
  test('reads <loc> entries, decoding XML entities', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'map.xml'),
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.gov/a?b=1&amp;c=2</loc></url><url><loc> https://x.gov/d </loc></url></urlset>',
    );
    assert.deepEqual(await readSitemap(join(dir, 'map.xml')), ['https://x.gov/a?b=1&c=2', 'https://x.gov/d']);
  });
  test('a file that is not a sitemap says so', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.xml'), '<html></html>');
    await assert.rejects(readSitemap(join(dir, 'x.xml')), { exitCode: exitCodes.pageFailed, message: /is not a sitemap/ });
  });
});

describe('results', () => {
  const violation = (id, impact) => ({ id, impact, tags: [], description: '', help: '', helpUrl: '', nodes: [{ target: ['#a'], html: '<a>', impact, failureSummary: 'Fix all of the following:\n  x' }] });
  const page = (id, violations, status = 'audited') => ({
    id,
    kind: 'file',
    status,
    runs: status === 'audited' ? ['phone', 'desktop'].map((viewport) => ({ mode: 'default', viewport, violations, incomplete: [] })) : [],
    ...(status === 'failed' ? { error: { kind: 'http', message: 'HTTP 404' } } : {}),
  });
  test('an element failing a rule in several runs is one violation', () => {
    const s = summarize([page('a', [violation('r', 'serious')])], { failOn: 'serious', threshold: 0 });
    assert.equal(s.violations, 1);
    assert.equal(s.exitCode, exitCodes.violations);
  });
  test('--fail-on and --threshold decide the exit code; a failed page outranks both', () => {
    const pages = [page('a', [violation('r', 'moderate')]), page('b', [violation('s', 'critical')])];
    assert.equal(summarize(pages, { failOn: 'serious', threshold: 0 }).counted, 1);
    assert.equal(summarize(pages, { failOn: 'moderate', threshold: 0 }).counted, 2);
    assert.equal(summarize(pages, { failOn: 'moderate', threshold: 2 }).exitCode, exitCodes.pass);
    assert.equal(summarize([...pages, page('c', [], 'failed')], { failOn: 'critical', threshold: 9 }).exitCode, exitCodes.pageFailed);
  });
  test('JUnit escapes what XML cannot hold', () => {
    const xml = junitReport({
      tool: { name: 'caremode-audit', version: '0' },
      axeVersion: '4',
      settings: { modes: ['default'], viewports: ['phone'], failOn: 'serious', threshold: 0 },
      summary: /** @type {any} */ ({}),
      pages: [page('a&b "<c>"', [{ ...violation('r', 'serious'), help: 'x < y & \u0007' }])],
    });
    assert.match(xml, /<testsuite name="a&amp;b &quot;&lt;c&gt;&quot;"/);
    assert.match(xml, /x &lt; y &amp; /);
    assert.doesNotMatch(xml, /\u0007/);
  });
});
