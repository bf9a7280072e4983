import assert from 'node:assert/strict';
import { settled } from './shared-checks.mjs';

// Both React apps (19 with the elements, 18 with the @caremode/react wrappers) render the same
// controlled field, so they run the same checks on it.
const inner = (page) => page.$eval('#cm-name', (el) => ({ element: el.value, input: el.shadowRoot.querySelector('input').value }));

/** A controlled `value` + `onInput` field: re-renders keep typing, and the app's value reaches the field. */
export const controlledInputChecks = () => [
  {
    name: 'controlled input: a re-render keeps what the person typed, and typing goes on where it stopped',
    async run({ newPage }) {
      const page = await newPage();
      await settled(page);
      await page.click('#cm-name >>> input');
      await page.keyboard.type('Nguyễn');
      await page.click('#cm-rerender');
      await page.waitForFunction(() => document.querySelector('#cm-rerender').textContent.includes('1'));
      assert.deepEqual(await inner(page), { element: 'Nguyễn', input: 'Nguyễn' });
      await page.click('#cm-name >>> input');
      await page.keyboard.press('End');
      await page.keyboard.type(' Văn');
      assert.deepEqual(await inner(page), { element: 'Nguyễn Văn', input: 'Nguyễn Văn' });
      assert.equal(await page.$eval('#cm-name-state', (e) => e.textContent), 'Nguyễn Văn');
    },
  },
  {
    name: "controlled input: the app's value reaches the field",
    async run({ newPage }) {
      const page = await newPage();
      await settled(page);
      await page.click('#cm-fill');
      await page.waitForFunction(() => document.querySelector('#cm-name').shadowRoot.querySelector('input').value === 'Trần Thị Bình', { timeout: 5000 });
      assert.deepEqual(await inner(page), { element: 'Trần Thị Bình', input: 'Trần Thị Bình' });
    },
  },
];
