import { createHash } from 'node:crypto';
import { targetText } from './reporters/shared.js';

/**
 * Where a page lives without its origin, so one baseline serves staging and production: the
 * path and query of a URL, the file path of a local file, the story id of a story.
 * @param {{ id: string, kind: string, url?: string, story?: { id: string } }} page
 */
export function pagePath(page) {
  if (page.kind === 'story' && page.story) return `story:${page.story.id}`;
  if (page.kind === 'url') {
    const url = new URL(page.url ?? page.id);
    return url.pathname + url.search;
  }
  return page.id;
}

/**
 * A target that survives markup changes elsewhere on the page: axe's selector without its
 * positions (`:nth-child(3)` moves when a sibling is added before it), plus the element's tag
 * and the attributes that name it.
 * @param {(string | string[])[]} target
 * @param {string} html
 */
export function stableTarget(target, html) {
  const selector = targetText(target)
    .replace(/:nth-(child|of-type|last-child|last-of-type)\(\s*[^)]*\)/g, '')
    .replace(/:(first|last|only)-(child|of-type)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const open = /^<([a-z][\w-]*)([^>]*)>/i.exec(html);
  if (!open) return selector;
  const names = [];
  for (const name of ['id', 'name', 'type', 'role', 'for', 'href', 'src']) {
    const value = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(open[2]);
    if (value) names.push(`[${name}="${value[2] ?? value[3] ?? value[4]}"]`);
  }
  return `${selector} ${open[1].toLowerCase()}${names.join('')}`;
}

/**
 * The fingerprint of every finding of a report: rule, page path and stable target. Elements
 * that look alike on one page (same rule, same stable target) are told apart by their order.
 * @param {import('./results.js').Finding[]} found
 * @param {Map<string, { id: string, kind: string, url?: string, story?: { id: string } }>} pagesById
 * @returns {Map<import('./results.js').Finding, { fingerprint: string, path: string, target: string }>}
 */
export function fingerprintFindings(found, pagesById) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  const out = new Map();
  for (const f of found) {
    const page = pagesById.get(f.page) ?? { id: f.page, kind: 'file' };
    const path = pagePath(page);
    const target = stableTarget(f.target, f.html);
    const key = JSON.stringify([f.rule.id, path, target]);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const fingerprint = createHash('sha256').update(n === 1 ? key : `${key}#${n}`).digest('hex').slice(0, 16);
    out.set(f, { fingerprint, path, target: n === 1 ? target : `${target} (${n})` });
  }
  return out;
}
