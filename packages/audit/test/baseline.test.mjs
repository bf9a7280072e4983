import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stableTarget } from '../lib/fingerprint.js';
import { fixtures, runCli } from './helpers.mjs';

// The legacy fixture site: four pages, each with five images without text and five fields
// without a label, 40 known problems in all.
const fast = ['--mode', 'default', '--viewport', 'desktop', '--concurrency', '2', '--no-config'];

describe('baselines', () => {
  /** @type {string} */ let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'caremode-baseline-'));
    await cp(join(fixtures, 'legacy'), join(dir, 'site'), { recursive: true });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const run = (/** @type {string[]} */ args) => runCli(['site', ...fast, ...args], { cwd: dir });
  const json = (/** @type {string} */ s) => JSON.parse(s);

  test('--update-baseline --accept-new writes 40 sorted entries; the site then audits green', async () => {
    const first = await run(['--baseline', 'baseline.json', '--update-baseline', '--accept-new', '-q']);
    assert.equal(first.code, 1, 'the run that writes the baseline still reports its violations as new');
    const file = json(await readFile(join(dir, 'baseline.json'), 'utf8'));
    assert.equal(file.version, 1);
    assert.equal(file.entries.length, 40);
    const keys = file.entries.map((/** @type {any} */ e) => `${e.page}\u0000${e.rule}\u0000${e.target}`);
    assert.deepEqual(keys, [...keys].sort());
    assert.deepEqual(Object.keys(file.entries[0]), ['fingerprint', 'impact', 'modes', 'page', 'rule', 'target', 'viewports']);
    assert.deepEqual(file.entries[0].modes, ['default']);
    assert.equal(file.entries[0].page, 'site/contact.html');

    const green = await run(['--baseline', 'baseline.json', '--format', 'json']);
    assert.equal(green.code, 0, green.stderr);
    const report = json(green.stdout);
    assert.deepEqual(report.baseline.counts, { new: 0, present: 40, fixed: 0, notChecked: 0 });
    assert.equal(report.summary.counted, 0);
    assert.equal(report.summary.violations, 40);
  });

  test('a sibling added before an element leaves every fingerprint as it was', async () => {
    const page = join(dir, 'site', 'services.html');
    const html = await readFile(page, 'utf8');
    await writeFile(page, html.replace('<ul>', '<p>A new paragraph.</p>\n  <ul>\n    <li>A new first item</li>').replace('<form action="#">', '<form action="#">\n    <p>New help text.</p>'));
    const { code, stdout } = await run(['--baseline', 'baseline.json', '--format', 'json']);
    assert.equal(code, 0);
    assert.deepEqual(json(stdout).baseline.counts, { new: 0, present: 40, fixed: 0, notChecked: 0 });
  });

  test('one new problem fails with exactly that one reported as new; one fix is reported fixed', async () => {
    const page = join(dir, 'site', 'forms.html');
    const html = await readFile(page, 'utf8');
    await writeFile(page, html.replace('<img src="img/forms-2.png"', '<img alt="Form 2" src="img/forms-2.png"').replace('</form>', '  <p>Your town<br><input name="town"></p>\n  </form>'));
    const { code, stdout } = await run(['--baseline', 'baseline.json', '--format', 'json']);
    assert.equal(code, 1);
    const report = json(stdout);
    assert.deepEqual(report.baseline.counts, { new: 1, present: 39, fixed: 1, notChecked: 0 });
    assert.equal(report.summary.counted, 1);
    const fixed = report.baseline.entries.filter((/** @type {any} */ e) => e.status === 'fixed');
    assert.deepEqual(fixed.map((/** @type {any} */ e) => [e.page, e.rule, e.target]), [['site/forms.html', 'image-alt', stableTarget(['img[src$="forms-2.png"]'], '<img src="img/forms-2.png" width="48" height="48">')]]);

    const text = await run(['--baseline', 'baseline.json']);
    assert.match(text.stdout, /input\[name="town"\] {2}\[new\]/);
    assert.match(text.stdout, /input\[name="forms-q1"\] {2}\[still present\]/);
    assert.match(text.stdout, /Fixed since the baseline[^\n]*: 1 entry\n {2}site\/forms\.html\n {4}\+ image-alt/);
    assert.match(text.stdout, /Baseline baseline\.json: 1 new, 39 still present, 1 fixed, 0 not checked\./);
  });

  test('a page left out of the run reports its entries as not checked, never fixed', async () => {
    const { stdout } = await run(['--baseline', 'baseline.json', '--format', 'json', '--exclude', '**/contact.html']);
    const report = json(stdout);
    assert.deepEqual(report.baseline.counts, { new: 1, present: 29, fixed: 1, notChecked: 10 });
    assert.ok(report.baseline.entries.filter((/** @type {any} */ e) => e.status === 'not-checked').every((/** @type {any} */ e) => e.page === 'site/contact.html'));
  });

  test('--update-baseline prunes the fixed entry and keeps the new one out unless asked', async () => {
    await run(['--baseline', 'baseline.json', '--update-baseline', '-q']);
    const file = json(await readFile(join(dir, 'baseline.json'), 'utf8'));
    assert.equal(file.entries.length, 39);
    assert.ok(!file.entries.some((/** @type {any} */ e) => e.target.includes('town')));
    await run(['--baseline', 'baseline.json', '--update-baseline', '--accept-new', '-q']);
    const again = json(await readFile(join(dir, 'baseline.json'), 'utf8'));
    assert.equal(again.entries.length, 40);
    assert.equal((await run(['--baseline', 'baseline.json', '-q'])).code, 0);
  });

  test('usage errors: --update-baseline without a file, --accept-new alone, a file that is not a baseline', async () => {
    assert.equal((await run(['--update-baseline'])).code, 2);
    assert.equal((await run(['--accept-new'])).code, 2);
    await writeFile(join(dir, 'not.json'), '{"entries": 3}');
    const bad = await run(['--baseline', 'not.json']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not a caremode-audit baseline/);
    const missing = await run(['--baseline', 'missing.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--update-baseline --accept-new/);
  });
});

describe('stable targets', () => {
  test('positions are dropped, naming attributes kept', () => {
    assert.equal(stableTarget(['main > ul > li:nth-child(3) > img'], '<img src="a.png" width="4">'), 'main > ul > li > img img[src="a.png"]');
    assert.equal(stableTarget(['#q'], '<input id="q" name="q" class="x">'), '#q input[id="q"][name="q"]');
  });
});

describe('ignores', () => {
  /** @type {string} */ let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'caremode-ignores-'));
    await cp(join(fixtures, 'legacy'), join(dir, 'site'), { recursive: true });
    const config = {
      ignores: [
        { rule: 'image-alt', pages: '**/services.html', reason: 'Icons are replaced in the spring release', until: '2026-03-31' },
        { rule: 'label', selector: 'input[name="index-q1"]', reason: 'Labelled by the legacy widget script' },
      ],
    };
    await writeFile(join(dir, 'caremode-audit.config.json'), JSON.stringify(config));
  });
  after(() => rm(dir, { recursive: true, force: true }));
  const run = (/** @type {string[]} */ args) => runCli(['site', '--mode', 'default', '--viewport', 'desktop', '--concurrency', '2', '--format', 'json', ...args], { cwd: dir });

  test('before its until date, an ignore covers its rule on its pages; a selector ignore covers its element; both are counted as ignored', async () => {
    const { stdout } = await run(['--today', '2026-03-31']);
    const report = JSON.parse(stdout);
    assert.equal(report.summary.ignored, 6);
    assert.equal(report.summary.violations, 34);
    const services = report.pages.find((/** @type {any} */ p) => p.id === 'site/services.html');
    assert.deepEqual(services.runs[0].violations.map((/** @type {any} */ v) => v.id), ['label']);
    assert.equal(services.runs[0].ignored[0].nodes[0].ignored.reason, 'Icons are replaced in the spring release');
    const text = await runCli(['site', '--mode', 'default', '--viewport', 'desktop', '--today', '2026-03-31'], { cwd: dir });
    assert.match(text.stdout, /~ label on site\/index\.html: input\[name="index-q1"\]\n {6}reason: Labelled by the legacy widget script/);
    assert.match(text.stdout, /6 violations ignored by the config\./);
  });

  test('after its until date, the ignore stops applying and is reported as expired', async () => {
    const report = JSON.parse((await run(['--today', '2026-04-01'])).stdout);
    assert.equal(report.summary.ignored, 1);
    assert.equal(report.summary.violations, 39);
    assert.equal(report.expiredIgnores[0].until, '2026-03-31');
  });

  test('an ignore without a reason is a configuration error', async () => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ ignores: [{ rule: 'label' }] }));
    const { code, stderr } = await run(['--config', 'bad.json']);
    assert.equal(code, 2);
    assert.match(stderr, /reason is required/);
  });
});
