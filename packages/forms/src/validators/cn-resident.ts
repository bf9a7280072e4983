import { isRealDate, isoDate, todayIso } from './calendar.js';
import { normalizeDigits } from './digits.js';
import { invalid, valid, type ValidationResult } from './result.js';

export interface CnResidentOptions {
  /** The date to judge "in the future" by; today when left out. */
  today?: Date;
}

export interface CnResidentDetails {
  /** Digits 1 to 6: the county-level area where the number was first issued. */
  regionCode: string;
  /** Digits 1 to 2: the province-level division. */
  provinceCode: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  sex: 'male' | 'female';
}

// Province-level divisions of GB/T 2260. Only the province is checked: county codes change
// every year, and a number keeps the code of the county that first issued it.
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12]|91)/;

// ISO 7064 MOD 11-2, as GB 11643-1999 uses it.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character (0–9 or X) that the first 17 digits of a 居民身份证 number call for. */
export function cnResidentCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || !/^\d{17}/.test(first17)) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] ?? '';
}

/**
 * Checks an 18-character 居民身份证 (resident identity card) number, GB 11643-1999: area,
 * date of birth, sequence and check character. Returns it with an upper-case X.
 */
export function validateCnResident(input: unknown, options: CnResidentOptions = {}): ValidationResult {
  const id = normalizeDigits(input, { trailingX: true });
  if (id === undefined) return invalid('validators.cn-resident.characters');
  if (!id) return invalid('validators.cn-resident.empty');
  if (id.length !== 18) return invalid('validators.cn-resident.length', { count: 18, actual: id.length });
  if (!PROVINCE.test(id)) return invalid('validators.cn-resident.region');
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const birth = isoDate(year, month, day);
  if (!isRealDate(year, month, day) || year < 1900 || birth > todayIso(options?.today)) return invalid('validators.cn-resident.birth-date');
  if (cnResidentCheckCharacter(id) !== id[17]) return invalid('validators.cn-resident.check');
  return valid(id);
}

/** What the number says about its holder, or `undefined` when it does not validate. */
export function decodeCnResident(input: unknown, options: CnResidentOptions = {}): CnResidentDetails | undefined {
  const result = validateCnResident(input, options);
  if (!result.valid) return undefined;
  const id = result.value;
  return {
    regionCode: id.slice(0, 6),
    provinceCode: id.slice(0, 2),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    // The sequence (digits 15–17) is odd for men and even for women.
    sex: Number(id[16]) % 2 ? 'male' : 'female',
  };
}
