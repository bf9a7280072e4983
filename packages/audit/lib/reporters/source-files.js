import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** @type {Map<string, string>} */
const sources = new Map();

/**
 * The file in the repository a page comes from: the HTML file itself, or, for a story, the
 * story's source file as Storybook's index names it (`importPath`). URLs have no file; the
 * page's URL stands in. `line` is where the element's opening tag first appears, or 0.
 * @param {import('../page-audit.js').PageResult | undefined} page
 * @param {string} html
 * @param {string} [cwd]
 */
export function sourceOf(page, html, cwd) {
  const importPath = page?.story?.importPath;
  const path = importPath ? importPath.replace(/^\.\//, '') : page?.kind === 'file' && page.file ? page.file : page?.url ?? page?.id ?? '';
  const line = page?.kind === 'file' && page.file ? lineOf(page.file, cwd, html) : 0;
  return {
    path,
    line,
    /** @param {import('../results.js').Finding} f */
    fingerprint: (f) => createHash('sha256').update(JSON.stringify([f.page, f.rule.id, f.target])).digest('hex').slice(0, 32),
  };
}

/**
 * @param {string} file
 * @param {string | undefined} cwd
 * @param {string} html
 */
function lineOf(file, cwd, html) {
  const full = resolve(cwd ?? process.cwd(), file);
  if (!sources.has(full)) {
    try {
      sources.set(full, readFileSync(full, 'utf8'));
    } catch {
      sources.set(full, '');
    }
  }
  const source = sources.get(full);
  const tag = /^<[^>]*>/.exec(html)?.[0];
  if (!source || !tag) return 0;
  const at = source.indexOf(tag);
  return at === -1 ? 0 : source.slice(0, at).split('\n').length;
}
