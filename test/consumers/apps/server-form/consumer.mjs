import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { settled, sharedChecks } from '../../shared-checks.mjs';

/** Opens `path` with JavaScript off, in the check's own context. */
async function withoutScript(newPage, url, path) {
  const page = await newPage('/?lang=vi');
  await page.setJavaScriptEnabled(false);
  await page.goto(url + path);
  return page;
}

const submitHeight = (page) => page.$eval('#cm-submit button', (b) => b.getBoundingClientRect().height);

export default {
  packages: ['@caremode/core', '@caremode/forms', '@caremode/drop-in'],
  // The portal's own server: its module is loaded from the installed copy, so its imports
  // resolve to the tarballs in that copy's node_modules.
  async start(dir) {
    const { start } = await import(pathToFileURL(join(dir, 'server.mjs')).href);
    return start(dir);
  },
  checks: [
    ...sharedChecks(),
    {
      name: 'without JavaScript: the portal’s own inputs show, labelled, and submit natively',
      async run({ url, newPage }) {
        const page = await withoutScript(newPage, url, '/');
        const box = await page.$eval('#child-name', (i) => i.getBoundingClientRect().height);
        assert.ok(box > 0, 'the enhanced input is not visible');
        // Caremode's own field arrives as declarative shadow DOM: label and input are there too.
        const label = await page.$eval('#cm-name', (el) => el.shadowRoot?.querySelector('label')?.textContent.trim());
        assert.equal(label, 'Họ và tên');
        await page.type('#child-name', 'Trần Thị Bình');
        await page.type('#phone', '0912345678');
        await Promise.all([page.waitForNavigation({ timeout: 10000 }), page.click('#cm-submit button')]);
        const sent = new URL(page.url()).searchParams;
        assert.equal(sent.get('child-name'), 'Trần Thị Bình', page.url());
        assert.equal(sent.get('phone'), '0912345678', page.url());
        // The shadow-path field has no input in the form's light DOM: without script it does not submit.
        assert.equal(sent.get('full-name'), null, 'a shadow-path field submitted without script');
        assert.equal(await page.$eval('[data-name="child-name"]', (d) => d.textContent), 'Trần Thị Bình');
      },
    },
    {
      name: 'without JavaScript: ?care=1 and the caremode-care cookie render care mode, 60 px targets',
      async run({ url, newPage }) {
        let page = await withoutScript(newPage, url, '/');
        const before = await submitHeight(page);
        assert.ok(before < 60, `submit is ${before} px before care mode`);
        page = await withoutScript(newPage, url, '/?care=1');
        assert.equal(await page.evaluate(() => document.documentElement.dataset.careMode), 'on');
        assert.ok((await submitHeight(page)) >= 60, `submit is ${await submitHeight(page)} px with ?care=1`);
        const input = await page.$eval('#child-name', (i) => i.getBoundingClientRect().height);
        assert.ok(input >= 60, `the portal's input is ${input} px in care mode`);
        await page.setCookie({ name: 'caremode-care', value: '1', url });
        await page.goto(url + '/');
        assert.equal(await page.evaluate(() => document.documentElement.dataset.careMode), 'on', 'the cookie did not turn care mode on');
      },
    },
    {
      name: 'with JavaScript: the enhanced inputs are Caremode fields and still submit natively',
      async run({ url, newPage }) {
        const page = await newPage('/');
        await settled(page);
        const hint = await page.$eval('#child-name', (i) => document.getElementById(i.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent.trim());
        assert.equal(hint, 'Ghi đúng như trong giấy chứng sinh', 'the hint is not wired to the portal’s input');
        await page.type('#child-name', 'Lê Văn Cường');
        await page.click('#cm-name >>> input');
        await page.keyboard.type('Lê Thị Dung');
        await Promise.all([page.waitForNavigation({ timeout: 10000 }), page.click('#cm-submit button')]);
        const sent = new URL(page.url()).searchParams;
        assert.equal(sent.get('child-name'), 'Lê Văn Cường', page.url());
        assert.equal(sent.get('full-name'), 'Lê Thị Dung', page.url());
      },
    },
  ],
};
