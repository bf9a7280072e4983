import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtures, packageDir } from './helpers.mjs';

// The Action's entry point, run as GitHub runs it: inputs as INPUT_* variables, the job
// summary and step outputs in files named by GITHUB_STEP_SUMMARY and GITHUB_OUTPUT.
test('the GitHub Action writes the job summary, annotations, outputs and SARIF', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'caremode-action-'));
  try {
    await cp(join(fixtures, 'legacy'), join(dir, 'site'), { recursive: true });
    await writeFile(join(dir, 'summary.md'), '');
    await writeFile(join(dir, 'output.txt'), '');
    const env = {
      ...process.env,
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      GITHUB_OUTPUT: join(dir, 'output.txt'),
      INPUT_TARGETS: 'site/forms.html site/index.html',
      INPUT_ARGS: '--mode default --viewport desktop --no-config',
      INPUT_SARIF: 'out/audit.sarif',
      INPUT_FAIL: 'true',
    };
    const { code, stdout } = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(packageDir, 'action', 'run.mjs')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out }));
    });
    assert.equal(code, 1);
    const annotations = stdout.split('\n').filter((l) => l.startsWith('::error '));
    assert.equal(annotations.length, 20);
    assert.match(stdout, /^::error file=site\/forms\.html,line=14,title=image-alt \(critical\)::Images must have alternative text: img\[src\$="forms-1\.png"\] on site\/forms\.html$/m);
    const summary = await readFile(join(dir, 'summary.md'), 'utf8');
    assert.match(summary, /^## caremode-audit: Fail$/m);
    assert.match(summary, /\| Pages audited \| Violations \| Needs review \|\n\|---\|---\|---\|\n\| 2 of 2 \| 20 \| 0 \|/);
    assert.match(summary, /\| \[`image-alt`\]\([^)]+\) \| critical \| 10 \| 10 \| 2 \|/);
    const outputs = await readFile(join(dir, 'output.txt'), 'utf8');
    assert.match(outputs, /^exit-code=1$/m);
    assert.match(outputs, /^new=20$/m);
    const sarif = JSON.parse(await readFile(join(dir, 'out', 'audit.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results.length, 20);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('SARIF and Code Quality locations of stories point at the story source file (importPath)', async () => {
  const { runCli } = await import('./helpers.mjs');
  const { stdout } = await runCli(['test/fixtures/storybook', '--include', '*placeholder*', '--mode', 'default', '--viewport', 'desktop', '--no-config', '--format', 'sarif']);
  const sarif = JSON.parse(stdout);
  const uris = new Set(sarif.runs[0].results.map((/** @type {any} */ r) => r.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris], ['field.stories.js']);
});
