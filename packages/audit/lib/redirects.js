/**
 * Pages that send the browser on at once (a meta refresh of 0 seconds, or a script that sets
 * `location` while loading): WCAG allows them, and they are common on older portals. They are
 * reported as redirects, with where they lead, instead of as pages that navigated away.
 */

/**
 * Records the main frame's navigations from the first one on, so the audit can tell the page's
 * own load from the next page it sends the browser to.
 * @param {import('puppeteer-core').Page} page
 */
export function watchNavigations(page) {
  /** @type {{ started: number, next: string | undefined, watching: boolean }} */
  const state = { started: 0, next: undefined, watching: true };
  page.on('request', (request) => {
    // A followed HTTP redirect is part of the same navigation: it carries a redirect chain.
    if (!state.watching || !request.isNavigationRequest() || request.frame() !== page.mainFrame() || request.redirectChain().length) return;
    state.started++;
    if (state.started > 1 && !state.next) state.next = request.url();
  });
  return state;
}

/**
 * Where the loaded page sends the browser at once, or undefined when it stays. After this the
 * watcher stops: a navigation later in the audit is the page navigating away, not a redirect.
 * @param {import('puppeteer-core').Page} page
 * @param {ReturnType<typeof watchNavigations>} watcher
 * @returns {Promise<string | undefined>}
 */
export async function instantRedirect(page, watcher) {
  try {
    if (watcher.next) return watcher.next;
    const refresh = await page
      .evaluate(() => document.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content') ?? null)
      .catch(() => null);
    const meta = refreshTarget(refresh, page.url());
    // Chromium starts a 0 s refresh, or a script's move made on load, within a frame or two.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))).catch(() => undefined);
    return watcher.next ?? meta;
  } finally {
    watcher.watching = false;
  }
}

/**
 * The URL of a `<meta http-equiv="refresh">` that moves on at once (0 seconds), else undefined.
 * @param {string | null} content the meta element's content, such as `0; URL=/new/`
 * @param {string} base the page's URL
 */
export function refreshTarget(content, base) {
  if (content === null) return undefined;
  const match = /^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?(.*))?$/i.exec(content);
  if (!match || Number(match[1]) !== 0 || !match[2]) return undefined;
  const target = match[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  try {
    return new URL(target, base).href;
  } catch {
    return undefined;
  }
}

/** @param {string} url */
const withoutHash = (url) => url.replace(/#.*$/, '');

/**
 * Names each redirect's target as the report names pages (a file path for local files), and
 * returns the same-origin targets that are not in the run yet, to be audited too.
 * @param {import('./page-audit.js').PageResult[]} results
 * @param {Map<string, import('./targets.js').PageTarget>} byUrl every page of the run, by URL
 *   without fragment; the new targets are added to it
 * @param {Map<string, import('./targets.js').PageTarget>} byId the same pages by id
 * @returns {import('./targets.js').PageTarget[]}
 */
export function redirectFollowUps(results, byUrl, byId) {
  /** @type {import('./targets.js').PageTarget[]} */
  const next = [];
  for (const result of results) {
    if (result.status !== 'redirect' || !result.redirectTo) continue;
    const key = withoutHash(result.redirectTo);
    const known = byUrl.get(key);
    if (known) {
      result.redirectTo = known.id;
      continue;
    }
    const from = byId.get(result.id);
    if (!from || new URL(key).origin !== new URL(from.url).origin) continue;
    const made = targetLike(from, key);
    if (!made) continue;
    const same = byId.get(made.id);
    byUrl.set(key, same ?? made);
    result.redirectTo = made.id;
    if (same) continue;
    const target = made;
    byId.set(target.id, target);
    result.redirectTo = target.id;
    next.push(target);
  }
  return next;
}

/**
 * A page at `url`, named the way `from` is: a local file stays a path, a URL stays a URL.
 * @param {import('./targets.js').PageTarget} from
 * @param {string} url
 * @returns {import('./targets.js').PageTarget | undefined}
 */
function targetLike(from, url) {
  const parsed = new URL(url);
  if (from.kind === 'file' && from.file) {
    // A served file's URL is the server's root plus its path in the folder (names[1]).
    const inRoot = from.names[1];
    const encoded = inRoot.split('/').map(encodeURIComponent).join('/');
    if (!from.url.endsWith(`/${encoded}`) || !from.id.endsWith(inRoot)) return undefined;
    const root = from.url.slice(0, -encoded.length);
    const prefix = from.id.slice(0, -inRoot.length);
    if (!parsed.href.startsWith(root)) return undefined;
    let path = decodeURIComponent(parsed.pathname.slice(new URL(root).pathname.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const id = `${prefix}${path}`;
    return { id, url: parsed.href, names: [id, path, `/${path}`], kind: 'file', file: id };
  }
  if (from.kind === 'story') return undefined;
  return { id: parsed.href, url: parsed.href, names: [parsed.href, parsed.pathname + parsed.search, parsed.pathname], kind: 'url' };
}
