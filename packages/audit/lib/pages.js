import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crawlSite } from './crawl.js';
import { UsageError } from './exit-codes.js';
import { matchesAny } from './glob.js';
import { normalizeOptions } from './options.js';
import { pagesOfShard } from './shard.js';
import { resolveTargets } from './targets.js';

/**
 * The pages a run covers: targets, sitemaps and crawls, then --include/--exclude (`listed`,
 * what every shard agrees on), then this shard's part of them (`pages`), sorted by id so
 * reports and shards come out the same on every run and every machine. Call `close()` when done.
 * @param {ReturnType<typeof normalizeOptions>} settings
 * @param {string} [cwd]
 */
export async function resolvePages(settings, cwd) {
  if (!settings.targets.length && !settings.sitemaps.length && !settings.crawl.length) {
    throw new UsageError('Nothing to audit: give at least one URL, file, folder, --sitemap or --crawl.');
  }
  const resolved = await resolveTargets({ targets: settings.targets, sitemaps: settings.sitemaps, cwd, serveHost: settings.serveHost });
  try {
    const found = [...resolved.pages];
    if (settings.crawl.length) {
      const ids = new Set(found.map((p) => p.id));
      const crawled = await crawlSite(settings.crawl, { maxPages: settings.maxPages, maxDepth: settings.maxDepth, exclude: settings.exclude, delayMs: settings.delayMs });
      for (const url of crawled.pages) {
        const parsed = new URL(url);
        if (!ids.has(parsed.href)) found.push({ id: parsed.href, url: parsed.href, names: [parsed.href, parsed.pathname + parsed.search, parsed.pathname], kind: 'url' });
      }
    }
    if (!found.length) throw new UsageError('No pages found in the targets given.');
    const listed = found.filter((p) => (!settings.include.length || matchesAny(p.names, settings.include)) && !matchesAny(p.names, settings.exclude));
    if (!listed.length) throw new UsageError(`None of the ${found.length} pages found matches --include/--exclude.`);
    const pages = settings.shard ? pagesOfShard(listed, settings.shard) : [...listed].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { listed, pages, close: resolved.close };
  } catch (error) {
    await resolved.close();
    throw error;
  }
}

/**
 * Writes the pages a run would audit to `file`, one a line, and audits nothing: a URL for a
 * page on the web, the path for a local file, `<storybook>#<story id>` for a story. A file of
 * URLs reads back as a text sitemap (`--sitemap FILE`), so a crawl done once can be sharded.
 * @param {import('./options.js').AuditOptions} options
 * @param {string} file
 * @returns {Promise<number>} how many pages were written
 */
export async function listPages(options, file) {
  const settings = normalizeOptions(options);
  const { pages, close } = await resolvePages(settings, options.cwd);
  await close();
  const lines = pages.map((p) => (p.kind === 'url' ? p.url : p.kind === 'file' && p.file ? p.file : p.id));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, lines.length ? `${lines.join('\n')}\n` : '');
  return lines.length;
}
