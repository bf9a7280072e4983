import { correction, mode } from 'lean-qr';
import { encodeWithBestMask } from './mask.js';

export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** A drawn symbol: its width in modules (without the quiet zone) and an SVG path of its dark modules. */
export interface QrSymbol {
  modules: number;
  path: string;
}

/** Why a value cannot become a QR code. */
export type QrFailure = 'empty' | 'too-long' | 'invalid-text';

// The most any QR symbol holds (version 40, level L, digits only): longer text cannot fit,
// and is refused before the encoder spends time on it.
const MAX_CHARACTERS = 7089;

// Digits, capitals and plain ASCII in their compact modes, everything else as UTF-8 under one
// ECI. Shift-JIS kanji mode is left out: scanners outside Japan read it wrongly or not at all.
const modes = [mode.numeric, mode.alphaNumeric, mode.ascii, mode.utf8];

/**
 * Encodes text as a QR symbol. lean-qr picks the smallest version and the most compact mix of
 * the modes above, and raises the error correction above `level` when that version has room;
 * the mask is chosen so ZXing-based scanners find the code too (see mask.ts).
 */
export function encode(value: string, level: ErrorCorrection): QrSymbol | QrFailure {
  if (!value) return 'empty';
  // A lone surrogate would silently become U+FFFD: the code would scan to different text.
  if (/\p{Cs}/u.test(value)) return 'invalid-text';
  if (value.length > MAX_CHARACTERS) return 'too-long';
  let code;
  try {
    code = encodeWithBestMask(value, { minCorrectionLevel: correction[level] ?? correction.M, modes });
  } catch {
    return 'too-long';
  }
  const n = code.size;
  let path = '';
  // One rectangle per run of dark modules in a row: a few thousand at most, drawn as one path.
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; ) {
      const start = x;
      while (x < n && code.get(x, y)) x++;
      if (x > start) path += `M${start} ${y}h${x - start}v1h${start - x}z`;
      else x++;
    }
  }
  return { modules: n, path };
}
