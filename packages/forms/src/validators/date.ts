import { resolveLocale, type CareLocale } from '@caremode/core';
import { daysInMonth, isoDate, parseIsoDate } from './calendar.js';
import { normalizeDigits } from './digits.js';
import { invalid, valid, type ValidationResult } from './result.js';

export type DatePart = 'day' | 'month' | 'year';

/** What the three fields hold, as typed. */
export type DateParts = Partial<Record<DatePart, unknown>>;

export interface DateLimits {
  /** Earliest allowed date, YYYY-MM-DD. */
  min?: string;
  /** Latest allowed date, YYYY-MM-DD. */
  max?: string;
}

const RANGES = { day: [1, 31], month: [1, 12] } as const;

/**
 * Checks a date typed in three fields (day, month, year) and returns it as YYYY-MM-DD. A
 * problem with one field says which in `params.part`, so that field alone can be marked.
 * Limits that are not real ISO dates are ignored.
 */
export function validateDateParts(parts: DateParts, limits: DateLimits = {}): ValidationResult {
  const read = (part: DatePart) => normalizeDigits(parts?.[part]);
  const [day, month, year] = [read('day'), read('month'), read('year')];
  if (day === '' && month === '' && year === '') return invalid('validators.date.empty');
  for (const [part, text] of [['day', day], ['month', month], ['year', year]] as const) {
    if (text === '') return invalid(`validators.date.missing-${part}`, { part });
    if (part === 'year') {
      if (text?.length !== 4) return invalid('validators.date.year', { count: 4, example: '1956', part });
    } else {
      const [min, max] = RANGES[part];
      const n = Number(text);
      if (text === undefined || n < min || n > max) return invalid(`validators.date.${part}`, { min, max, part });
    }
  }
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (d > daysInMonth(y, m)) {
    return m === 2 && d === 29
      ? invalid('validators.date.not-leap', { year: `${year}`, part: 'day' })
      : invalid('validators.date.no-such-day', { day: d, month: m, part: 'day' });
  }
  const iso = isoDate(y, m, d);
  if (parseIsoDate(limits?.min) && iso < limits.min!) return invalid('validators.date.before-min', { min: limits.min! });
  if (parseIsoDate(limits?.max) && iso > limits.max!) return invalid('validators.date.after-max', { max: limits.max! });
  return valid(iso);
}

// Used when Intl cannot say. English follows GOV.UK (day month year), as the people using a
// portal in English here are not in the United States.
const FALLBACK: Record<CareLocale, DatePart[]> = {
  en: ['day', 'month', 'year'],
  vi: ['day', 'month', 'year'],
  id: ['day', 'month', 'year'],
  'zh-Hans': ['year', 'month', 'day'],
};
// A language without a region asks Intl for the region the portal serves; bare `en` would
// otherwise give the United States' month-first order.
const REGION: Record<CareLocale, string> = { en: 'en-GB', vi: 'vi-VN', id: 'id-ID', 'zh-Hans': 'zh-Hans-CN' };

/** The order of the day, month and year fields for a locale (any BCP 47 tag). */
export function dateFieldOrder(locale?: string | null): DatePart[] {
  const care = resolveLocale(locale);
  try {
    const tag = locale && new Intl.Locale(locale).region ? locale : REGION[care];
    const order = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(new Date(2001, 1, 3))
      .map((p) => p.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
    if (new Set(order).size === 3 && order.length === 3) return order;
  } catch {
    // A malformed tag: the fallback below.
  }
  return [...FALLBACK[care]];
}
