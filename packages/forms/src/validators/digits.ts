/**
 * Reads numbers the way people type or paste them: full-width digits from Chinese input
 * methods (１２３), Arabic-Indic digits from some Android keyboards, and every kind of space,
 * dash, dot, slash and bracket people put between groups. A field never uses `type=number`,
 * which drops leading zeros and rejects all of this.
 */

// The first code point of each run of ten digits read: ASCII, full-width, Arabic-Indic and
// Extended Arabic-Indic.
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0];

// `\s` covers NBSP, the ideographic space U+3000 and the thin spaces of pasted text; the rest
// are dashes (incl. ー and －), dots, slashes, brackets and the invisible marks (soft hyphen,
// zero-width and direction marks) that copying from documents and chat apps adds.
const SEPARATOR = /[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\-\u2010-\u2015\u2212\u30fc\uff0d\uff70.\uff0e\u3002\u00b7\u30fb/\uff0f\\()\uff08\uff09[\]\uff3b\uff3d\u3010\u3011{}\uff5b\uff5d]/;

export interface NormalizeDigitsOptions {
  /** Keep one X (x, Ｘ, ｘ) as the last character, returned as `X` (Chinese ID check character). */
  trailingX?: boolean;
  /** Keep a + (or ＋) before the first digit, returned as `+` (international phone numbers). */
  leadingPlus?: boolean;
}

/**
 * The digits of `input` as an ASCII string; '' when there are none; `undefined` when it holds
 * anything that is neither a digit nor a separator (letters, emoji, a misplaced X or +).
 */
export function normalizeDigits(input: unknown, options: NormalizeDigitsOptions = {}): string | undefined {
  let out = '';
  for (const char of toText(input)) {
    const code = char.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    if (out.endsWith('X') && !SEPARATOR.test(char)) return undefined;
    if (zero !== undefined) out += code - zero;
    else if (SEPARATOR.test(char)) continue;
    else if (options.leadingPlus && !out && (char === '+' || char === '\uff0b')) out = '+';
    else if (options.trailingX && /^[xX\uff38\uff58]$/.test(char) && /\d$/.test(out)) out += 'X';
    else return undefined;
  }
  return out;
}

/**
 * Text to read from whatever a portal passes: strings as they are, whole non-negative numbers
 * as their digits, anything else as empty. Objects are never stringified (their toString may
 * throw or say `[object Object]`).
 */
export function toText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (typeof input === 'number') return Number.isSafeInteger(input) && input >= 0 ? String(input) : '';
  if (typeof input === 'bigint') return input >= 0n ? String(input) : '';
  return '';
}
