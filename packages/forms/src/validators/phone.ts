import { normalizeDigits } from './digits.js';
import { invalid, valid, type ValidationResult } from './result.js';

export type PhoneCountry = 'vn' | 'cn' | 'id';

export interface PhoneOptions {
  /** Refuse landlines, e.g. when the number receives a text message with a code. */
  mobileOnly?: boolean;
}

const CODES: Record<PhoneCountry, string> = { vn: '84', cn: '86', id: '62' };

// Each kind of number by the start of its national significant number (no trunk 0), with the
// lengths that number may have and an example shown in the length message. A national number
// written with its 0 is one digit longer; that is the length people count, so the messages
// state it.
interface Kind {
  start: RegExp;
  lengths: [number, number];
  example: string;
  landline?: boolean;
}
const KINDS: Record<PhoneCountry, Kind[]> = {
  // Mobile prefixes since the 2018 renumbering; landlines since the 2017 area-code change.
  vn: [
    { start: /^[35789]/, lengths: [9, 9], example: '0912 345 678' },
    { start: /^2/, lengths: [10, 10], example: '024 3825 1234', landline: true },
  ],
  cn: [
    { start: /^1[3-9]/, lengths: [11, 11], example: '138 0013 8000' },
    { start: /^(10|2)/, lengths: [10, 10], example: '010 6552 9988', landline: true },
    { start: /^[3-9]/, lengths: [10, 11], example: '0755 8123 4567', landline: true },
  ],
  id: [{ start: /^8/, lengths: [9, 12], example: '0812 3456 7890' }],
};

// Mobile numbers were 11 digits (01xx) until 2018, when each 01xx prefix became a 0xx one.
// People still have the old number written down; the message tells them the new one rather
// than changing it silently.
const VN_RENUMBERED: Record<string, string> = {
  120: '70', 121: '79', 122: '77', 126: '76', 128: '78',
  123: '83', 124: '84', 125: '85', 127: '81', 129: '82',
  162: '32', 163: '33', 164: '34', 165: '35', 166: '36', 167: '37', 168: '38', 169: '39',
  186: '56', 188: '58', 199: '59',
};

/**
 * Checks a phone number of Vietnam, China or Indonesia written in any usual way (+84, 0084,
 * 84…, the national 0, or without it) and returns it in E.164 (`+84912345678`).
 */
export function validatePhone(input: unknown, country: PhoneCountry, options: PhoneOptions = {}): ValidationResult {
  // Plain-JavaScript pages may pass 'VN' or a country this module does not know.
  const place = (typeof country === 'string' ? country.toLowerCase() : '') as PhoneCountry;
  if (!Object.hasOwn(CODES, place)) return invalid('validators.phone.unsupported-country');
  const code = CODES[place];
  let digits = normalizeDigits(input, { leadingPlus: true });
  if (digits === undefined) return invalid('validators.phone.characters');
  if (digits.replace('+', '') === '') return invalid('validators.phone.empty');

  const international = /^(\+|00)/.exec(digits);
  if (international) {
    digits = digits.slice(international[0].length);
    if (digits && !digits.startsWith(code)) return invalid('validators.phone.country-code', { expected: `+${code}` });
    digits = digits.slice(code.length);
  } else if (digits.startsWith(code) && digits.length >= code.length + 9) {
    // No national number starts with the country's own code at this length: it is "84912…"
    // written without the +, as people copy numbers from messaging apps.
    digits = digits.slice(code.length);
  }
  // "+84 (0) 912…" and the national 0: both dropped to get the significant number.
  const significant = digits.replace(/^0/, '');

  if (place === 'vn' && significant.length === 10 && VN_RENUMBERED[significant.slice(0, 3)]) {
    const national = `0${VN_RENUMBERED[significant.slice(0, 3)]}${significant.slice(3)}`;
    return invalid('validators.phone.vn-old-number', {
      suggestion: `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`,
    });
  }
  const kinds = KINDS[place];
  const kind = significant ? kinds.find((k) => k.start.test(significant)) : kinds[0];
  if (!kind) return invalid(`validators.phone.unknown.${place}`);
  if (kind.landline && options?.mobileOnly) return invalid('validators.phone.landline');

  const [min, max] = kind.lengths;
  if (significant.length < min || significant.length > max) {
    // China's mobile numbers are dialled without a 0; every other kind is counted with it.
    const extra = place === 'cn' && !kind.landline ? 0 : 1;
    const { example } = kind;
    return min === max
      ? invalid('validators.phone.length', { count: min + extra, example })
      : invalid('validators.phone.length-range', { min: min + extra, max: max + extra, count: max + extra, example });
  }
  return valid(`+${code}${significant}`);
}
