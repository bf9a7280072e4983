// Time until a step guide's first step is visible, server-rendered (@lit-labs/ssr, then
// hydrated) and client-rendered, on a desktop and on the low-end profile (4x CPU, slow 3G).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { applyProfile, launch, lowEndProfile, median, serve } from './lib.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function guidePages() {
  const dir = mkdtempSync(join(tmpdir(), 'caremode-ssr-bench-'));
  try {
    const conditions = process.env.BENCH_SOURCE ? ['source'] : [];
    await build({
      entryPoints: [join(ROOT, 'bench/ssr-guide-server.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: join(dir, 'server.mjs'),
      external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*', '@lit-labs/*'],
      conditions,
      logLevel: 'error',
    });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const { guidePage } = await import(pathToFileURL(join(dir, 'server.mjs')).href);
    const client = await build({
      entryPoints: [join(ROOT, 'bench/ssr-guide-client.ts')],
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      conditions: [...conditions, 'browser', 'production'],
      logLevel: 'error',
    });
    return { ssr: await guidePage(true), csr: await guidePage(false), script: client.outputFiles[0].text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const pages = await guidePages();
  const server = await serve({ '/ssr': pages.ssr, '/csr': pages.csr, '/guide.js': pages.script });
  const browser = await launch();
  console.log(`page: ${(pages.ssr.length / 1024).toFixed(1)} KB server-rendered, ${(pages.csr.length / 1024).toFixed(1)} KB client-only; script ${(pages.script.length / 1024).toFixed(1)} KB (uncompressed)`);
  try {
    for (const profile of [null, lowEndProfile]) {
      for (const mode of ['ssr', 'csr']) {
        const times = [];
        for (let i = 0; i < RUNS; i++) {
          const page = await browser.newPage();
          if (profile) await applyProfile(page, profile);
          await page.goto(`${server.url}/${mode}`, { waitUntil: 'load', timeout: 120_000 });
          await page.waitForFunction('window.firstStepAt !== undefined', { timeout: 120_000, polling: 50 });
          times.push(await page.evaluate(() => window.firstStepAt));
          await page.close();
        }
        const label = mode === 'ssr' ? 'server-rendered' : 'client-rendered';
        console.log(`${profile ? profile.name : 'desktop (no throttling)'}, ${label}: first step visible after ${Math.round(median(times))} ms (median of ${RUNS}: ${times.map(Math.round).join(', ')})`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
