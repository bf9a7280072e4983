// `caremode-audit` end to end, run as a CI job would run it: a fixture site, a sitemap and a
// Storybook served on 127.0.0.1, every report format, exit codes and bad input.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChrome } from '../lib/index.js';
import { serveFolder } from '../lib/static-server.js';
import { closedPort, fixtures, runCli } from './helpers.mjs';

const site = 'test/fixtures/site';
const sitePages = ['about.html', 'apply/index.html', 'apply/step-2.html', 'contact.html', 'index.html', 'news.html'].map((p) => `${site}/${p}`);
const fast = ['--mode', 'default', '--viewport', 'phone'];

let scratch;
let server;
let browser;
before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'caremode-audit-cli-'));
  cpSync(join(fixtures, 'site'), join(scratch, 'site'), { recursive: true });
  cpSync(join(fixtures, 'storybook'), join(scratch, 'storybook'), { recursive: true });
  server = await serveFolder(scratch);
  const urls = ['index.html', 'about.html', 'news.html', 'apply/index.html'].map((p) => `<url><loc>${server.url}/site/${p}</loc></url>`);
  writeFileSync(join(scratch, 'site', 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`);
  browser = await launchChrome();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const json = (stdout) => JSON.parse(stdout);
const ids = (report) => report.pages.map((p) => p.id);

describe('help and version', () => {
  test('--help prints usage with the exit codes and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: caremode-audit \[options\] <target\.\.\.>/);
    assert.match(stdout, /0 pass {4}1 violations over the threshold {4}2 usage or configuration error/);
  });
  test('--version prints the package version', async () => {
    const { code, stdout } = await runCli(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout.trim(), JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });
});

describe('a site folder', { concurrency: 2 }, () => {
  test('exits 1 on a serious violation; the text report groups by rule, with elements and fixes', async () => {
    const { code, stdout, stderr } = await runCli([site, '--viewport', 'phone']);
    assert.equal(code, 1, stderr);
    assert.match(stdout, /^6 pages; modes: default, care; viewports: phone; fail on: serious and above; threshold: 0$/m);
    assert.match(
      stdout,
      /\nViolations\n\nx caremode-placeholder-label \(serious\): A placeholder must never be the only visible label\n {2}1 element on 1 page\. More: https:\/\/\S+\n {2}test\/fixtures\/site\/apply\/index\.html\n {4}#name\n {6}<input id="name"[^\n]*\n {6}in default · phone, care · phone:\n {8}The placeholder is the only visible label/,
    );
    assert.match(stdout, /Below the --fail-on level \(serious\), not counted\n\n- caremode-input-number \(moderate\)/);
    assert.match(stdout, /\nFAIL: 1 violation at serious or above \(threshold 0\), 1 below, 0 to review; 6 of 6 pages audited\.\n$/);
    assert.equal(stderr, '', 'no progress line when stderr is not a terminal');
  });

  const two = [...fast, `${site}/contact.html`, `${site}/apply/index.html`];
  for (const [args, exit, counted] of [
    [['--fail-on', 'critical'], 0, 0],
    [['--fail-on', 'moderate'], 1, 2],
    [['--threshold', '1'], 0, 1],
    [['--fail-on', 'moderate', '--threshold', '1'], 1, 2],
  ]) {
    test(`${args.join(' ')} exits ${exit} with ${counted} counted`, async () => {
      const { code, stdout } = await runCli([...two, ...args, '--format', 'json']);
      assert.equal(code, exit);
      assert.equal(json(stdout).summary.counted, counted);
    });
  }

  test('--shard i/n: every page in exactly one shard', async () => {
    const shards = await Promise.all([1, 2, 3].map((i) => runCli([site, ...fast, '--shard', `${i}/3`, '--format', 'json'])));
    const seen = shards.map((s) => ids(json(s.stdout)));
    assert.deepEqual(seen.flat().sort(), sitePages);
    assert.equal(new Set(seen.flat()).size, sitePages.length);
    assert.ok(seen.every((list) => list.length === 2));
    assert.equal(json(shards[1].stdout).settings.shard, '2/3');
  });

  test('JSON output is the same, byte for byte, from one run to the next', async () => {
    const out = [join(scratch, 'a.json'), join(scratch, 'b.json')];
    const args = [site, '--include', '**/apply/**', '--include', '**/contact.html', '--viewport', 'phone', '--format', 'json'];
    const runs = await Promise.all(out.map((file) => runCli([...args, '--output', file])));
    assert.deepEqual(runs.map((r) => r.code), [1, 1]);
    const [a, b] = out.map((file) => readFileSync(file, 'utf8'));
    assert.equal(a, b);
    const report = JSON.parse(a);
    assert.deepEqual(ids(report), [`${site}/apply/index.html`, `${site}/apply/step-2.html`, `${site}/contact.html`]);
    assert.equal(report.pages[0].runs.length, 2);
    assert.doesNotMatch(a, /127\.0\.0\.1/, 'no port of the local server in the report');
    assert.match(runs[0].stdout, /^caremode-audit /, 'the text report still goes to stdout');
  });

  test('JUnit output parses as XML with a suite per page and a case per mode and viewport', async () => {
    const file = join(scratch, 'junit.xml');
    const { code } = await runCli([site, `${server.url}/site/missing.html`, ...fast, '--format', 'junit', '-o', file, '-q']);
    assert.equal(code, 4, 'a page that 404s makes the run incomplete');
    const xml = readFileSync(file, 'utf8');
    const page = await browser.newPage();
    const shape = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')?.textContent };
      const root = doc.documentElement;
      const count = (sel) => doc.querySelectorAll(sel).length;
      return {
        root: root.localName,
        totals: ['tests', 'failures', 'errors'].map((a) => Number(root.getAttribute(a))),
        counted: [count('testcase'), count('failure'), count('error')],
        suites: [...doc.querySelectorAll('testsuite')].map((s) => ({
          name: s.getAttribute('name'),
          cases: [...s.querySelectorAll('testcase')].map((c) => c.getAttribute('name')),
          failure: s.querySelector('failure')?.getAttribute('message') ?? null,
          error: s.querySelector('error')?.getAttribute('type') ?? null,
          out: s.querySelector('system-out')?.textContent ?? '',
        })),
      };
    }, xml);
    await page.close();
    assert.equal(shape.error, undefined);
    assert.equal(shape.root, 'testsuites');
    assert.deepEqual(shape.totals, shape.counted);
    assert.deepEqual(shape.counted, [7, 1, 1]);
    const suite = (name) => shape.suites.find((s) => s.name === name);
    assert.deepEqual(suite(`${site}/index.html`)?.cases, ['default · phone']);
    assert.match(suite(`${site}/apply/index.html`)?.failure ?? '', /^1 violation of caremode-placeholder-label$/);
    assert.match(suite(`${site}/contact.html`)?.out ?? '', /Below serious \(not counted\):\ncaremode-input-number \(moderate\)/);
    assert.equal(suite(`${server.url}/site/missing.html`)?.error, 'http');
  });

  test('SARIF output has the 2.1.0 structure', async () => {
    const { code, stdout } = await runCli([site, ...fast, '--format', 'sarif']);
    assert.equal(code, 1);
    const sarif = json(stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const [run] = sarif.runs;
    assert.equal(run.tool.driver.name, 'caremode-audit');
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    assert.deepEqual(ruleIds, ['caremode-input-number', 'caremode-placeholder-label']);
    for (const rule of run.tool.driver.rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.match(rule.helpUri, /^https:\/\//);
    }
    assert.equal(run.results.length, 2);
    for (const result of run.results) {
      assert.equal(ruleIds[result.ruleIndex], result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      assert.equal(typeof result.partialFingerprints['caremodeAudit/v1'], 'string');
    }
    const placeholder = run.results.find((r) => r.ruleId === 'caremode-placeholder-label');
    assert.equal(placeholder.level, 'error');
    const location = placeholder.locations[0];
    assert.equal(location.physicalLocation.artifactLocation.uri, `${site}/apply/index.html`);
    const line = readFileSync(join(fixtures, 'site/apply/index.html'), 'utf8').split('\n').findIndex((l) => l.includes('<input id="name"')) + 1;
    assert.equal(location.physicalLocation.region.startLine, line);
    assert.equal(location.logicalLocations[0].fullyQualifiedName, '#name');
    assert.equal(run.invocations[0].executionSuccessful, true);
  });

  test('the HTML report is itself elder-friendly', async () => {
    const file = join(scratch, 'report.html');
    const first = await runCli([site, ...fast, '--format', 'html', '-o', file, '-q']);
    assert.equal(first.code, 1);
    assert.match(readFileSync(file, 'utf8'), /<title>caremode-audit: Fail<\/title>/);
    const second = await runCli([file, '--format', 'json'], { cwd: scratch });
    assert.equal(second.code, 0, JSON.stringify(json(second.stdout).pages[0].runs.map((r) => r.violations.map((v) => v.id))));
  });

  test('--progress writes one line per page on stderr', async () => {
    const { stderr } = await runCli([...fast, `${site}/index.html`, `${site}/about.html`, '--progress', '-q', '--format', 'json']);
    assert.deepEqual(stderr.trim().split('\n').map((l) => l.replace(/: .*/, '')), ['[1/2] done', '[2/2] done']);
  });
});

describe('sitemaps and Storybook', { concurrency: 2 }, () => {
  test('--sitemap with --exclude audits the pages it lists, less those excluded', async () => {
    const { code, stdout } = await runCli(['--sitemap', `${server.url}/site/sitemap.xml`, '--exclude', '**/news.html', ...fast, '--format', 'json']);
    assert.equal(code, 1);
    assert.deepEqual(ids(json(stdout)), ['about.html', 'apply/index.html', 'index.html'].map((p) => `${server.url}/site/${p}`));
  });

  test('--sitemap with --include keeps only matching paths', async () => {
    const { code, stdout } = await runCli(['--sitemap', `${server.url}/site/sitemap.xml`, '--include', '/site/apply/**', ...fast, '--format', 'json']);
    assert.equal(code, 1);
    assert.deepEqual(ids(json(stdout)), [`${server.url}/site/apply/index.html`]);
  });

  test('a built Storybook folder: every story (not docs, not opted out); a broken story is reported', async () => {
    const { code, stdout } = await runCli(['test/fixtures/storybook', ...fast, '--format', 'json']);
    assert.equal(code, 4);
    const report = json(stdout);
    assert.deepEqual(ids(report), ['broken', 'labelled', 'placeholder-only'].map((s) => `test/fixtures/storybook#forms-field--${s}`));
    const [broken, labelled, placeholder] = report.pages;
    assert.deepEqual(broken.error, { kind: 'story', message: 'The story failed to render: Cannot read the story args' });
    assert.deepEqual(labelled.runs[0].violations, []);
    assert.deepEqual(placeholder.runs[0].violations.map((v) => v.id), ['caremode-placeholder-label']);
    assert.deepEqual(placeholder.story, { id: 'forms-field--placeholder-only', title: 'Forms/Field', name: 'Placeholder only', importPath: './field.stories.js' });
  });

  test('a Storybook URL: found by its index.json, filtered by story title', async () => {
    const { code, stdout } = await runCli([`${server.url}/storybook/`, '--include', 'Forms/Field/Labelled', ...fast, '--format', 'json']);
    assert.equal(code, 0);
    assert.deepEqual(ids(json(stdout)), [`${server.url}/storybook#forms-field--labelled`]);
  });
});

describe('config file', { concurrency: 2 }, () => {
  test('caremode-audit.config.json: targets and rule overrides (disable, impact)', async () => {
    const dir = mkdtempSync(join(scratch, 'config-'));
    const config = {
      targets: [join(fixtures, 'site')],
      mode: 'default',
      viewport: 'phone',
      format: 'json',
      rules: { 'caremode-placeholder-label': false, 'caremode-input-number': { impact: 'critical' } },
    };
    writeFileSync(join(dir, 'caremode-audit.config.json'), JSON.stringify(config));
    const { code, stdout } = await runCli([], { cwd: dir });
    assert.equal(code, 1);
    const report = json(stdout);
    assert.equal(report.pages.length, 6);
    const all = report.pages.flatMap((p) => p.runs.flatMap((r) => r.violations));
    assert.deepEqual(all.map((v) => `${v.id}:${v.impact}`), ['caremode-input-number:critical']);
  });

  test('--config with page actions: fill, submit and wait for the next step before the audit', async () => {
    const file = join(scratch, 'actions.json');
    const actions = [{ fill: '#name', value: 'Nguyễn Văn An' }, { submit: '#name' }, { waitForUrl: '**/step-2.html*' }, { waitForSelector: 'h1' }];
    writeFileSync(file, JSON.stringify({ pages: [{ match: '**/apply/index.html', actions }] }));
    const { code, stdout } = await runCli([`${site}/apply/index.html`, ...fast, '--config', file, '--format', 'json']);
    assert.equal(code, 0, stdout);
    assert.deepEqual(json(stdout).pages[0].runs[0].violations, []);
  });

  test('an action that cannot be done fails that page only, saying which action', async () => {
    const file = join(scratch, 'bad-action.json');
    writeFileSync(file, JSON.stringify({ pages: [{ match: '**/about.html', actions: [{ click: '#missing', timeout: 300 }] }] }));
    const { code, stdout } = await runCli([`${site}/about.html`, `${site}/index.html`, ...fast, '--config', file]);
    assert.equal(code, 4);
    assert.match(stdout, /! test\/fixtures\/site\/about\.html\n {6}action: Action 1 \(click "#missing"\) failed: /);
    assert.match(stdout, /1 of 2 pages audited, 1 could not be\.$/m);
  });
});

describe('pages that cannot be audited, and bad input', { concurrency: 2 }, () => {
  test('an unreachable URL, a 404 and a non-HTML URL are reported and the run goes on (exit 4)', async () => {
    const port = await closedPort();
    const { code, stdout } = await runCli([`http://127.0.0.1:${port}/`, `${server.url}/nowhere.html`, `${server.url}/site/style.css`, `${site}/index.html`, ...fast]);
    assert.equal(code, 4);
    assert.match(stdout, new RegExp(`! http://127\\.0\\.0\\.1:${port}/\\n {6}unreachable: Could not be loaded: ERR_CONNECTION_REFUSED\\.`));
    assert.match(stdout, /nowhere\.html\n {6}http: HTTP 404/);
    assert.match(stdout, /style\.css\n {6}not-html: Not an HTML page \(content-type: text\/css/);
    assert.match(stdout, /INCOMPLETE: .* 1 of 4 pages audited, 3 could not be\.$/m);
  });

  test('a page that hangs is stopped at --timeout; the next page is still audited', async () => {
    // The good page must finish within the same --timeout on a busy CI machine: 2 s was too tight.
    const { code, stdout } = await runCli(['test/fixtures/broken/hang.html', 'test/fixtures/broken/ok.html', ...fast, '--timeout', '6000', '--format', 'json']);
    assert.equal(code, 4);
    const [hang, ok] = json(stdout).pages;
    assert.deepEqual(hang.error, { kind: 'timeout', message: 'Did not finish within 6000 ms (--timeout).' });
    assert.equal(ok.status, 'audited');
  });

  for (const [name, args, exit, message, cwd] of [
    ['a non-HTML file', ['test/fixtures/broken/notes.txt'], 2, /notes\.txt is not an HTML file \(\.txt\)/],
    ['an empty Storybook folder', ['test/fixtures/storybook-empty'], 2, /The Storybook in test\/fixtures\/storybook-empty has no stories to audit/],
    ['a folder with no HTML', ['test/fixtures/empty-folder'], 2, /No HTML files in test\/fixtures\/empty-folder/],
    ['a missing file', ['nothing-here.html'], 2, /No such file or folder: nothing-here\.html/],
    ['no target at all', [], 2, /Nothing to audit/],
    ['an unknown option', ['--colour', 'x.html'], 2, /Unknown option '--colour'/],
    ['a bad --mode', ['--mode', 'elder', 'x.html'], 2, /"mode" must be one of default, care, both/],
    ['a bad --shard', ['--shard', '4/3', site], 2, /--shard must be i\/n/],
    ['an --include that matches nothing', [site, '--include', 'nope/**'], 2, /None of the 6 pages found matches --include\/--exclude/],
    ['a malformed config file', ['--config', 'test/fixtures/broken/notes.txt', site], 2, /notes\.txt is not valid JSON/],
  ]) {
    test(`${name}: exit ${exit} and a clear message`, async () => {
      const { code, stdout, stderr } = await runCli(args, { cwd });
      assert.equal(code, exit);
      assert.match(stderr, message);
      assert.match(stderr, /Run caremode-audit --help for usage\./);
      assert.equal(stdout, '');
    });
  }

  test('no browser: exit 3 and how to get one', async () => {
    const { code, stderr } = await runCli([`${site}/index.html`], { env: { CHROME_PATH: '/nonexistent/chrome' } });
    assert.equal(code, 3);
    assert.match(stderr, /CHROME_PATH is set to \/nonexistent\/chrome, but there is no file there\./);
  });
});
