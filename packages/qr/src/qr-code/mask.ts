import { generate, type Bitmap2D, type GenerateOptions } from 'lean-qr';

/**
 * Encodes `value` with the mask whose data looks least like a finder pattern to ZXing: zxing-js
 * (@zxing/library, inside many web scanners) and the older ZXing Java releases it was ported from.
 *
 * ZXing finds a code by its three finder patterns, and takes any spot in the data for one when
 * its row and its column both read dark, light, dark, light, dark near 1:1:3:1:1. Having found
 * the top two it skips to the middle of the code and stops at the next one it confirms; with more
 * than three it drops those whose module size is unlike the rest, then keeps the three it saw
 * most often. A look-alike, or a few of one size, can push out a real finder pattern, and the
 * code is not found at all, while jsQR reads it. The standard mask penalty, which lean-qr
 * minimises, counts only 1:1:3:1:1 with four light modules beside it.
 *
 * lean-qr's own choice (the lowest standard penalty) is tried first and kept when it has no
 * look-alike, or as few as any other mask; otherwise the mask with the fewest (weighed as in
 * lookAlikes) wins, ties going to the lower number.
 */
export function encodeWithBestMask(value: string, options: GenerateOptions): Bitmap2D {
  let best!: Bitmap2D;
  let least = Infinity;
  for (let mask = -1, version; mask < 8 && least; mask++) {
    // The first symbol fixes the version (and so the error correction): the others only re-mask it.
    const code: Bitmap2D = generate(value, { ...options, mask: mask < 0 ? null : (mask as 0), minVersion: version, maxVersion: version });
    version = (code.size - 17) / 4;
    const weight = lookAlikes(code);
    if (weight < least) {
      best = code;
      least = weight;
    }
  }
  return best;
}

/**
 * ZXing's finder-pattern candidates outside the three finder patterns, as it would see them with
 * the code held any of the four ways up. One measuring exactly 1:1:3:1:1 across counts five: its
 * module size is the real finder patterns', so nothing filters it out. The upright view counts
 * four times: codes are shown upright and mostly scanned that way.
 */
export function lookAlikes(code: Bitmap2D): number {
  const n = code.size;
  // Module i of row `line` (down = 0) or of column `line` (down = 1); outside the symbol is light.
  const dark = (down: number, line: number, i: number) => code.get(down ? line : i, down ? i : line);
  // The five runs dark, light, dark, light, dark around the dark module i, and where the centre
  // run starts.
  const around = (down: number, line: number, i: number): [number[], number] => {
    // Module i is read both ways, so counted twice.
    const runs = [0, 0, -1, 0, 0];
    let start = 0;
    for (let step = -1; step < 2; step += 2) {
      for (let j = i, k = 2; j >= 0 && j < n && k >= 0 && k < 5; j += step) {
        if (dark(down, line, j) === !(k & 1)) runs[k]!++;
        else {
          // The next run outwards starts here: read this module again as part of it.
          k += step;
          j -= step;
        }
      }
      if (step < 0) start = i - runs[2]!;
    }
    return [runs, start];
  };
  let weight = 0;
  for (let down = 0; down < 2; down++) {
    for (let line = 0; line < n; line++) {
      for (let i = 0; i < n; i++) {
        // Each dark run once, at its last module; a run of one is too thin to be a centre.
        if (!dark(down, line, i) || dark(down, line, i + 1) || !dark(down, line, i - 1)) continue;
        const [across, start] = around(down, line, i);
        const total = finderLike(across);
        if (!total) continue;
        // Scanned from either end: an even run has two middles, and ZXing takes the one past the
        // halfway point in the direction it reads. Then its other two checks: along the crossing
        // line through that middle, and across again through the middle of that, their totals
        // within 40 % and 20 % of the first.
        for (let back = 0; back < 2; back++) {
          const centre = start + ((across[2]! - back) >> 1);
          const [along, top] = around(1 - down, centre, line);
          const middle = top + ((along[2]! - (down ^ back)) >> 1);
          if (5 * Math.abs(finderLike(along) - total) >= 2 * total || 5 * Math.abs(finderLike(around(down, middle, centre)[0]) - total) >= total) continue;
          // The real finder patterns, in three corners.
          if ((centre < 7 || middle < 7) && (centre < 7 || centre >= n - 7) && (middle < 7 || middle >= n - 7)) continue;
          weight += (total === 7 ? 5 : 1) * (down || back ? 1 : 4);
        }
      }
    }
  }
  return weight;
}

// The runs' total when they are 1:1:3:1:1 as ZXing measures it (each within half a module, a
// module being the total / 7), else 0.
function finderLike(runs: number[]): number {
  const total = runs.reduce((a, b) => a + b);
  return runs.every((run, k) => {
    const expected = (k === 2 ? 3 : 1) * total;
    return 14 * run > expected && 14 * run < 3 * expected;
  })
    ? total
    : 0;
}
