// Every example rendered on the server with @lit-labs/ssr, loaded in Chromium with JavaScript off
// (visible, styled, labelled, 60 px targets in care mode) and on (hydrates to the same DOM as a
// client-only render, without moving anything and without losing what was typed first).
// `node test/ssr/run.mjs` runs it alone (after `npm run build`); `--source` bundles packages' src
// instead of dist, for working on the guards without a build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../wtr/find-chrome.mjs';
import { knownGap } from './known-gaps.mjs';
import { domShape, elementBoxes, interactiveTargets, styleSignature } from './page-probes.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CARE_TARGET_PX = 60;

/** The server bundle imports the packages' entries (dist, as a portal does) and keeps lit shared with @lit-labs/ssr. */
async function bundle(dir, source) {
  const common = { bundle: true, format: 'esm', tsconfig: join(ROOT, 'tsconfig.json'), logLevel: 'error', absWorkingDir: ROOT, conditions: source ? ['source'] : [] };
  await build({
    ...common,
    entryPoints: [join(ROOT, 'test/ssr/server-entry.ts')],
    platform: 'node',
    outfile: join(dir, 'server.mjs'),
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*', '@lit-labs/*'],
  });
  await build({ ...common, entryPoints: [join(ROOT, 'test/ssr/client-entry.ts')], platform: 'browser', outfile: join(dir, 'client.js') });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
}

/** Scripts held back until the test lets them through, by the page's `x-gate` header. */
const gates = new Map();
const gateFor = (id) => {
  if (!gates.has(id)) {
    let release;
    const opened = new Promise((resolve) => (release = resolve));
    gates.set(id, { opened, release });
  }
  return gates.get(id);
};
const releaseScript = (id) => gateFor(id).release();

function serve(dir, examplePage) {
  const client = readFileSync(join(dir, 'client.js'));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (url.pathname === '/client.js') {
        const gate = req.headers['x-gate'];
        if (gate) {
          await gateFor(gate).opened;
          gates.delete(gate);
        }
        // Never from the cache: each page's script must pass its gate.
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(client);
        return;
      }
      const [, mode, id] = url.pathname.split('/');
      const html = await examplePage(id, {
        ssr: mode === 'ssr',
        script: url.searchParams.get('js') !== '0',
        url: req.url,
        cookie: req.headers.cookie,
        lang: url.searchParams.get('lang') ?? 'en',
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack ?? error));
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Accessible names of the page's controls, from Chromium's own accessibility tree. */
async function controlNames(page) {
  const cdp = await page.createCDPSession();
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const roles = new Set(['textbox', 'combobox', 'checkbox', 'radio', 'button', 'spinbutton', 'listbox', 'switch', 'slider', 'searchbox']);
  return nodes
    .filter((n) => !n.ignored && roles.has(n.role?.value))
    .map((n) => ({ role: n.role.value, name: String(n.name?.value ?? '').trim() }));
}

const waitSettled = (page) => page.waitForFunction('window.caremodeSettled === true', { timeout: 20_000 });

export async function runSsrTests({ source = false, only } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'caremode-ssr-'));
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const gapsSeen = new Map();
  /** `kind` names the check for known-gaps.mjs; a failure there is counted as skipped, and listed. */
  const gapsPassed = new Set();
  const skippedChecks = [];
  const check = (ok, label, detail = '', kind) => {
    const id = label.split(':')[0];
    const gap = kind && knownGap(id, kind);
    if (ok) {
      if (gap) gapsPassed.add(`${id} (${kind})`);
      return passed++;
    }
    if (gap) {
      skipped++;
      skippedChecks.push(`${id} ${kind}`);
      gapsSeen.set(`${id.split('--')[0]} (${kind})`, gap);
      return;
    }
    failed++;
    console.log(`  FAIL ${label}${detail ? `: ${detail}` : ''}`);
  };
  let browsers = [];
  let server;
  try {
    await bundle(dir, source);
    const { examplePage, exampleIds } = await import(pathToFileURL(join(dir, 'server.mjs')).href);
    server = await serve(dir, examplePage);
    const origin = `http://127.0.0.1:${server.address().port}`;
    // One browser per worker: a page in a background tab gets no animation frames.
    const launchOne = () => puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeArgs, '--window-size=1024,900'] });
    browsers = await Promise.all([launchOne(), launchOne()]);
    const [browser] = browsers;

    const runExample = async (page, id) => {
      // The client-only render: what every server-rendered page is compared with.
      await page.setJavaScriptEnabled(true);
      await page.goto(`${origin}/csr/${id}`);
      await waitSettled(page);
      const client = { boxes: await page.evaluate(elementBoxes), styles: await page.evaluate(styleSignature), shape: await page.evaluate(domShape) };

      // JavaScript off, default mode: visible, styled, labelled.
      await page.setJavaScriptEnabled(false);
      await page.goto(`${origin}/ssr/${id}?js=0`);
      const boxes = await page.evaluate(elementBoxes);
      const hidden = client.boxes.filter((b, i) => b.visible && !boxes[i]?.visible).map((b) => b.tag);
      check(boxes.length === client.boxes.length && hidden.length === 0 && boxes.some((b) => b.visible), `${id}: visible without JavaScript`, hidden.join(', ') || `${boxes.length} elements, client has ${client.boxes.length}`, 'visible');
      const styles = await page.evaluate(styleSignature);
      const unstyled = client.styles.filter((s, i) => s.signature !== styles[i]?.signature);
      check(styles.length === client.styles.length && unstyled.length === 0, `${id}: styled without JavaScript`, unstyled.map((s, i) => `${s.tag} ${s.signature} vs ${styles[client.styles.indexOf(s)]?.signature}`).slice(0, 2).join('; '), 'styled');
      const names = await controlNames(page);
      const unnamed = names.filter((n) => !n.name);
      check(unnamed.length === 0, `${id}: every control labelled without JavaScript`, unnamed.map((n) => n.role).join(', '), 'labelled');

      // JavaScript off, care mode through the query: targets of 60 px.
      await page.goto(`${origin}/ssr/${id}?js=0&care=1`);
      const small = (await page.evaluate(interactiveTargets)).filter((t) => t.height < CARE_TARGET_PX - 0.5);
      check(small.length === 0, `${id}: ${CARE_TARGET_PX} px targets in care mode without JavaScript`, small.map((t) => `${t.what} ${t.height}px`).join(', '), 'targets');

      // JavaScript on, the script held back until the test lets it through: what the person saw
      // first must not move when the page hydrates, and must match the client-only render.
      page.errors.length = 0;
      await page.setJavaScriptEnabled(true);
      const gate = `${id}-${Math.random()}`;
      await page.setExtraHTTPHeaders({ 'x-gate': gate });
      await page.goto(`${origin}/ssr/${id}`, { waitUntil: 'domcontentloaded' });
      const firstPaint = await page.evaluate(elementBoxes);
      releaseScript(gate);
      await waitSettled(page);
      const hydrated = await page.evaluate(elementBoxes);
      const moved = firstPaint.filter((b, i) => b.visible && hydrated[i] && (Math.abs(b.x - hydrated[i].x) > 1 || Math.abs(b.y - hydrated[i].y) > 1 || Math.abs(b.width - hydrated[i].width) > 1 || Math.abs(b.height - hydrated[i].height) > 1));
      check(page.errors.length === 0, `${id}: hydrates without errors`, page.errors.join('; '), 'errors');
      check(moved.length === 0, `${id}: hydration lays nothing out again`, moved.map((b) => `${b.tag} ${JSON.stringify(b)} -> ${JSON.stringify(hydrated[firstPaint.indexOf(b)])}`).slice(0, 2).join('; '), 'layout');
      const shape = await page.evaluate(domShape);
      const same = shape === client.shape;
      check(same, `${id}: hydrated DOM matches the client-only render`, same ? '' : firstDifference(client.shape, shape), 'dom');

      // Again, typing into the first field before the script is let through: the text stays.
      const typingGate = `${gate}-typing`;
      await page.setExtraHTTPHeaders({ 'x-gate': typingGate });
      await page.goto(`${origin}/ssr/${id}`, { waitUntil: 'domcontentloaded' });
      const field = await page.evaluateHandle(() => {
        const find = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.matches('input:is([type=text],[type=tel],[type=email],:not([type])),textarea') && !el.matches(':disabled') && !el.readOnly && el.getBoundingClientRect().height > 0) return el;
            const inner = el.shadowRoot && find(el.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        return find(document);
      });
      if (await field.evaluate((el) => !!el)) {
        await field.focus();
        await page.keyboard.type('Nguyễn 12');
        const before = await field.evaluate((el) => el.value);
        releaseScript(typingGate);
        await waitSettled(page);
        const after = await field.evaluate((el) => (el.isConnected ? el.value : '(replaced)'));
        check(after === before && before.includes('12'), `${id}: text typed before the script arrived is kept`, `"${before}" became "${after}"`, 'typed');
      } else releaseScript(typingGate);
      await page.setExtraHTTPHeaders({});
    };

    const ids = exampleIds.filter((id) => !only || id.includes(only));
    const queue = [...ids];
    const worker = async (browser) => {
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      await page.setViewport({ width: 1024, height: 900 });
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error.message.split('\n')[0]));
      for (let id = queue.shift(); id; id = queue.shift()) {
        try {
          await runExample(page, id);
        } catch (error) {
          check(false, `${id}: ran`, error.message);
        }
      }
      await page.close();
    };
    await Promise.all(browsers.map(worker));

    // Language preloaded on the server: built-in strings arrive in Vietnamese with no script.
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/ssr/care-button--busy?js=0&lang=vi`);
    const busy = await page.evaluate(() =>
      [...(document.querySelector('care-button')?.shadowRoot?.childNodes ?? [])].filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join(' '),
    );
    check(/Vui lòng chờ/.test(busy), 'server renders built-in strings in a preloaded language (vi)', busy.trim().slice(0, 80));
    // Care mode through the cookie, as a portal reads it.
    await page.setCookie({ name: 'caremode-care', value: '1', url: origin });
    await page.goto(`${origin}/ssr/care-text-field--fullName?js=0`);
    const careAttr = await page.evaluate(() => document.documentElement.getAttribute('data-care-mode'));
    check(careAttr === 'on', 'the caremode-care cookie renders the page in care mode', String(careAttr));
    // With the script: a page the server rendered in care mode stays so when nothing is stored,
    // and a choice stored in this browser still wins.
    await page.setJavaScriptEnabled(true);
    await page.goto(`${origin}/ssr/care-text-field--fullName`);
    await waitSettled(page);
    const kept = await page.evaluate(() => document.documentElement.dataset.careMode);
    check(kept === 'on', 'a page rendered in care mode stays in care mode once the script runs', String(kept));
    await page.evaluate(() => localStorage.setItem('caremode:preferences:v1', JSON.stringify({ careMode: false })));
    await page.goto(`${origin}/ssr/care-text-field--fullName`);
    await waitSettled(page);
    const stored = await page.evaluate(() => document.documentElement.dataset.careMode);
    check(stored === 'off', 'a care-mode choice stored in the browser wins over the server’s', String(stored));
    await page.close();
  } catch (error) {
    console.log(`  FAIL server-side rendering stage: ${error?.stack ?? error}`);
    failed++;
  } finally {
    for (const [what, reason] of gapsSeen) console.log(`  known gap, counted as skipped: ${what}: ${reason}`);
    if (gapsPassed.size) console.log(`  declared as known gaps but passing (narrow known-gaps.mjs): ${[...gapsPassed].join(', ')}`);
    await Promise.all(browsers.map((b) => b.close()));
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { passed, failed, skipped, skippedChecks };
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `client …${a.slice(Math.max(0, i - 80), i + 80)}… hydrated …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const started = Date.now();
  const result = await runSsrTests({ source: process.argv.includes('--source'), only });
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  const json = process.argv.find((a) => a.startsWith('--json='))?.slice(7);
  if (json) {
    mkdirSync(dirname(json), { recursive: true });
    writeFileSync(json, JSON.stringify(result));
  }
  console.log(`${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (known gaps)`);
  process.exitCode = result.failed ? 1 : 0;
}
