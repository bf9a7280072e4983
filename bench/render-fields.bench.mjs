// Render 1,000 text fields: care-text-field against Shoelace's sl-input and a bare Lit input,
// on the same page setup, in each engine (the three variants always side by side in one browser). The clock stops only after every element's updateComplete and a
// forced layout. Reported as ratios; the goal for care-text-field is <= 0.4x Shoelace's time.
import { join } from 'node:path';
import { benchEngines, bundle, median, openEngine, serve } from './lib.mjs';

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

async function inEngine(engine, bundles) {
  const browser = await openEngine(engine);
  const results = {};
  try {
    for (const name of variants) {
      const server = await serve({
        '/': `<!doctype html><html lang="en"><body><main id="host"></main><script type="module">${harness}</script></body></html>`,
        '/variant.js': bundles[name],
      });
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.evaluate(async (n) => {
        while (!window.runBench) await new Promise((r) => setTimeout(r, 10));
        return window.runBench(n);
      }, 100);
      const times = [];
      for (let r = 0; r < RUNS; r++) times.push(await page.evaluate((n) => window.runBench(n), COUNT));
      results[name] = median(times);
      await page.close();
      await server.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

export async function run() {
  const bundles = {};
  for (const name of variants) bundles[name] = await bundle(join(here, 'pages', `${name}.js`));
  const all = {};
  for (const engine of benchEngines()) {
    const results = await inEngine(engine, bundles);
    all[engine] = results;
    const care = results['care-text-field'];
    console.log(`Render ${COUNT} text fields in ${engine} (median of ${RUNS}, ms, ${engine === 'webkit' ? 'MiniBrowser on Xvfb' : 'headless'}):`);
    for (const [name, ms] of Object.entries(results)) console.log(`  ${name.padEnd(16)} ${ms.toFixed(1).padStart(8)} ms`);
    console.log(`  care-text-field / sl-input:  ${(care / results['sl-input']).toFixed(2)}x (goal <= 0.40x)`);
    console.log(`  care-text-field / bare Lit:  ${(care / results['lit-input']).toFixed(2)}x`);
  }
  return all;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
