import { isRealDate, isoDate, todayIso } from './calendar.js';
import { normalizeDigits } from './digits.js';
import { idProvinceCodes, idProvinceNames } from './id-regions.js';
import { invalid, valid, type ValidationResult } from './result.js';

export interface IdNikOptions {
  /** The date to judge "in the future" by, and so the century; today when left out. */
  today?: Date;
}

export interface IdNikDetails {
  provinceCode: string;
  provinceName: string;
  /** Digits 1 to 4: province and regency (kabupaten) or city (kota). */
  regencyCode: string;
  /** Digits 1 to 6: province, regency or city, and district (kecamatan). */
  districtCode: string;
  sex: 'male' | 'female';
  /** YYYY-MM-DD. */
  birthDate: string;
}

/**
 * Checks a 16-digit NIK (Nomor Induk Kependudukan). The NIK has no check digit, so only its
 * structure can be checked: province, regency and district, date of birth, serial.
 */
export function validateIdNik(input: unknown, options: IdNikOptions = {}): ValidationResult {
  const nik = normalizeDigits(input);
  if (nik === undefined) return invalid('validators.id-nik.characters');
  if (!nik) return invalid('validators.id-nik.empty');
  if (nik.length !== 16) return invalid('validators.id-nik.length', { count: 16, actual: nik.length });
  if (!idProvinceCodes.has(nik.slice(0, 2))) return invalid('validators.id-nik.province');
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return invalid('validators.id-nik.region');
  if (!birthDateOf(nik, options?.today)) return invalid('validators.id-nik.birth-date');
  if (nik.endsWith('0000')) return invalid('validators.id-nik.serial');
  return valid(nik);
}

/** What the number says about its holder, or `undefined` when it does not validate. */
export function decodeIdNik(input: unknown, options: IdNikOptions = {}): IdNikDetails | undefined {
  const result = validateIdNik(input, options);
  if (!result.valid) return undefined;
  const nik = result.value;
  return {
    provinceCode: nik.slice(0, 2),
    provinceName: idProvinceNames[nik.slice(0, 2)] ?? '',
    regencyCode: nik.slice(0, 4),
    districtCode: nik.slice(0, 6),
    sex: Number(nik.slice(6, 8)) > 40 ? 'female' : 'male',
    birthDate: birthDateOf(nik, options?.today) ?? '',
  };
}

// Digits 7–12 are DDMMYY, with 40 added to the day for women. The two-digit year is read as
// the most recent date of birth that is not in the future.
function birthDateOf(nik: string, today?: Date): string | undefined {
  const coded = Number(nik.slice(6, 8));
  const [day, month, yy] = [coded > 40 ? coded - 40 : coded, Number(nik.slice(8, 10)), Number(nik.slice(10, 12))];
  let year = 2000 + yy;
  if (isoDate(year, month, day) > todayIso(today)) year -= 100;
  return isRealDate(year, month, day) ? isoDate(year, month, day) : undefined;
}
