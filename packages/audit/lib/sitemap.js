import { readFile } from 'node:fs/promises';
import { TargetError } from './exit-codes.js';

/**
 * Every page URL of a sitemap (a URL or a local file), following sitemap indexes two levels deep.
 * @param {string} location
 * @param {{ fetchTimeoutMs?: number }} [options]
 * @returns {Promise<string[]>}
 */
export async function readSitemap(location, options = {}, depth = 0) {
  const xml = await load(location, options.fetchTimeoutMs ?? 30000);
  const locs = [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/gi)].map((m) => decodeXml(m[1]));
  if (/<sitemapindex[\s>]/i.test(xml)) {
    if (depth >= 2) throw new TargetError(`Sitemap index ${location} nests sitemaps more than two levels deep.`);
    const nested = [];
    for (const child of locs) nested.push(...(await readSitemap(child, options, depth + 1)));
    return nested;
  }
  // A text sitemap: one URL a line, as sitemaps.org allows and --list-pages writes.
  const lines = xml.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (!xml.includes('<') && lines.length && lines.every((line) => /^https?:\/\/\S+$/i.test(line))) return lines;
  if (!/<urlset[\s>]/i.test(xml)) throw new TargetError(`${location} is not a sitemap: no <urlset> or <sitemapindex> in it.`);
  return locs;
}

/**
 * @param {string} location
 * @param {number} timeoutMs
 * @returns {Promise<string>}
 */
async function load(location, timeoutMs) {
  if (!/^https?:\/\//i.test(location)) {
    try {
      return await readFile(location, 'utf8');
    } catch (error) {
      throw new TargetError(`Cannot read the sitemap ${location}: ${/** @type {Error} */ (error).message}`);
    }
  }
  let response;
  try {
    response = await fetch(location, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = /** @type {any} */ (error).cause?.code ?? /** @type {Error} */ (error).message;
    throw new TargetError(`Cannot load the sitemap ${location}: ${cause}`);
  }
  if (!response.ok) throw new TargetError(`Cannot load the sitemap ${location}: HTTP ${response.status}`);
  return response.text();
}

/** @param {string} text */
function decodeXml(text) {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
