import type { CareLocale } from '@caremode/core';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A moment from an attribute: milliseconds since the epoch, an ISO date-time, or an ISO date
 * alone, which means the end of that day where the person is. Anything else is no moment.
 */
export function toTime(value: unknown): number | undefined {
  if (value instanceof Date) value = value.getTime();
  const text = String(value ?? '').trim();
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  const time =
    typeof value === 'number' ? value : day ? new Date(+day[1]!, +day[2]! - 1, +day[3]! + 1).getTime() - 1 : /^\d+$/.test(text) ? +text : Date.parse(text);
  return Number.isFinite(time) ? time : undefined;
}

/** Whether an attribute names a day rather than a moment. */
export const isDay = (value: unknown): boolean => /^\d{4}-\d\d-\d\d$/.test(String(value ?? '').trim());

/** "3 minutes ago" in the locale, and how long until the words change. */
export function ago(locale: CareLocale, then: number, now: number): { text: string; next: number } {
  const past = Math.max(0, now - then);
  const [unit, size]: [Intl.RelativeTimeFormatUnit, number] =
    past < MINUTE ? ['second', MINUTE] : past < HOUR ? ['minute', MINUTE] : past < DAY ? ['hour', HOUR] : ['day', DAY];
  const count = size === MINUTE && unit === 'second' ? 0 : Math.floor(past / size);
  return {
    text: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-count, unit),
    next: size - (past % size),
  };
}

/** A date, with its time unless it is a whole day. */
export const formatTime = (locale: CareLocale, time: number, withTime = true): string =>
  new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' }).format(time);
