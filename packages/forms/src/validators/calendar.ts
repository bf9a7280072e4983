/** Calendar arithmetic without `Date`, whose two-digit years and time zones make dates shift. */

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

export const isRealDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** YYYY-MM-DD; ISO strings of the same length compare correctly as strings. */
export const isoDate = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Today in the person's own time zone: a birth date is never after the day they are living. */
export function todayIso(today?: Date): string {
  const now = today instanceof Date && !Number.isNaN(today.getTime()) ? today : new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The parts of a real ISO date, or `undefined` for anything else (wrong shape, 2023-02-29). */
export function parseIsoDate(iso: unknown): [number, number, number] | undefined {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? [year, month, day] : undefined;
}
