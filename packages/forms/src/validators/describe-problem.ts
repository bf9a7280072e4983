import { registerStrings, resolveLocale, translate, type CareLocale, type MessageParams, type StringOverrides } from '@caremode/core';
import { parseIsoDate } from './calendar.js';
import type { ValidationProblem } from './result.js';
import { validatorsStrings } from './validators.strings.js';
import { formsLocales } from '../locales/index.js';

// English shows dates as GOV.UK does (3 February 2001), not in the United States' order.
const INTL_TAG: Record<CareLocale, string> = { en: 'en-GB', vi: 'vi', 'zh-Hans': 'zh-Hans', id: 'id' };

/**
 * A problem's parameters ready for its sentence in `locale`: ISO dates become dates in words
 * (`{min}`: "3 February 2001", "2001年2月3日") and a `month` number adds `{monthName}`.
 * Problems carry no language; this is where they get one. For controls that look strings up
 * themselves: `this.localize.t(problem.key, problemParams(problem, this.localize.locale))`.
 */
export function problemParams(problem: ValidationProblem, locale?: string | null): MessageParams {
  const tag = INTL_TAG[resolveLocale(locale)];
  const params: MessageParams = { ...problem?.params };
  for (const [name, value] of Object.entries(params)) {
    const date = parseIsoDate(value);
    if (date) params[name] = formatUtc(tag, { dateStyle: 'long' }, ...date);
  }
  const month = params.month;
  if (typeof month === 'number' && month >= 1 && month <= 12) params.monthName = formatUtc(tag, { month: 'long' }, 2001, month, 1);
  return params;
}

/**
 * The sentence for a problem in `locale` (any BCP 47 tag; English when unknown), with the
 * page's string overrides and, when given, overrides of its own. Empty for a problem that is
 * not one, never the key. Sentences in languages other than English load on demand: without
 * an element on the page, `await loadLocale(locale)` (from `@caremode/core`) first, or the
 * sentence is in English.
 */
export function describeProblem(problem: ValidationProblem, locale?: string | null, strings?: StringOverrides): string {
  if (typeof problem?.key !== 'string') return '';
  ensureStrings();
  return translate(resolveLocale(locale), problem.key, problemParams(problem, locale), strings);
}

// Registered on first use, not when the module runs: a field that imports only `problemParams`
// must not carry every validator's sentences. The public entry (index.ts) registers them when it
// is imported, so `await loadLocale('vi')` there finds the package's Vietnamese.
let registered = false;
function ensureStrings(): void {
  if (registered) return;
  registerStrings(validatorsStrings, formsLocales);
  registered = true;
}

function formatUtc(tag: string, options: Intl.DateTimeFormatOptions, year: number, month: number, day: number): string {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(date);
}
