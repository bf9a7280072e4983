// The checks every consumer app runs, whatever its framework. Each app renders the same small
// form (the markup contract in README.md) with its own framework's bindings; an app whose markup
// differs passes its own `open`, selectors or steps.
import assert from 'node:assert/strict';

export const NAME = 'Nguyễn Văn Ân';

/** Text of an element and its shadow root, as a person would read it. */
const deepText = (page, selector) =>
  page.$eval(selector, (el) => {
    const walk = (node) =>
      [...(node.shadowRoot ?? node).childNodes]
        .map((n) => (n.nodeType === 3 ? n.textContent : n.nodeType === 1 ? walk(n) : ''))
        .join(' ');
    return walk(el).replace(/\s+/g, ' ').trim();
  });

/** Waits until every Caremode element on the page is defined and rendered. */
export async function settled(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('care-')).every((e) => customElements.get(e.localName)),
    { timeout: 15000 },
  );
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('care-')).map((e) => e.updateComplete)),
  );
}

/**
 * @param {object} [o]
 * @param {string} [o.field]     the care-text-field the person types into
 * @param {string} [o.label]     its visible label
 * @param {string} [o.param]     its name in the submitted form
 * @param {string} [o.state]     element showing the app's state of that field
 * @param {string} [o.submit]    the form's submit button (a care-button)
 * @param {string} [o.toggle]    the care-mode toggle
 * @param {string} [o.event]     element where the app's care-mode-change handler writes "on" / "off"
 * @param {string} [o.english]   button that switches the app's language to English
 * @param {(page) => Promise<void>} [o.careModeOn]  how a person turns care mode on (default: taps the toggle)
 */
export function sharedChecks(o = {}) {
  const s = {
    field: '#cm-name',
    label: 'Họ và tên',
    param: 'full-name',
    state: '#cm-name-state',
    submit: '#cm-submit',
    toggle: 'care-mode-toggle',
    event: '#cm-event',
    english: '#cm-lang-en',
    careModeOn: (page) => page.click(`${s.toggle} >>> [role="switch"]`),
    ...o,
  };
  const open = async (newPage) => {
    const page = await newPage();
    await settled(page);
    return page;
  };
  const typeName = async (page) => {
    await page.click(`${s.field} >>> input`);
    await page.keyboard.type(NAME);
  };
  return [
    {
      name: 'the element renders: shadow root, visible label, no errors',
      async run({ newPage }) {
        const page = await open(newPage);
        const label = await page.$eval(s.field, (el) => {
          const label = el.shadowRoot?.querySelector('label');
          const box = label?.getBoundingClientRect();
          return { shadow: !!el.shadowRoot, text: label?.textContent.trim(), width: box?.width, height: box?.height };
        });
        assert.ok(label.shadow, 'no shadow root');
        assert.equal(label.text?.replace(/\s+/g, ' '), s.label);
        assert.ok(label.width > 0 && label.height > 0, `label is ${label.width} x ${label.height}`);
        assert.deepEqual(page.errors, []);
      },
    },
    {
      name: 'care mode switches through the app: targets grow to 60 px',
      async run({ newPage }) {
        const page = await open(newPage);
        const height = () => page.$eval(s.submit, (el) => (el.shadowRoot.querySelector('button') ?? el.querySelector('button')).getBoundingClientRect().height);
        const before = await height();
        assert.ok(before < 60, `submit button is already ${before} px before care mode`);
        await s.careModeOn(page);
        await page.waitForFunction((sel) => {
          const el = document.querySelector(sel);
          return (el.shadowRoot.querySelector('button') ?? el.querySelector('button')).getBoundingClientRect().height >= 60;
        }, { timeout: 5000 }, s.submit).catch(() => {});
        const after = await height();
        assert.ok(after >= 60, `submit button is ${after} px in care mode (was ${before} px)`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.careMode), 'on');
      },
    },
    {
      name: 'typed text reaches the app state and a native form submit',
      async run({ newPage }) {
        const page = await open(newPage);
        await typeName(page);
        await page.waitForFunction((sel, name) => document.querySelector(sel)?.textContent.trim() === name, { timeout: 5000 }, s.state, NAME)
          .catch(async () => assert.fail(`app state shows "${await page.$eval(s.state, (e) => e.textContent)}"`));
        await Promise.all([page.waitForNavigation({ timeout: 10000 }), page.click(s.submit)]);
        const submitted = new URL(page.url()).searchParams.get(s.param);
        assert.equal(submitted, NAME, `submitted URL ${page.url()}`);
      },
    },
    {
      name: 'an event reaches the app handler (care-mode-change)',
      async run({ newPage }) {
        const page = await open(newPage);
        assert.notEqual((await page.$eval(s.event, (e) => e.textContent)).trim(), 'on');
        await page.click(`${s.toggle} >>> [role="switch"]`);
        await page.waitForFunction((sel) => document.querySelector(sel).textContent.trim() === 'on', { timeout: 5000 }, s.event)
          .catch(async () => assert.fail(`handler wrote "${await page.$eval(s.event, (e) => e.textContent)}"`));
      },
    },
    {
      name: 'built-in strings follow the app language (vi to en)',
      async run({ newPage }) {
        const page = await open(newPage);
        const before = await deepText(page, s.toggle);
        assert.match(before, /Chế độ người cao tuổi/);
        await page.click(s.english);
        await page.waitForFunction(
          (sel) => /Care mode/.test(document.querySelector(sel).shadowRoot.textContent),
          { timeout: 5000 }, s.toggle,
        ).catch(async () => assert.fail(`toggle says "${await deepText(page, s.toggle)}" after switching to English`));
        assert.doesNotMatch(await deepText(page, s.toggle), /Chế độ người cao tuổi/);
      },
    },
  ];
}
