import { requirements } from './requirements.js';
import { forcedColors, themes, type CareColors } from './themes.js';
import { tokenScale } from './token-scale.js';

const { text, target, focus } = requirements;
const duration = (ms: number) => (ms ? `${ms}ms` : '0s');
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** `--care-color-*` declarations for one set of colours. */
export const colorDeclarations = (colors: Record<keyof CareColors, string>): string =>
  Object.entries(colors)
    .map(([name, value]) => `--care-color-${kebab(name)}:${value};`)
    .join('');

// Sizes use max(px, rem) so a person who raised the browser's own font size keeps that gain,
// while nobody drops below the required minimum.
const sizes = (mode: 'default' | 'care') => {
  const body = text.bodyMinPx[mode];
  return (
    `--care-font-size-base:max(${body}px,${body / 16}rem);` +
    `--care-line-height:${text.lineHeight[mode]};` +
    `--care-target-min:${target.minPx[mode]}px;` +
    `--care-target-gap:${target.gapPx[mode]}px;` +
    `--care-space-unit:${tokenScale.spaceUnitPx[mode]}px;`
  );
};

/**
 * Builds the token stylesheet from the requirement numbers and the themes: default values on
 * :root, then the overrides that `data-care-*` attributes on <html> switch on. Components and
 * the host stylesheet read only these. The result is stored in tokens-css.ts at build time, so
 * pages download the stylesheet, not this generator.
 */
export const buildTokensCss = (): string => compact(
  `:root{` +
  `--care-font-family:${tokenScale.fontFamily.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(',')};` +
  sizes('default') +
  `--care-text-scale:1;` +
  `--care-font-size:calc(var(--care-font-size-base)*var(--care-text-scale));` +
  `--care-font-size-heading:calc(var(--care-font-size)*${tokenScale.headingRatio});` +
    `--care-paragraph-gap:calc(var(--care-font-size)*var(--care-line-height)*${text.paragraphGapRatio});` +
  tokenScale.spaceSteps.map((k, i) => `--care-space-${i + 1}:calc(var(--care-space-unit)*${k});`).join('') +
  `--care-radius:${tokenScale.radiusPx}px;` +
  `--care-border-width:${tokenScale.borderWidthPx.default}px;` +
  `--care-focus-width:${focus.widthPx}px;` +
  `--care-focus-offset:${focus.offsetPx}px;` +
  `--care-duration:${duration(tokenScale.durationMs.default)};` +
  `--care-animation-state:running;` +
  colorDeclarations(themes.default) +
  `}` +
  `:root[data-care-mode=on]{${sizes('care')}}` +
  requirements.text.scales
    .slice(1)
    .map((s) => `:root[data-care-text-scale="${s}"]{--care-text-scale:${s}}`)
    .join('') +
  `:root[data-care-contrast=high]{${colorDeclarations(themes.high)}--care-border-width:${tokenScale.borderWidthPx.high}px}` +
  `:root[data-care-contrast=dark]{${colorDeclarations(themes.dark)}color-scheme:dark}` +
  `:root[data-care-motion=reduce]{--care-duration:${duration(tokenScale.durationMs.reduce)};--care-animation-state:paused}` +
  `@media (forced-colors:active){:root{${colorDeclarations(forcedColors)}}}`,
);

// Every element and the drop-in carry this text, so the bytes count: #ffffff is written #fff
// and no block ends with a spare semicolon.
const compact = (css: string): string =>
  css.replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3').replace(/;}/g, '}');
