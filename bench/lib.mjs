// Shared by the benchmarks: bundle a page module with esbuild, serve it on loopback, run it in
// Debian's Chromium. Benchmarks report; they never gate CI.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
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

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
