import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formats } from '../lib/options.js';
import { reporters } from '../lib/reporters/index.js';
import { fixtures, runCli } from './helpers.mjs';

const fast = ['--mode', 'default', '--viewport', 'desktop', '--concurrency', '2', '--no-config'];

describe('merge', () => {
  /** @type {string} */ let dir;
  /** @type {{ code: number, stdout: string }} */ let single;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'caremode-merge-'));
    await cp(join(fixtures, 'legacy'), join(dir, 'site'), { recursive: true });
    await runCli(['site', ...fast, '--baseline', 'baseline.json', '--update-baseline', '--accept-new', '-q'], { cwd: dir });
    // One problem fixed and one added since the baseline, on pages of different shards.
    const forms = join(dir, 'site', 'forms.html');
    await writeFile(forms, (await readFile(forms, 'utf8')).replace('<img src="img/forms-2.png"', '<img alt="Form 2" src="img/forms-2.png"'));
    const index = join(dir, 'site', 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('</form>', '  <p>Town<br><input name="town"></p>\n  </form>'));
    const args = ['site', ...fast, '--baseline', 'baseline.json', '--format', 'json'];
    [single] = await Promise.all([
      runCli(args, { cwd: dir }),
      runCli([...args, '--shard', '1/2', '-o', 'report-1.json', '-q'], { cwd: dir }),
    ]);
    await runCli([...args, '--shard', '2/2', '-o', 'report-2.json', '-q'], { cwd: dir });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test('each shard sees the other shard\'s baseline entries as not checked', async () => {
    const one = JSON.parse(await readFile(join(dir, 'report-1.json'), 'utf8'));
    assert.deepEqual(one.baseline.counts, { new: 1, present: 20, fixed: 0, notChecked: 20 });
  });

  test('two shards merged give the JSON of one run, byte for byte, and the same exit code', async () => {
    const merged = await runCli(['merge', 'report-1.json', 'report-2.json', '--format', 'json'], { cwd: dir });
    assert.equal(merged.stdout, single.stdout);
    assert.equal(merged.code, single.code);
    assert.equal(merged.code, 1);
    assert.deepEqual(JSON.parse(merged.stdout).baseline.counts, { new: 1, present: 39, fixed: 1, notChecked: 0 });
  });

  test('every format from the merged shards equals that format of the single run', async () => {
    const report = JSON.parse(single.stdout);
    for (const format of formats) {
      const merged = await runCli(['merge', 'report-2.json', 'report-1.json', '--format', format], { cwd: dir });
      assert.equal(merged.stdout, reporters[/** @type {keyof typeof reporters} */ (format)](report, { cwd: dir }), format);
    }
    const sarif = await runCli(['site', ...fast, '--baseline', 'baseline.json', '--format', 'sarif'], { cwd: dir });
    const mergedSarif = await runCli(['merge', 'report-1.json', 'report-2.json', '--format', 'sarif', '-o', 'all.sarif'], { cwd: dir });
    assert.equal(await readFile(join(dir, 'all.sarif'), 'utf8'), sarif.stdout);
    assert.match(mergedSarif.stdout, /FAIL/);
  });

  test('--format gitlab lists only the new violation as a Code Quality issue; markdown has the table', async () => {
    const report = JSON.parse(single.stdout);
    const issues = JSON.parse(reporters.gitlab(report, { cwd: dir }));
    assert.equal(issues.length, 1);
    assert.deepEqual({ ...issues[0], fingerprint: typeof issues[0].fingerprint }, {
      type: 'issue',
      check_name: 'label',
      description: 'Form elements must have labels: input[name="town"] on site/index.html (default/desktop)',
      categories: ['Accessibility'],
      severity: 'blocker',
      fingerprint: 'string',
      location: { path: 'site/index.html', lines: { begin: 26 } },
    });
    const markdown = reporters.markdown(report);
    assert.match(markdown, /\| Pages audited \| New \| Still present \| Fixed \| Not checked \| Needs review \|\n\|---\|---\|---\|---\|---\|---\|\n\| 4 of 4 \| 1 \| 39 \| 1 \| 0 \| 0 \|/);
    assert.match(markdown, /### New violations\n\n- \*\*`label`\*\* \(critical\) on `site\/index\.html`: `input\[name="town"\]`\n/);
    const junit = reporters.junit(report);
    assert.equal((junit.match(/<failure /g) ?? []).length, 1, 'only the case with the new violation fails');
    assert.match(junit, /Still present \(in the baseline, not counted\)/);
    assert.match(junit, /Baseline baseline\.json: 1 new, 39 still present, 1 fixed, 0 not checked\./);
    const html = reporters.html(report);
    assert.match(html, /<code>input\[name=&quot;town&quot;\]<\/code> <strong>\(new\)<\/strong>/);
    assert.match(html, /<code>input\[name=&quot;forms-q1&quot;\]<\/code> <strong>\(still present\)<\/strong>/);
    const sarif = JSON.parse(reporters.sarif(report, { cwd: dir }));
    assert.deepEqual(sarif.runs[0].results.filter((/** @type {any} */ r) => r.baselineState === 'new').map((/** @type {any} */ r) => r.locations[0].logicalLocations[0].fullyQualifiedName), ['input[name="town"]']);
    assert.match(markdown, /### Fixed since the baseline\n\n- `image-alt` on `site\/forms\.html`/);
  });

  test('a page in two reports, a report that is not JSON, no reports: exit 2', async () => {
    const twice = await runCli(['merge', 'report-1.json', 'report-1.json'], { cwd: dir });
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /in more than one report/);
    await writeFile(join(dir, 'bad.json'), 'x');
    assert.equal((await runCli(['merge', 'bad.json'], { cwd: dir })).code, 2);
    assert.equal((await runCli(['merge'], { cwd: dir })).code, 2);
  });
});
