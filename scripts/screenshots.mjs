// Screenshots of every story of a built Storybook (npm run storybook:build) in each mode, for
// looking at components as people will: default, care, high contrast, dark, forced colours,
// 320 px wide, and each language. Usage: node scripts/screenshots.mjs [story-id-filter]
// STORYBOOK_STATIC and SCREENSHOTS_DIR point it at another built Storybook and output folder.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../test/wtr/find-chrome.mjs';
import { root } from './packages.mjs';
import { serveStatic } from './static-server.mjs';

const filter = process.argv[2] ?? '';
const staticDir = process.env.STORYBOOK_STATIC ?? join(root, 'storybook-static');
const outDir = process.env.SCREENSHOTS_DIR ?? join(root, 'screenshots');
mkdirSync(outDir, { recursive: true });
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));

const modes = [
  { name: 'default', globals: 'careMode:off;contrast:default', width: 800 },
  { name: 'care', globals: 'careMode:on;contrast:default', width: 800 },
  { name: 'high', globals: 'careMode:off;contrast:high', width: 800 },
  { name: 'dark', globals: 'careMode:off;contrast:dark', width: 800 },
  { name: 'forced', globals: 'careMode:off;contrast:default', width: 800, forced: true },
  { name: 'care-320', globals: 'careMode:on;contrast:default', width: 320 },
  ...['vi', 'zh-Hans', 'id'].map((locale) => ({ name: `care-${locale}-320`, globals: `careMode:on;contrast:default;locale:${locale}`, width: 320 })),
];

const server = await serveStatic(staticDir);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  const shots = [];
  for (const story of stories) {
    for (const mode of modes) {
      await page.setViewport({ width: mode.width, height: 400 });
      await page.emulateMediaFeatures(mode.forced ? [{ name: 'forced-colors', value: 'active' }] : []);
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=${mode.globals}`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('#storybook-root > *', { timeout: 10000 }).catch(() => {});
      const file = join(outDir, `${story.id}--${mode.name}.png`);
      const height = await page.evaluate(() => Math.ceil(document.querySelector('#storybook-root')?.getBoundingClientRect().bottom ?? 200) + 16);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: mode.width, height } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      shots.push({ story: story.id, mode: mode.name, file });
      if (overflow) console.log(`${story.id} in ${mode.name}: horizontal overflow!`);
    }
  }
  // One contact sheet per story: every mode side by side, to look at in one go.
  for (const id of new Set(shots.map((s) => s.story))) {
    const cells = shots
      .filter((s) => s.story === id)
      .map((s) => `<figure><figcaption>${s.mode}</figcaption><img src="data:image/png;base64,${readFileSync(s.file).toString('base64')}"></figure>`)
      .join('');
    await page.setViewport({ width: 1700, height: 300 });
    await page.emulateMediaFeatures([]);
    await page.setContent(
      `<style>body{margin:8px;font:14px sans-serif;display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}figure{margin:0;border:1px solid #999}figcaption{background:#eee;padding:2px 6px}img{display:block}</style>${cells}`,
    );
    const sheet = join(outDir, `${id}.sheet.png`);
    await page.screenshot({ path: sheet, fullPage: true });
    console.log(sheet);
  }
} finally {
  await browser.close();
  await server.close();
}
