import { UsageError } from './exit-codes.js';
import { pagePath } from './fingerprint.js';
import { matchesAny } from './glob.js';
import { targetText } from './reporters/shared.js';

/**
 * One ignore from the config: a rule, on pages matching a glob and/or an element, with the
 * reason it is accepted and, optionally, the last day it applies.
 * @typedef {{ rule: string, pages?: string[], selector?: string, reason: string, until?: string }} Ignore
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @param {unknown} ignores
 * @param {string} where
 * @returns {Ignore[]}
 */
export function normalizeIgnores(ignores, where) {
  if (ignores === undefined) return [];
  if (!Array.isArray(ignores)) throw new UsageError(`${where} must be a list of { "rule", "reason", "pages"?, "selector"?, "until"? }.`);
  return ignores.map((entry, i) => {
    const here = `${where}[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new UsageError(`${here} must be an object with "rule" and "reason".`);
    const extra = Object.keys(entry).filter((k) => !['rule', 'pages', 'selector', 'reason', 'until'].includes(k));
    if (extra.length) throw new UsageError(`${here} has unknown key "${extra[0]}" (use rule, pages, selector, reason, until).`);
    if (typeof entry.rule !== 'string' || !entry.rule) throw new UsageError(`${here}.rule must be a rule id, such as "color-contrast".`);
    if (typeof entry.reason !== 'string' || !entry.reason.trim()) throw new UsageError(`${here}.reason is required: say why this is accepted, for the next person to read.`);
    const pages = typeof entry.pages === 'string' ? [entry.pages] : entry.pages;
    if (pages !== undefined && (!Array.isArray(pages) || !pages.length || !pages.every((p) => typeof p === 'string' && p))) throw new UsageError(`${here}.pages must be a glob or a list of globs.`);
    if (entry.selector !== undefined && (typeof entry.selector !== 'string' || !entry.selector.trim())) throw new UsageError(`${here}.selector must be a selector as reports print it, such as "#map".`);
    if (entry.until !== undefined && (typeof entry.until !== 'string' || !DATE.test(entry.until) || Number.isNaN(Date.parse(entry.until)))) {
      throw new UsageError(`${here}.until must be a date written YYYY-MM-DD, not ${JSON.stringify(entry.until)}.`);
    }
    return { rule: entry.rule, ...(pages ? { pages } : {}), ...(entry.selector ? { selector: entry.selector.trim() } : {}), reason: entry.reason.trim(), ...(entry.until ? { until: entry.until } : {}) };
  });
}

/**
 * Today as YYYY-MM-DD in UTC, or the date given (so tests do not change with the calendar).
 * @param {string | undefined} today
 */
export function todayOf(today) {
  if (today === undefined) return new Date().toISOString().slice(0, 10);
  if (!DATE.test(today) || Number.isNaN(Date.parse(today))) throw new UsageError(`--today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}.`);
  return today;
}

/**
 * Moves the violations an ignore covers from `violations` to `ignored` in each run, each
 * element carrying the ignore's reason, so they are still counted and listed. An ignore whose
 * `until` day has passed no longer applies and is returned as expired.
 * @param {import('./page-audit.js').PageResult[]} pages
 * @param {Ignore[]} ignores
 * @param {string} today YYYY-MM-DD
 */
export function applyIgnores(pages, ignores, today) {
  const active = ignores.filter((i) => !i.until || i.until >= today);
  const expired = ignores.filter((i) => i.until && i.until < today);
  if (!active.length) return { pages, expired };
  const out = pages.map((page) => {
    const names = [page.id, pagePath(page), ...(page.file ? [page.file] : []), ...(page.story ? [page.story.id, `${page.story.title}/${page.story.name}`] : [])];
    const here = active.filter((i) => !i.pages || matchesAny(names, i.pages));
    if (!here.length || page.status !== 'audited') return page;
    return {
      ...page,
      runs: page.runs.map((run) => {
        /** @type {import('./page-audit.js').AxeResult[]} */ const violations = [];
        /** @type {import('./page-audit.js').AxeResult[]} */ const ignored = [...(run.ignored ?? [])];
        for (const result of run.violations) {
          const kept = [];
          const dropped = [];
          for (const node of result.nodes) {
            const by = here.find((i) => i.rule === result.id && (!i.selector || selectorMatches(node.target, i.selector)));
            if (by) dropped.push({ ...node, ignored: { reason: by.reason, ...(by.until ? { until: by.until } : {}) } });
            else kept.push(node);
          }
          if (kept.length) violations.push(dropped.length ? { ...result, nodes: kept } : result);
          if (dropped.length) ignored.push({ ...result, nodes: dropped });
        }
        return { ...run, violations, ignored };
      }),
    };
  });
  return { pages: out, expired };
}

/**
 * True when the printed target is the selector, or ends with it as a whole step
 * (`main > #map` ends with `#map`).
 * @param {(string | string[])[]} target
 * @param {string} selector
 */
function selectorMatches(target, selector) {
  const text = targetText(target);
  if (text === selector) return true;
  if (!text.endsWith(selector)) return false;
  return /[\s>+~|]$/.test(text.slice(0, text.length - selector.length));
}
