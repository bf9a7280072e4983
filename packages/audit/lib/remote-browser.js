import { BrowserError, UsageError } from './exit-codes.js';

/** How long a lost browser is waited for (a pool or a restarted Chrome takes a moment to answer). */
const RECONNECT_MS = 10000;

/**
 * Connects to a browser someone else runs: a Chrome started with `--remote-debugging-port`
 * (its `http://host:port` or its `ws://…/devtools/browser/…` address) or a browser pool
 * service that speaks the Chrome DevTools Protocol.
 * @param {string} url
 * @param {{ retryForMs?: number }} [options] keep trying this long before giving up
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function connectBrowser(url, options = {}) {
  const endpoint = /^wss?:\/\//i.test(url) ? { browserWSEndpoint: url } : /^https?:\/\//i.test(url) ? { browserURL: url } : undefined;
  if (!endpoint) throw new UsageError(`--browser-url must be a ws:// or http:// DevTools address, not "${url}".`);
  const { default: puppeteer } = await import('puppeteer-core');
  const until = Date.now() + (options.retryForMs ?? 0);
  for (;;) {
    try {
      return await puppeteer.connect({ ...endpoint, defaultViewport: null, protocolTimeout: 120000 });
    } catch (error) {
      if (Date.now() >= until) throw new BrowserError(`Cannot connect to the browser at ${url}: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const LOST = /Target closed|Session closed|Connection closed|Protocol error|disconnected|socket hang up|WebSocket/i;

/**
 * Audits pages in a remote browser, reconnecting once when the connection is lost: the pages
 * that were lost with it are audited again. After a second loss, or when the browser does not
 * come back, the pages left are reported as lost (a page that could not be audited: exit 4).
 * @param {string} url
 * @param {import('puppeteer-core').Browser} first
 */
export function remoteSession(url, first) {
  let browser = first;
  let reconnected = false;
  /** @type {Promise<void> | undefined} */
  let reconnecting;
  let why = '';
  const lost = (/** @type {import('./page-audit.js').PageResult} */ result) => ({
    ...result,
    error: { kind: 'lost', message: `The connection to the browser at ${url} was lost, and retrying once did not bring it back${why ? ` (${why})` : ''}.` },
  });
  return {
    get browser() {
      return browser;
    },
    /**
     * @param {(browser: import('puppeteer-core').Browser) => Promise<import('./page-audit.js').PageResult>} run
     * @returns {Promise<import('./page-audit.js').PageResult>}
     */
    async audit(run) {
      for (;;) {
        const used = browser;
        const result = await run(used);
        if (result.status !== 'failed') return result;
        // The error often arrives a moment before the socket's close does.
        if (used.connected && LOST.test(result.error?.message ?? '')) await disconnection(used, 1000);
        if (used.connected) return result;
        if (used !== browser) continue;
        if (reconnected) return lost(result);
        reconnecting ??= connectBrowser(url, { retryForMs: RECONNECT_MS })
          .then((b) => {
            browser = b;
          })
          .catch((/** @type {Error} */ error) => {
            why = error.message;
          })
          .finally(() => {
            reconnected = true;
          });
        await reconnecting;
        if (browser === used) return lost(result);
      }
    },
    close() {
      return browser.connected ? browser.disconnect() : undefined;
    },
  };
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {number} ms
 */
function disconnection(browser, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    browser.once('disconnected', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}
