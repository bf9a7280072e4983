import { todayIso } from './calendar.js';
import { normalizeDigits } from './digits.js';
import { invalid, valid, type ValidationResult } from './result.js';
import { vnProvinceCodes, vnProvinceNames } from './vn-provinces.js';

export interface VnCccdOptions {
  /** The birth year the person gave elsewhere in the form; checked against digits 4 to 6. */
  birthYear?: number | string;
  /** The date to judge "in the future" by; today when left out. */
  today?: Date;
}

export interface VnCccdDetails {
  /** Digits 1 to 3. */
  placeCode: string;
  /** The province of birth registration; absent for a birth registered abroad. */
  provinceName?: string;
  /** Birth registered abroad: the code is a country's, not a province's. */
  registeredAbroad: boolean;
  sex: 'male' | 'female';
  /** The century as Vietnamese counts it: 20 for 1900 to 1999. */
  century: number;
  birthYear: number;
}

/**
 * Checks the 12-digit number of a căn cước công dân (citizen identity) card. The number has no
 * check digit, so only its structure can be checked: province, century and sex, birth year.
 */
export function validateVnCccd(input: unknown, options: VnCccdOptions = {}): ValidationResult {
  const digits = normalizeDigits(input);
  if (digits === undefined) return invalid('validators.vn-cccd.characters');
  if (!digits) return invalid('validators.vn-cccd.empty');
  if (digits.length !== 12) return invalid('validators.vn-cccd.length', { count: 12, actual: digits.length });
  const place = digits.slice(0, 3);
  if (!vnProvinceCodes.has(place) && !isAbroadCode(place)) return invalid('validators.vn-cccd.province');
  const year = birthYearOf(digits);
  if (year > Number(todayIso(options?.today).slice(0, 4))) return invalid('validators.vn-cccd.birth-year');
  const given = normalizeDigits(options?.birthYear);
  if (given?.length === 4 && Number(given) !== year) return invalid('validators.vn-cccd.birth-year-mismatch', { year: `${year}` });
  return valid(digits);
}

/** What the number says about its holder, or `undefined` when it does not validate. */
export function decodeVnCccd(input: unknown, options: Pick<VnCccdOptions, 'today'> = {}): VnCccdDetails | undefined {
  const result = validateVnCccd(input, { today: options?.today });
  if (!result.valid) return undefined;
  const digits = result.value;
  const placeCode = digits.slice(0, 3);
  const provinceName = vnProvinceNames[placeCode];
  const centuryDigit = Number(digits[3]);
  return {
    placeCode,
    ...(provinceName ? { provinceName } : {}),
    registeredAbroad: !provinceName,
    sex: centuryDigit % 2 ? 'female' : 'male',
    century: 20 + Math.floor(centuryDigit / 2),
    birthYear: birthYearOf(digits),
  };
}

// Digit 4 codes century and sex together, per Circular 07/2016/TT-BCA: 0/1 men/women born
// 1900–1999, 2/3 2000–2099, 4/5 2100–2199, 6/7 2200–2299, 8/9 2300–2399. Digits 5–6 are the
// year within the century.
const birthYearOf = (digits: string): number => 1900 + 100 * Math.floor(Number(digits[3]) / 2) + Number(digits.slice(4, 6));

// A birth registered abroad opens with the code of the country of registration instead, 101
// to 295 in the same circular's country list; such cards are rare but real and must not be
// refused.
const isAbroadCode = (code: string): boolean => code >= '101' && code <= '295';
