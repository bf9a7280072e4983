import { TargetError } from './exit-codes.js';
import { matchesAny } from './glob.js';

/** Query parameters that only track where a visitor came from: the same page with or without them. */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref_src)$/i;

/** Links whose file type says they are not pages: not worth a request. */
const NOT_A_PAGE = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|zip|gz|tgz|rar|7z|png|jpe?g|gif|webp|avif|svg|ico|mp3|mp4|webm|ogg|wav|css|js|mjs|json|xml|txt|csv|ics|woff2?|ttf|otf)$/i;

const USER_AGENT = 'caremode-audit';

/**
 * A URL as the crawl compares pages: no fragment, no tracking parameters, the other parameters
 * sorted, and `/news`, `/news/` and `/news/index.html` the same page.
 * @param {string | URL} url
 */
export function pageKey(url) {
  const u = new URL(url);
  u.hash = '';
  const params = [...u.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(params).toString();
  u.pathname = u.pathname.replace(/\/index\.html?$/i, '/').replace(/(.)\/+$/, '$1');
  return u.href;
}

/**
 * The address the crawl reports a page at: as linked or redirected to, without fragment and
 * tracking parameters.
 * @param {string | URL} url
 */
export function cleanUrl(url) {
  const u = new URL(url);
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  return u.href;
}

/**
 * robots.txt rules for caremode-audit (its own group, else `*`): the longest matching path
 * wins, Allow on a tie, as Google and RFC 9309 read it.
 * @param {string} text
 * @returns {(path: string) => boolean} whether the path may be fetched
 */
export function robotsRules(text) {
  /** @type {{ agents: string[], rules: { allow: boolean, pattern: string }[] }[]} */
  const groups = [];
  /** @type {{ agents: string[], rules: { allow: boolean, pattern: string }[] } | undefined} */
  let current;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const match = /^([a-z-]+)\s*:\s*(.*)$/i.exec(line);
    if (!match) continue;
    const [, field, value] = match;
    const key = field.toLowerCase();
    if (key === 'user-agent') {
      if (!lastWasAgent || !current) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else {
      lastWasAgent = false;
      if (current && (key === 'allow' || key === 'disallow') && value) current.rules.push({ allow: key === 'allow', pattern: value });
    }
  }
  const own = groups.filter((g) => g.agents.some((a) => a !== '*' && USER_AGENT.startsWith(a)));
  const rules = (own.length ? own : groups.filter((g) => g.agents.includes('*'))).flatMap((g) => g.rules);
  const compiled = rules.map((r) => ({
    ...r,
    regexp: new RegExp(`^${r.pattern.replace(/[.+?^{}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\\\$$|\$$/, '$')}`),
  }));
  return (path) => {
    let best;
    for (const rule of compiled) {
      if (!rule.regexp.test(path)) continue;
      if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
    }
    return !best || best.allow;
  };
}

/**
 * Finds a site's pages by following its links breadth-first from each start URL, on the start's
 * origin only. Fetches pages as plain HTTP (no scripts run): links a script adds are not seen.
 * @param {string[]} starts
 * @param {{ maxPages?: number, maxDepth?: number, exclude?: string[], delayMs?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ pages: string[], skipped: { url: string, why: string }[] }>}
 */
export async function crawlSite(starts, options = {}) {
  const maxPages = options.maxPages ?? 1000;
  const maxDepth = options.maxDepth ?? 10;
  const exclude = options.exclude ?? [];
  const delayMs = options.delayMs ?? 0;
  const timeoutMs = options.timeoutMs ?? 30000;
  /** @type {Map<string, (path: string) => boolean>} */
  const robots = new Map();
  const seen = new Set();
  /** @type {string[]} */
  const pages = [];
  /** @type {{ url: string, why: string }[]} */
  const skipped = [];
  let requests = 0;
  const polite = async () => {
    if (requests++ && delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  };
  const allowed = async (/** @type {URL} */ url) => {
    if (!robots.has(url.origin)) {
      await polite();
      const text = await fetch(new URL('/robots.txt', url), { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT } })
        .then((r) => (r.ok ? r.text() : ''))
        .catch(() => '');
      robots.set(url.origin, robotsRules(text));
    }
    return /** @type {(path: string) => boolean} */ (robots.get(url.origin))(url.pathname + url.search);
  };

  for (const start of starts) {
    let origin;
    try {
      origin = new URL(start).origin;
    } catch {
      throw new TargetError(`Cannot crawl ${start}: not a URL.`);
    }
    if (!/^https?:/.test(origin)) throw new TargetError(`Cannot crawl ${start}: the crawl follows http(s) links only.`);
    /** @type {{ url: string, depth: number }[]} */
    const queue = [{ url: cleanUrl(start), depth: 0 }];
    seen.add(pageKey(start));
    while (queue.length && pages.length < maxPages) {
      const { url, depth } = /** @type {{ url: string, depth: number }} */ (queue.shift());
      const parsed = new URL(url);
      if (matchesAny([url, parsed.pathname + parsed.search, parsed.pathname], exclude)) continue;
      if (!(await allowed(parsed))) {
        skipped.push({ url, why: 'robots.txt' });
        continue;
      }
      await polite();
      let response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml' } });
      } catch (error) {
        if (depth === 0) throw new TargetError(`Cannot crawl ${start}: ${/** @type {any} */ (error).cause?.code ?? /** @type {Error} */ (error).message}`);
        skipped.push({ url, why: 'unreachable' });
        continue;
      }
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !/html/i.test(type)) {
        await response.body?.cancel();
        if (depth === 0 && !response.ok) throw new TargetError(`Cannot crawl ${start}: HTTP ${response.status}.`);
        skipped.push({ url, why: response.ok ? `not HTML (${type || 'no content-type'})` : `HTTP ${response.status}` });
        continue;
      }
      // A redirect lands on the page under its own address, which may be one already found.
      const final = cleanUrl(response.url || url);
      if (new URL(final).origin !== origin) {
        await response.body?.cancel();
        continue;
      }
      if (final !== url && seen.has(pageKey(final)) && pageKey(final) !== pageKey(url)) {
        await response.body?.cancel();
        continue;
      }
      seen.add(pageKey(final));
      pages.push(final);
      const html = await response.text();
      if (depth >= maxDepth) continue;
      for (const link of linksIn(html, final)) {
        const next = new URL(link);
        if (next.origin !== origin || NOT_A_PAGE.test(next.pathname)) continue;
        const key = pageKey(next);
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push({ url: cleanUrl(next), depth: depth + 1 });
      }
    }
  }
  return { pages, skipped };
}

/**
 * The http(s) URLs an HTML page links to with `<a href>` and `<area href>`, resolved against
 * its `<base href>` when it has one.
 * @param {string} html
 * @param {string} pageUrl
 */
export function linksIn(html, pageUrl) {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const baseHref = /<base\s[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(text);
  let base = pageUrl;
  try {
    if (baseHref) base = new URL(decodeEntities(baseHref[1] ?? baseHref[2] ?? baseHref[3]), pageUrl).href;
  } catch {
    // A broken <base> is ignored, as browsers do.
  }
  /** @type {string[]} */
  const out = [];
  for (const match of text.matchAll(/<(?:a|area)\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const href = decodeEntities((match[1] ?? match[2] ?? match[3]).trim());
    try {
      const url = new URL(href, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') out.push(url.href);
    } catch {
      // Not a URL: nothing to follow.
    }
  }
  return out;
}

/** @param {string} text */
function decodeEntities(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
