// Consumer apps built from the packed tarballs, as a portal team would install Caremode: each app
// in test/consumers/apps/<name>/ is copied to a temporary folder outside the workspace, its own
// third-party dependencies installed with `npm ci` from its committed lockfile, the Caremode
// tarballs added with `npm install --no-save`, then built, served and checked in headless
// Chromium. The contract an app follows is in test/consumers/README.md.
//   node test/consumers/run.mjs [--packed DIR] [app ...]
// Without --packed the packages are packed first (build them before: `npm run build`).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { packAll } from '../../scripts/pack.mjs';
import { root, workspacePackages } from '../../scripts/packages.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { chromeArgs, findChrome } from '../wtr/find-chrome.mjs';

const appsDir = join(root, 'test', 'consumers', 'apps');
/** Two apps at a time: one installs or builds while the other's browser runs, on two cores. */
const PARALLEL = Number(process.env.CAREMODE_CONSUMERS_PARALLEL ?? 2);
const CHECK_TIMEOUT = 30_000;
/** Framework adapters bring their framework as a peer dependency: only apps of that framework install them. */
const ADAPTERS = ['@caremode/react', '@caremode/vue', '@caremode/angular'];

/** Runs a command in an app folder; resolves to { code, output } with stdout and stderr kept for the report. */
function exec(cmd, args, cwd, env = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => done({ code: 1, output: output + error.message }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** The Caremode packages an app asked for and every Caremode package they depend on. */
function withDependencies(names) {
  const byName = new Map(workspacePackages().map((p) => [p.name, p.json]));
  const seen = new Set();
  const add = (name) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    for (const dep of Object.keys(byName.get(name).dependencies ?? {})) add(dep);
  };
  names.forEach(add);
  return [...seen];
}

/** `build` is one command as an array, [cmd, ...args]. */
const buildCommand = ([cmd, ...args] = ['npm', 'run', 'build']) => [cmd, args];

const seconds = (ms) => (ms / 1000).toFixed(1);

async function loadApp(name) {
  const dir = join(appsDir, name);
  const module = await import(pathToFileURL(join(dir, 'consumer.mjs')).href);
  return { name, dir, ...module.default };
}

/** Copies, installs, builds, serves and checks one app. Never throws: every failure is counted. */
async function runApp(app, tarballs, browser) {
  const log = [];
  const say = (line) => log.push(line);
  const times = {};
  let passed = 0;
  let failed = 0;
  const work = mkdtempSync(join(tmpdir(), `caremode-consumer-${app.name}-`));
  const step = async (label, cmd, args) => {
    const start = Date.now();
    const { code, output } = await exec(cmd, args, work, app.env);
    times[label] = Date.now() - start;
    if (code) {
      failed++;
      say(`  ✗ ${label} failed (${cmd} ${args.join(' ')}, exit ${code}):\n${output.trimEnd().replace(/^/gm, '    | ')}`);
    }
    return !code;
  };
  try {
    cpSync(app.dir, work, {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist)([/\\]|$)/.test(src.slice(app.dir.length)),
    });
    const wanted = withDependencies(app.packages ?? workspacePackages().map((p) => p.name).filter((n) => !ADAPTERS.includes(n)));
    const missing = wanted.filter((n) => !tarballs[n]);
    if (missing.length) throw new Error(`no tarball for ${missing.join(', ')}`);
    const npm = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
    const ok =
      (await step('install', 'npm', ['ci', ...npm])) &&
      (await step('install Caremode', 'npm', ['install', '--no-save', ...npm, ...wanted.map((n) => tarballs[n])])) &&
      (await step('build', ...buildCommand(app.build)));
    if (!ok) return { passed, failed, times, log };

    const server = app.start ? await app.start(work) : await serveStatic(join(work, app.dist ?? 'dist'));
    const start = Date.now();
    try {
      for (const check of app.checks) {
        const context = await browser.createBrowserContext();
        try {
          await withTimeout(check.run({ url: server.url, newPage: (path) => openPage(context, server.url + (path ?? app.path ?? '/')) }), CHECK_TIMEOUT);
          passed++;
          say(`  ✓ ${check.name}`);
        } catch (error) {
          failed++;
          say(`  ✗ ${check.name}\n${String(error?.stack ?? error).replace(/^/gm, '    | ')}`);
        } finally {
          await context.close();
        }
      }
    } finally {
      await (server.stop ?? server.close)();
    }
    times.test = Date.now() - start;
  } catch (error) {
    failed++;
    say(`  ✗ ${error?.stack ?? error}`);
  } finally {
    if (!process.env.CAREMODE_CONSUMERS_KEEP) rmSync(work, { recursive: true, force: true });
    else say(`  (kept in ${work})`);
  }
  return { passed, failed, times, log };
}

/** A fresh page that remembers its uncaught errors and failed requests, for checks that must see none. */
async function openPage(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && page.errors.push(`${r.status()} ${r.url()}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return page;
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Every app, or the named ones; returns { passed, failed } over every check of every app. */
export async function consumersStage({ apps = [], packed } = {}) {
  const names = apps.length ? apps : readdirSync(appsDir).filter((n) => existsSync(join(appsDir, n, 'consumer.mjs'))).sort();
  let tarballs;
  if (packed) {
    tarballs = Object.fromEntries(
      readdirSync(packed).filter((f) => f.endsWith('.tgz')).map((f) => {
        const json = JSON.parse(tarEntry(join(packed, f), 'package/package.json'));
        return [json.name, join(packed, f)];
      }),
    );
  } else {
    const start = Date.now();
    tarballs = packAll();
    console.log(`packed ${Object.keys(tarballs).length} packages in ${seconds(Date.now() - start)} s`);
  }
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  const totals = { passed: 0, failed: 0 };
  const rows = [];
  try {
    const queue = [...names];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const start = Date.now();
        let result;
        try {
          result = await runApp(await loadApp(name), tarballs, browser);
        } catch (error) {
          result = { passed: 0, failed: 1, times: {}, log: [`  ✗ ${error?.stack ?? error}`] };
        }
        const t = result.times;
        const install = (t.install ?? 0) + (t['install Caremode'] ?? 0);
        const row = `${name}: install ${seconds(install)} s (npm ci ${seconds(t.install ?? 0)}, Caremode ${seconds(t['install Caremode'] ?? 0)}), build ${seconds(t.build ?? 0)} s, test ${seconds(t.test ?? 0)} s, total ${seconds(Date.now() - start)} s: ${result.passed} passed, ${result.failed} failed`;
        console.log(`\n--- ${name}\n${result.log.join('\n')}\n${row}`);
        rows.push(row);
        totals.passed += result.passed;
        totals.failed += result.failed;
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, names.length) }, worker));
  } finally {
    await browser.close();
  }
  console.log(`\nConsumer apps:\n${rows.map((r) => `  ${r}`).join('\n')}`);
  return totals;
}

/** One file of a tarball, read with tar (everywhere npm is). */
const tarEntry = (tarball, entry) => execFileSync('tar', ['-xzOf', tarball, entry], { encoding: 'utf8' });

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--packed');
  const packed = at >= 0 ? resolve(args.splice(at, 2)[1]) : undefined;
  const { passed, failed } = await consumersStage({ apps: args, packed });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
