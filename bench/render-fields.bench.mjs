// Render 1,000 text fields: care-text-field against Shoelace's sl-input and a bare Lit input,
// on the same page setup. The clock stops only after every element's updateComplete and a
// forced layout. Reported as ratios; the goal for care-text-field is <= 0.4x Shoelace's time.
import { join } from 'node:path';
import { bundle, launch, median, serve } from './lib.mjs';

const COUNT = 1000;
const RUNS = 7;
const here = new URL('.', import.meta.url).pathname;
const variants = ['care-text-field', 'sl-input', 'lit-input'];

const harness = `
  window.runBench = async (count) => {
    const { make } = await import('./variant.js');
    const host = document.getElementById('host');
    host.replaceChildren();
    const start = performance.now();
    const els = [];
    for (let i = 0; i < count; i++) els.push(host.appendChild(make(i)));
    await Promise.all(els.map((el) => el.updateComplete));
    host.offsetHeight;
    return performance.now() - start;
  };`;

export async function run() {
  const browser = await launch();
  const results = {};
  try {
    for (const name of variants) {
      const js = await bundle(join(here, 'pages', `${name}.js`));
      const server = await serve({
        '/': `<!doctype html><html lang="en"><body><main id="host"></main><script type="module">${harness}</script></body></html>`,
        '/variant.js': js,
      });
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.evaluate(() => window.runBench(100));
      const times = [];
      for (let r = 0; r < RUNS; r++) times.push(await page.evaluate((n) => window.runBench(n), COUNT));
      results[name] = median(times);
      await page.close();
      await server.close();
    }
  } finally {
    await browser.close();
  }
  const care = results['care-text-field'];
  console.log(`Render ${COUNT} text fields (median of ${RUNS}, ms, Chromium headless):`);
  for (const [name, ms] of Object.entries(results)) console.log(`  ${name.padEnd(16)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log(`  care-text-field / sl-input:  ${(care / results['sl-input']).toFixed(2)}x (goal <= 0.40x)`);
  console.log(`  care-text-field / bare Lit:  ${(care / results['lit-input']).toFixed(2)}x`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
