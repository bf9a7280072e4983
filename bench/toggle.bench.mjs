// Switching care mode: the style recalculation and layout one tap on the toggle costs, on a
// page of 1,000 Caremode controls against the same page of 1,000 native controls restyled by
// the drop-in's host stylesheet, and on a page of 50. Goals: <= 1.5x native at 1,000 controls,
// under one frame (16 ms) at 50.
import { join } from 'node:path';
import { benchEngines, bundle, median, openEngine, serve } from './lib.mjs';

const RUNS = 15;
const here = new URL('.', import.meta.url).pathname;

const harness = `
  window.setup = async (count) => {
    const { make } = await import('./variant.js');
    const host = document.getElementById('host');
    host.replaceChildren();
    const els = [];
    for (let i = 0; i < count; i++) els.push(host.appendChild(make(i)));
    await Promise.all(els.map((el) => el.updateComplete));
    host.offsetHeight;
  };
  window.switchOnce = async () => {
    const { store } = await import('./variant.js');
    const s = store();
    const on = !s.get().careMode;
    await new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    s.set({ careMode: on });
    // Forces the style recalculation and layout the next frame would do.
    document.body.offsetHeight;
    return performance.now() - start;
  };`;

async function measure(browser, js, count) {
  const server = await serve({
    '/': `<!doctype html><html lang="en"><body><main id="host"></main><script type="module">${harness}</script></body></html>`,
    '/variant.js': js,
  });
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.evaluate(async (n) => {
    while (!window.setup) await new Promise((r) => setTimeout(r, 10));
    return window.setup(n);
  }, count);
  for (let i = 0; i < 4; i++) await page.evaluate(() => window.switchOnce());
  const times = [];
  for (let r = 0; r < RUNS; r++) times.push(await page.evaluate(() => window.switchOnce()));
  await page.close();
  await server.close();
  return median(times);
}

export async function run() {
  const bundles = {};
  for (const name of ['toggle-care', 'toggle-native']) bundles[name] = await bundle(join(here, 'pages', `${name}.js`));
  const all = {};
  for (const engine of benchEngines()) {
    const browser = await openEngine(engine);
    const results = {};
    try {
      for (const count of [1000, 50]) {
        for (const name of ['toggle-care', 'toggle-native']) results[`${name} ${count}`] = await measure(browser, bundles[name], count);
      }
    } finally {
      await browser.close();
    }
    all[engine] = results;
    console.log(`Switch care mode on/off in ${engine} (median of ${RUNS}, ms, style + layout, ${engine === 'webkit' ? 'MiniBrowser on Xvfb' : 'headless'}):`);
    for (const [name, ms] of Object.entries(results)) console.log(`  ${name.padEnd(20)} ${ms.toFixed(2).padStart(8)} ms`);
    const ratio = results['toggle-care 1000'] / results['toggle-native 1000'];
    console.log(`  1,000 Caremode controls / 1,000 native: ${ratio.toFixed(2)}x (goal <= 1.5x)`);
    console.log(`  50 Caremode controls: ${results['toggle-care 50'].toFixed(2)} ms (goal < 16 ms)`);
  }
  return all;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
