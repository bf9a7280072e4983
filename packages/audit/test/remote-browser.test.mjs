// --browser-url against a second Chromium this test starts with --remote-debugging-port, as a
// CI job would use a browser container or pool: the audit runs in it, local folders are served
// on --serve-host, a lost connection is retried once, and pages lost for good exit 4.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { chromeArgs, findChrome } from '../lib/chrome.js';
import { serveFolder } from '../lib/static-server.js';
import { closedPort, runCli } from './helpers.mjs';

const site = 'test/fixtures/site';
const fast = ['--mode', 'default', '--viewport', 'phone'];
/** @type {Set<import('node:child_process').ChildProcess>} */
const started = new Set();
after(() => {
  for (const child of started) child.kill('SIGKILL');
});

/**
 * A headless Chromium listening for DevTools connections, as `chromium --remote-debugging-port`.
 * @param {number} port 0 for any
 * @returns {Promise<{ ws: string, http: string, stop: () => Promise<void> }>}
 */
function remoteChromium(port = 0) {
  const profile = mkdtempSync(join(tmpdir(), 'caremode-audit-remote-'));
  const child = spawn(findChrome(), [...chromeArgs, '--headless', `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  started.add(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.kill('SIGKILL');
    await exited;
    started.delete(child);
    // Chromium's helper processes may still be writing the profile a moment after it exits.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // A leftover folder in the temporary directory is harmless.
    }
  };
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const ws = /DevTools listening on (ws:\/\/\S+)/.exec(err)?.[1];
      if (ws) resolve({ ws, http: `http://${new URL(ws).host}`, stop });
    });
    child.once('exit', () => reject(new Error(`Chromium exited before listening:\n${err}`)));
  });
}

/**
 * Runs the CLI and calls `onLine` with each progress line on stderr as it comes.
 * @param {string[]} args
 * @param {(line: string) => void} onLine
 */
function runWatching(args, onLine) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/caremode-audit.js', ...args], { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      for (const line of String(d).split('\n')) if (line) onLine(line);
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a remote Chromium', { concurrency: 1 }, () => {
  test('audits in it over http:// and ws://, serving local files on --serve-host, with the same results as a local run', async () => {
    const remote = await remoteChromium();
    try {
      const args = [`${site}/index.html`, `${site}/apply/index.html`, ...fast, '--format', 'json'];
      const [local, overHttp, overWs] = await Promise.all([
        runCli(args),
        runCli([...args, '--browser-url', remote.http, '--serve-host', '127.0.0.2']),
        runCli([...args, '--browser-url', remote.ws]),
      ]);
      const shape = (/** @type {{ code: number, stdout: string, stderr: string }} */ r) => {
        const report = JSON.parse(r.stdout);
        return [r.code, report.pages.map((/** @type {any} */ p) => [p.id, p.status, p.runs.flatMap((/** @type {any} */ run) => run.violations.map((/** @type {any} */ v) => v.id))])];
      };
      assert.equal(local.code, 1, local.stderr);
      assert.deepEqual(shape(overHttp), shape(local), overHttp.stderr);
      assert.deepEqual(shape(overWs), shape(local), overWs.stderr);
    } finally {
      await remote.stop();
    }
  });

  test('--serve-host sets the address the files are served on', async () => {
    // The CLI runs in the package folder; this test process may run from anywhere (npm test: the root).
    const server = await serveFolder(fileURLToPath(new URL('fixtures/site', import.meta.url)), { host: '127.0.0.2' });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.2:\d+$/);
      assert.equal((await fetch(`${server.url}/index.html`)).status, 200);
    } finally {
      await server.close();
    }
  });

  test('a browser that restarts during the run is reconnected to once, and no page is lost', async () => {
    const port = await closedPort();
    let remote = await remoteChromium(port);
    let restarted;
    const { code, stdout, stderr } = await runWatching([site, ...fast, '--concurrency', '1', '--progress', '--browser-url', `http://127.0.0.1:${port}`, '--format', 'json'], (line) => {
      if (!restarted && line.startsWith('[1/')) restarted = remote.stop().then(async () => (remote = await remoteChromium(port)));
    });
    await restarted;
    await remote.stop();
    const report = JSON.parse(stdout);
    assert.equal(report.summary.failed, 0, stderr);
    assert.equal(report.summary.pages, 6);
    assert.equal(code, 1, stderr);
  });

  test('pages lost for good are reported as lost, and the run exits 4', async () => {
    const remote = await remoteChromium();
    let stopped;
    const { code, stdout, stderr } = await runWatching([site, ...fast, '--concurrency', '1', '--progress', '--browser-url', remote.http, '--format', 'json'], (line) => {
      if (!stopped && line.startsWith('[1/')) stopped = remote.stop();
    });
    await stopped;
    assert.equal(code, 4, stderr);
    const report = JSON.parse(stdout);
    const lost = report.pages.filter((/** @type {any} */ p) => p.status === 'failed');
    assert.ok(lost.length >= 4, `${lost.length} lost`);
    for (const page of lost) {
      assert.equal(page.error.kind, 'lost');
      assert.match(page.error.message, /The connection to the browser at http:\/\/127\.0\.0\.1:\d+ was lost, and retrying once did not bring it back \(Cannot connect to the browser at [^)]*\)\./);
    }
  });

  test('a browser that is not there exits 3', async () => {
    const { code, stderr } = await runCli([`${site}/index.html`, '--browser-url', `http://127.0.0.1:${await closedPort()}`]);
    assert.equal(code, 3);
    assert.match(stderr, /Cannot connect to the browser at http:\/\/127\.0\.0\.1:\d+/);
  });
});
