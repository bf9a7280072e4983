// QR codes: encode + render time for each payload of the QR tests, for care-qr-code against the
// raw encoder alone (lean-qr's generate and its SVG output: the component's overhead) and against
// Shoelace's sl-qr-code (qr-creator on a canvas). One code at a time, as a page shows them: the
// clock stops after the element's updateComplete and a forced layout. Bundle sizes (minified,
// gzip -9) of each variant are printed too. Reported, never a gate.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, median, serve } from './lib.mjs';

const RUNS = 7;
const COUNT = 20;
const WIDTH = 600;
const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..');

// Each variant's page module: `make(value)` returns an element that shows `value` as a QR code.
const variants = {
  'care-qr-code': `import '@caremode/qr/define/care-qr-code.js';
    export const make = (value) => Object.assign(document.createElement('care-qr-code'), { value });`,
  'lean-qr alone': `import { generate } from 'lean-qr';
    import { toSvg } from 'lean-qr/extras/svg';
    export const make = (value) => {
      const holder = document.createElement('div');
      holder.append(toSvg(generate(value), document, { on: 'black', off: 'white', width: ${WIDTH}, height: ${WIDTH} }));
      return holder;
    };`,
  'sl-qr-code': `import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js';
    export const make = (value) => Object.assign(document.createElement('sl-qr-code'), { value, size: ${WIDTH} });`,
};

// The payloads of packages/qr/src/qr-code/test-payloads.ts, bundled into the page.
const payloadsModule = `export { qrPayloads } from './packages/qr/src/qr-code/test-payloads.ts';`;

const harness = `
  window.runBench = async (value, count) => {
    const { make } = await import('./variant.js');
    const host = document.getElementById('host');
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      const el = make(value);
      host.replaceChildren(el);
      await el.updateComplete;
      host.offsetHeight;
    }
    return (performance.now() - start) / count;
  };
  window.payloads = async () => (await import('./payloads.js')).qrPayloads;
  // Whether the last code was really drawn: a dark pixel in the canvas, a path, or modules.
  window.drawn = () => {
    const el = document.getElementById('host').firstElementChild;
    const canvas = el.shadowRoot?.querySelector('canvas');
    if (canvas) {
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 128) return true;
      return false;
    }
    return !!(el.modules || el.querySelector('path')?.getAttribute('d'));
  };`;

// The built package when there is one (npm run bench builds first), else its sources.
const conditions = existsSync(join(root, 'packages/qr/dist/define/care-qr-code.js')) ? ['browser', 'production'] : ['source', 'browser', 'production'];

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'error',
    conditions,
  });
  return result.outputFiles[0].text;
}

export async function run() {
  const browser = await launch();
  const results = {};
  const sizes = {};
  let names = [];
  try {
    const payloadsJs = await bundle(payloadsModule);
    for (const [variant, source] of Object.entries(variants)) {
      const js = await bundle(source);
      sizes[variant] = gzipSync(Buffer.from(js), { level: 9 }).length;
      const server = await serve({
        '/': `<!doctype html><html lang="en"><body><main id="host" style="width:${WIDTH}px"></main><script type="module">${harness}</script></body></html>`,
        '/variant.js': js,
        '/payloads.js': payloadsJs,
      });
      const page = await browser.newPage();
      await page.goto(server.url);
      const payloads = await page.evaluate(() => window.payloads());
      names = Object.keys(payloads);
      results[variant] = {};
      for (const name of names) {
        try {
          await page.evaluate((v) => window.runBench(v, 3), payloads[name]);
          const times = [];
          for (let r = 0; r < RUNS; r++) times.push(await page.evaluate((v, n) => window.runBench(v, n), payloads[name], COUNT));
          results[variant][name] = (await page.evaluate(() => window.drawn())) ? median(times) : 'not drawn';
        } catch (error) {
          results[variant][name] = `failed: ${String(error.message ?? error).split('\n')[0].slice(0, 60)}`;
        }
      }
      await page.close();
      await server.close();
    }
  } finally {
    await browser.close();
  }
  const cell = (v) => (typeof v === 'number' ? `${v.toFixed(2)} ms` : v).padStart(12);
  const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' ? `${(a / b).toFixed(2)}x` : '-').padStart(10);
  console.log(`Encode + render one QR code (${WIDTH} px box; median of ${RUNS} runs of ${COUNT}, Chromium headless):`);
  console.log(`  ${'payload'.padEnd(11)}${Object.keys(variants).map((v) => v.padStart(14)).join('')}  care/lean-qr  care/sl-qr-code`);
  for (const name of names) {
    const [care, lean, sl] = Object.keys(variants).map((v) => results[v][name]);
    console.log(`  ${name.padEnd(11)}${[care, lean, sl].map((v) => cell(v).padStart(14)).join('')}${ratio(care, lean).padStart(14)}${ratio(care, sl).padStart(17)}`);
  }
  console.log(`  bundle, minified + gzip -9: ${Object.entries(sizes).map(([v, n]) => `${v} ${(n / 1024).toFixed(1)} KB`).join(', ')}`);
  return { results, sizes };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
