// The built packages, loaded the way the README tells a portal without a bundler to load them:
// an import map and one <script type="module">, served as plain files (no dev server
// rewriting imports). Run after `npm run build`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { root } from '../../scripts/packages.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { chromeArgs, findChrome } from '../wtr/find-chrome.mjs';

let server;
let browser;
before(async () => {
  server = await serveStatic(root);
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = '') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(`${server.url}/test/node/fixtures/script-tag.html${query}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('care-button') !== undefined, { timeout: 10000 });
  return { page, errors };
}

test('registers care-button from the built files with no errors', async () => {
  const { page, errors } = await open();
  const size = await page.evaluate(async () => {
    const el = document.querySelector('#own');
    await el.updateComplete;
    const r = el.shadowRoot.querySelector('button').getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
  assert.deepEqual(errors, []);
  assert.ok(size.height >= 44 && size.width >= 44, `button is ${size.width} x ${size.height}`);
  await page.close();
});

test('care mode from the URL makes the button 60 px, with only the built files', async () => {
  const { page } = await open('?care=1');
  const result = await page.evaluate(async () => {
    const el = document.querySelector('#wrapped');
    await el.updateComplete;
    return { mode: document.documentElement.dataset.careMode, height: el.querySelector('button').getBoundingClientRect().height };
  });
  assert.equal(result.mode, 'on');
  assert.ok(result.height >= 60, `native button is ${result.height} px high in care mode`);
  await page.close();
});

test('submits its form with its name and value', async () => {
  const { page } = await open();
  const data = await page.evaluate(async () => {
    const form = document.querySelector('#form');
    const seen = new Promise((resolve) =>
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        resolve([...new FormData(form, e.submitter)]);
      }),
    );
    document.querySelector('#own').click();
    return seen;
  });
  assert.deepEqual(data, [['action', 'send']]);
  await page.close();
});
