// Shared by the benchmarks: bundle a page module with esbuild, serve it on loopback, run it in
// Debian's Chromium, Firefox and WebKit. Benchmarks report; they never gate CI.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { engineMissing, engines, firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from '../test/wtr/engines.mjs';
import { chromeArgs, findChrome } from '../test/wtr/find-chrome.mjs';

export async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'error',
    // BENCH_SOURCE=1 measures the TypeScript sources instead of the built packages (no build needed).
    conditions: process.env.BENCH_SOURCE ? ['source', 'browser', 'production'] : ['browser', 'production'],
  });
  return result.outputFiles[0].text;
}

/** Serves one HTML page and its scripts from memory; returns { url, close }. */
export function serve(files) {
  const server = createServer((req, res) => {
    const body = files[new URL(req.url, 'http://x').pathname];
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': req.url.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })),
  );
}

export const launch = () => puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

/** The engines a benchmark runs in: BENCH_ENGINES=chromium,firefox to choose; missing ones are named and left out. */
export function benchEngines() {
  const asked = process.env.BENCH_ENGINES ? process.env.BENCH_ENGINES.split(',') : engines;
  return asked.filter((engine) => {
    const missing = engineMissing(engine);
    if (missing) console.log(`  (${engine} left out: ${missing})`);
    return !missing;
  });
}

/**
 * One browser of an engine with the little a benchmark needs: open a page, evaluate a function
 * in it (awaiting its promise), close. Chromium and Firefox through puppeteer-core, WebKit through
 * classic WebDriver, which awaits a returned promise too.
 */
export async function openEngine(engine) {
  if (engine === 'webkit') {
    const { remote } = await import('webdriverio');
    const port = await startWebKitDriver();
    const driver = await remote({ hostname: '127.0.0.1', port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() });
    return {
      async newPage() {
        return {
          goto: (url) => driver.url(url),
          // WebDriver serialises the function's source; the argument travels as JSON.
          evaluate: (fn, arg) => driver.execute(`return (${fn}).apply(null, arguments)`, arg),
          close: async () => driver.url('about:blank'),
        };
      },
      close: () => driver.deleteSession(),
    };
  }
  const browser = await puppeteer.launch(engine === 'firefox' ? firefoxLaunchOptions() : { executablePath: findChrome(), headless: true, args: chromeArgs });
  return {
    newPage: () => browser.newPage(),
    close: () => browser.close(),
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * A low-end phone on a slow network, as Chrome DevTools emulates them: the CPU 4x slower and
 * DevTools' "Slow 3G" (2 s round trip, 400 kbit/s each way). Chromium only (CDP).
 */
export const lowEndProfile = {
  name: 'low-end (4x CPU, slow 3G)',
  cpuThrottlingRate: 4,
  network: { offline: false, latency: 2000, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 },
};

/** Applies `profile` to a puppeteer page before it navigates; returns the CDP session to keep it alive. */
export async function applyProfile(page, profile = lowEndProfile) {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottlingRate });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', profile.network);
  return cdp;
}
