import { UsageError } from './exit-codes.js';
import { globToRegExp } from './glob.js';

/**
 * @typedef {{ click: string } | { fill: string, value: string } | { submit: string }
 *   | { waitForSelector: string } | { waitForUrl: string }} PageAction
 *   each may also carry `timeout` (ms)
 */

const KINDS = ['click', 'fill', 'submit', 'waitForSelector', 'waitForUrl'];

/**
 * Checks one configured action; throws a UsageError naming what is wrong.
 * @param {unknown} action
 * @param {string} where
 * @returns {PageAction}
 */
export function validateAction(action, where) {
  if (!action || typeof action !== 'object' || Array.isArray(action)) throw new UsageError(`${where} must be an object such as { "click": "#start" }.`);
  const kinds = Object.keys(action).filter((k) => KINDS.includes(k));
  if (kinds.length !== 1) throw new UsageError(`${where} must have exactly one of ${KINDS.join(', ')}.`);
  const kind = kinds[0];
  const allowed = new Set([kind, 'timeout', ...(kind === 'fill' ? ['value'] : [])]);
  const extra = Object.keys(action).filter((k) => !allowed.has(k));
  if (extra.length) throw new UsageError(`${where} has unknown key ${extra.map((k) => `"${k}"`).join(', ')}.`);
  const record = /** @type {Record<string, unknown>} */ (action);
  if (typeof record[kind] !== 'string' || !record[kind]) throw new UsageError(`${where}: "${kind}" must be a non-empty string.`);
  if (kind === 'fill' && typeof record.value !== 'string') throw new UsageError(`${where}: "fill" needs a string "value".`);
  if (record.timeout !== undefined && !(Number.isFinite(record.timeout) && Number(record.timeout) > 0)) {
    throw new UsageError(`${where}: "timeout" must be a positive number of milliseconds.`);
  }
  return /** @type {PageAction} */ (action);
}

/** @param {PageAction} action */
export function describeAction(action) {
  const kind = KINDS.find((k) => k in action) ?? 'action';
  return `${kind} ${JSON.stringify(/** @type {any} */ (action)[kind])}`;
}

/**
 * Runs the actions in order; a click or submit that starts a navigation is waited for.
 * @param {import('puppeteer-core').Page} page
 * @param {PageAction[]} actions
 * @param {number} timeoutMs
 */
export async function runActions(page, actions, timeoutMs) {
  for (const [i, action] of actions.entries()) {
    const timeout = /** @type {any} */ (action).timeout ?? timeoutMs;
    try {
      if ('click' in action) {
        await page.waitForSelector(action.click, { visible: true, timeout });
        await followNavigation(page, () => page.click(action.click), timeout);
      } else if ('fill' in action) {
        await page.waitForSelector(action.fill, { visible: true, timeout });
        // Typed key by key, as a person would, so input and change handlers run.
        await page.$eval(action.fill, (el) => {
          /** @type {HTMLInputElement} */ (el).value = '';
        });
        await page.type(action.fill, action.value);
      } else if ('submit' in action) {
        await page.waitForSelector(action.submit, { timeout });
        await followNavigation(
          page,
          () =>
            page.$eval(action.submit, (el) => {
              const form = el instanceof HTMLFormElement ? el : el.closest('form');
              if (!form) throw new Error('not a form and not inside one');
              form.requestSubmit();
            }),
          timeout,
        );
      } else if ('waitForSelector' in action) {
        await page.waitForSelector(action.waitForSelector, { timeout });
      } else if ('waitForUrl' in action) {
        await waitForUrl(page, action.waitForUrl, timeout);
      }
    } catch (error) {
      const message = /** @type {Error} */ (error).message.split('\n')[0];
      throw Object.assign(new Error(`Action ${i + 1} (${describeAction(action)}) failed: ${message}`), { kind: 'action' });
    }
  }
}

/**
 * Runs `act`; when it starts a main-frame navigation, waits until the new page has loaded.
 * @param {import('puppeteer-core').Page} page
 * @param {() => Promise<unknown>} act
 * @param {number} timeout
 */
async function followNavigation(page, act, timeout) {
  /** @type {Promise<unknown> | undefined} */
  let navigation;
  const onRequest = (/** @type {import('puppeteer-core').HTTPRequest} */ request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      navigation ??= page.waitForNavigation({ waitUntil: 'load', timeout });
    }
  };
  page.on('request', onRequest);
  try {
    await act();
    // A click handler may start the navigation a moment later.
    await new Promise((resolve) => setTimeout(resolve, 150));
  } finally {
    page.off('request', onRequest);
  }
  await navigation;
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} pattern
 * @param {number} timeout
 */
async function waitForUrl(page, pattern, timeout) {
  const glob = globToRegExp(pattern);
  const matches = () => {
    const url = new URL(page.url());
    return [url.href, url.pathname + url.search, url.pathname].some((name) => glob.test(name) || name.includes(pattern));
  };
  const deadline = Date.now() + timeout;
  while (!matches()) {
    if (Date.now() > deadline) throw new Error(`the address stayed ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
