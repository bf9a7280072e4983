import type { ColorName } from './themes.js';

/*
 * The text/background pairs components may use. Components only ever put a foreground token on
 * its declared background token; the contrast test walks these pairs in every theme, so a new
 * colour cannot slip below 7:1 unseen.
 */

/** [foreground, background] */
export type ColorPair = readonly [ColorName, ColorName];

const onBoth = (fg: ColorName): ColorPair[] => [
  [fg, 'background'],
  [fg, 'surface'],
];

/** Text pairs: >= requirements.contrast.text in every theme. */
export const textPairs: readonly ColorPair[] = [
  ...onBoth('text'),
  ...onBoth('textMuted'),
  ...onBoth('link'),
  ...onBoth('primary'),
  ...onBoth('danger'),
  ...onBoth('success'),
  ...onBoth('caution'),
  ['onPrimary', 'primary'],
  ['onPrimary', 'primaryHover'],
  ['onWarning', 'warning'],
  ['onWarning', 'warningHover'],
];

/** Non-text pairs (borders, focus, icons): >= requirements.contrast.nonText in every theme. */
export const nonTextPairs: readonly ColorPair[] = [
  ...onBoth('border'),
  ...onBoth('focus'),
  ['primary', 'background'],
  ['warning', 'background'],
];

