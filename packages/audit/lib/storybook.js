import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TargetError, UsageError } from './exit-codes.js';

/**
 * @typedef {{ id: string, title: string, name: string, importPath?: string }} StoryEntry
 */

/**
 * True when a folder is a built Storybook (storybook build writes index.json beside iframe.html).
 * @param {string} dir
 */
export function isStorybookFolder(dir) {
  return existsSync(join(dir, 'iframe.html')) && (existsSync(join(dir, 'index.json')) || existsSync(join(dir, 'stories.json')));
}

/**
 * The stories of a built Storybook folder.
 * @param {string} dir
 * @param {string} [label] the folder as the person named it
 * @returns {Promise<StoryEntry[]>}
 */
export async function storiesInFolder(dir, label = dir) {
  const name = existsSync(join(dir, 'index.json')) ? 'index.json' : 'stories.json';
  const file = join(dir, name);
  let index;
  try {
    index = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${label}/${name} is not a Storybook index: ${/** @type {Error} */ (error).message}`);
  }
  const stories = storiesOf(index);
  if (!stories) throw new UsageError(`${label}/${name} is not a Storybook index (no "entries" or "stories" in it).`);
  if (!stories.length) throw new UsageError(`The Storybook in ${label} has no stories to audit (its ${name} lists none).`);
  return stories;
}

/**
 * The stories of a Storybook served at `base` (its index.json), or null when `base` serves no
 * Storybook.
 * @param {URL} base a URL ending in `/`
 * @param {number} timeoutMs
 * @returns {Promise<StoryEntry[] | null>}
 */
export async function storiesAtUrl(base, timeoutMs) {
  let index;
  try {
    const response = await fetch(new URL('index.json', base), { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? 'json')) return null;
    index = await response.json();
  } catch {
    // Not reachable or not JSON: audit the URL as a page, which reports why it failed.
    return null;
  }
  const stories = storiesOf(index);
  if (!stories) return null;
  if (!stories.length) throw new TargetError(`The Storybook at ${base} has no stories to audit (its index.json lists none).`);
  return stories;
}

/**
 * The story URL Storybook itself renders a story alone at.
 * @param {string} base a URL ending in `/`
 * @param {string} id
 */
export function storyUrl(base, id) {
  // Storybook's accessibility addon is switched to manual, so it does not run axe alongside the audit.
  return `${base}iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`;
}

/**
 * @param {any} index Storybook's index.json, any version
 * @returns {StoryEntry[] | null}
 */
function storiesOf(index) {
  if (!index || typeof index !== 'object') return null;
  const entries = index.entries ?? index.stories;
  if (!entries || typeof entries !== 'object') return null;
  return Object.values(entries)
    .filter((e) => e && typeof e.id === 'string')
    .filter((e) => (e.type ? e.type === 'story' : !e.parameters?.docsOnly))
    // From index v5 on, a story that opted out of tests has no `test` tag: leave it out too.
    .filter((e) => !(index.v >= 5 && Array.isArray(e.tags) && !e.tags.includes('test')))
    // importPath names the story's source file, so reports can point at it in the repository.
    .map((e) => ({ id: e.id, title: String(e.title ?? e.kind ?? ''), name: String(e.name ?? e.story ?? e.id), ...(typeof e.importPath === 'string' ? { importPath: e.importPath } : {}) }));
}
