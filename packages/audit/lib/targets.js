import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './exit-codes.js';
import { readSitemap } from './sitemap.js';
import { serveFolder } from './static-server.js';
import { isStorybookFolder, storiesAtUrl, storiesInFolder, storyUrl } from './storybook.js';

const HTML_FILE = /\.(html?|xhtml)$/i;

/**
 * One page to audit.
 * @typedef {object} PageTarget
 * @property {string} id stable name used in every report: the URL, the file path relative to the
 *   working folder, or `<storybook>#<story id>`
 * @property {string} url where the browser loads it
 * @property {string[]} names what --include/--exclude and config `pages[].match` are matched against
 * @property {'url' | 'file' | 'story'} kind
 * @property {string} [file] the local file, relative to the working folder
 * @property {{ id: string, title: string, name: string }} [story]
 */

/**
 * Turns command-line targets and sitemaps into pages, serving local folders on 127.0.0.1.
 * Call `close()` when done with the pages.
 * @param {{ targets?: string[], sitemaps?: string[], cwd?: string, fetchTimeoutMs?: number, serveHost?: string }} options
 * @returns {Promise<{ pages: PageTarget[], close: () => Promise<void> }>}
 */
export async function resolveTargets(options) {
  const cwd = options.cwd ?? process.cwd();
  const timeout = options.fetchTimeoutMs ?? 30000;
  /** @type {Map<string, Promise<{ url: string, close: () => Promise<void> }>>} */
  const servers = new Map();
  const serve = (/** @type {string} */ dir) => {
    if (!servers.has(dir)) servers.set(dir, serveFolder(dir, { host: options.serveHost }));
    return /** @type {Promise<{ url: string }>} */ (servers.get(dir));
  };
  const close = async () => {
    const started = await Promise.allSettled(servers.values());
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  };

  /** @type {PageTarget[]} */
  const pages = [];
  try {
    for (const target of options.targets ?? []) {
      if (/^https?:\/\//i.test(target)) pages.push(...(await urlTarget(target, timeout)));
      else if (/^file:/i.test(target)) pages.push(...(await pathTarget(fileURLToPath(target), cwd, serve)));
      else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(target)) {
        throw new UsageError(`Cannot audit ${target}: a target is an http(s) URL, an HTML file or a folder.`);
      } else pages.push(...(await pathTarget(target, cwd, serve)));
    }
    for (const sitemap of options.sitemaps ?? []) {
      const location = /^https?:\/\//i.test(sitemap) ? sitemap : resolve(cwd, sitemap);
      for (const url of await readSitemap(location, { fetchTimeoutMs: timeout })) pages.push(urlPage(url));
    }
  } catch (error) {
    await close();
    throw error;
  }
  const seen = new Set();
  return { pages: pages.filter((p) => !seen.has(p.id) && seen.add(p.id)), close };
}

/** @param {string} url */
function urlPage(url) {
  const parsed = new URL(url);
  return {
    id: parsed.href,
    url: parsed.href,
    names: [parsed.href, parsed.pathname + parsed.search, parsed.pathname],
    kind: /** @type {const} */ ('url'),
  };
}

/**
 * A URL is a page, unless it is the address of a Storybook (it serves index.json beside it).
 * @param {string} target
 * @param {number} timeout
 * @returns {Promise<PageTarget[]>}
 */
async function urlTarget(target, timeout) {
  const url = new URL(target);
  const folderLike = /\/(index\.html|iframe\.html)?$/.test(url.pathname) && !url.search;
  if (folderLike) {
    const base = new URL(url.pathname.replace(/[^/]*$/, ''), url);
    const stories = await storiesAtUrl(base, timeout);
    if (stories) return stories.map((story) => storyPage(base.href.replace(/\/$/, ''), base.href, story));
  }
  return [urlPage(target)];
}

/**
 * @param {string} label
 * @param {string} base
 * @param {import('./storybook.js').StoryEntry} story
 * @returns {PageTarget}
 */
function storyPage(label, base, story) {
  return {
    id: `${label}#${story.id}`,
    url: storyUrl(base, story.id),
    names: [`${label}#${story.id}`, story.id, `${story.title}/${story.name}`],
    kind: /** @type {const} */ ('story'),
    story,
  };
}

/**
 * @param {string} target
 * @param {string} cwd
 * @param {(dir: string) => Promise<{ url: string }>} serve
 * @returns {Promise<PageTarget[]>}
 */
async function pathTarget(target, cwd, serve) {
  const path = resolve(cwd, target);
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`No such file or folder: ${target}. A target is an http(s) URL, an HTML file or a folder.`);
  const label = displayPath(path, cwd);
  if (info.isDirectory()) {
    if (isStorybookFolder(path)) {
      const stories = await storiesInFolder(path, label);
      const { url } = await serve(path);
      return stories.map((story) => ({ ...storyPage(label, `${url}/`, story), file: label }));
    }
    const files = await htmlFiles(path);
    if (!files.length) {
      throw new UsageError(`No HTML files in ${label}: a target folder holds .html files or a built Storybook (index.json and iframe.html).`);
    }
    const { url } = await serve(path);
    return files.map((file) => filePage(file, path, url, cwd));
  }
  if (!HTML_FILE.test(path)) {
    throw new UsageError(`${label} is not an HTML file (${extname(path) || 'no extension'}): a target file must end in .html or .htm.`);
  }
  // Served from the working folder when it holds the file, so `../` links out of the file's
  // own folder still resolve; a site with root-relative links is audited as a folder.
  const inCwd = !relative(cwd, path).startsWith('..') && !isAbsolute(relative(cwd, path));
  const dir = inCwd ? resolve(cwd) : dirname(path);
  const { url } = await serve(dir);
  return [filePage(path, dir, url, cwd)];
}

/**
 * @param {string} file
 * @param {string} root
 * @param {string} url
 * @param {string} cwd
 * @returns {PageTarget}
 */
function filePage(file, root, url, cwd) {
  const inRoot = relative(root, file).split(sep).join('/');
  const id = displayPath(file, cwd);
  return {
    id,
    url: `${url}/${inRoot.split('/').map(encodeURIComponent).join('/')}`,
    names: [id, inRoot, `/${inRoot}`],
    kind: /** @type {const} */ ('file'),
    file: id,
  };
}

/**
 * @param {string} path
 * @param {string} cwd
 */
function displayPath(path, cwd) {
  const rel = relative(cwd, path);
  if (!rel) return '.';
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/**
 * HTML files under a folder, sorted, leaving out node_modules and hidden folders.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (HTML_FILE.test(entry.name)) out.push(full);
  }
  return out;
}
