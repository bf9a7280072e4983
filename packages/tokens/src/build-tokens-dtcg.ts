import { requirements } from './requirements.js';
import { themes, type CareColors } from './themes.js';
import { tokenScale } from './token-scale.js';

/** The DTCG token types these files use. */
export type DtcgType = 'color' | 'dimension' | 'number' | 'duration' | 'fontFamily';

export interface DtcgToken {
  $type: DtcgType;
  /**
   * A literal in the string forms Style Dictionary 4 and Tokens Studio read ("18px", "150ms",
   * "#0a4a99"), a `{group.token}` reference, or a product of references and numbers
   * ("{space.unit} * 2") where the CSS multiplies one token by another.
   */
  $value: string | number | readonly string[];
  $description?: string;
}

export interface DtcgGroup {
  [name: string]: DtcgToken | DtcgGroup;
}

/**
 * One token set per file. `tokens` holds every token with its default value; each other set
 * holds only what its mode changes, exactly as the stylesheet's `:root[data-care-*]` rules do,
 * and is laid over `tokens` (Style Dictionary: `include` the base, `source` the mode; Tokens
 * Studio: a later set in the set order wins). Derived tokens are products of references, so
 * they follow whichever sets are on.
 */
export interface DtcgMode {
  set: string;
  /** The theme group in Tokens Studio: modes of one group exclude each other. */
  group: 'Size' | 'Text scale' | 'Colour' | 'Motion';
  name: string;
  /** The attribute on <html> that switches the same mode in the stylesheet. */
  attribute: string;
}

const { text, target, focus } = requirements;
const { spaceUnitPx, spaceSteps, borderWidthPx, durationMs } = tokenScale;
const px = (n: number) => `${n}px`;

const dimension = (value: string, description?: string): DtcgToken =>
  description ? { $type: 'dimension', $value: value, $description: description } : { $type: 'dimension', $value: value };
const number = (value: number, description?: string): DtcgToken =>
  description ? { $type: 'number', $value: value, $description: description } : { $type: 'number', $value: value };

const colorDescriptions: Record<keyof CareColors, string> = {
  background: 'Page background.',
  surface: 'Cards, panels and filled fields.',
  text: 'Body text: at least 7:1 on background and surface.',
  textMuted: 'Secondary text: still at least 7:1.',
  link: 'Links.',
  primary: 'Primary buttons and selected controls.',
  primaryHover: 'Primary, hovered.',
  onPrimary: 'Text and icons on primary.',
  warning: 'Warning buttons.',
  warningHover: 'Warning, hovered.',
  onWarning: 'Text and icons on warning.',
  danger: 'Errors.',
  success: 'Confirmations.',
  caution: 'Cautions and timeouts.',
  border: 'Borders of fields and controls: at least 3:1.',
  focus: 'Focus outline: at least 3:1.',
};

const colors = (set: CareColors, described: boolean): DtcgGroup =>
  Object.fromEntries(
    Object.entries(set).map(([name, value]) => [
      name,
      described
        ? { $type: 'color', $value: value, $description: colorDescriptions[name as keyof CareColors] }
        : { $type: 'color', $value: value },
    ]),
  );

const sizes = (mode: 'default' | 'care'): DtcgGroup => ({
  font: {
    sizeBase: dimension(
      px(text.bodyMinPx[mode]),
      mode === 'default'
        ? 'Body text before the text scale. The stylesheet writes max(18px, 1.125rem) so a raised browser font size still wins.'
        : 'Body text in care mode (22px, or 1.375rem if larger).',
    ),
  },
  lineHeight: number(text.lineHeight[mode]),
  target: {
    min: dimension(px(target.minPx[mode]), mode === 'default' ? 'Smallest interactive target (WCAG 2.5.5 AAA).' : 'Smallest interactive target in care mode.'),
    gap: dimension(px(target.gapPx[mode]), 'Gap between adjacent targets.'),
  },
  space: { unit: dimension(px(spaceUnitPx[mode]), 'The spacing scale multiplies this.') },
});

const duration = (ms: number): DtcgToken => ({ $type: 'duration', $value: `${ms}ms` });

const base = (): DtcgGroup => {
  const size = sizes('default');
  return {
    font: {
      family: { $type: 'fontFamily', $value: tokenScale.fontFamily, $description: 'System fonts, with CJK fallbacks.' },
      ...(size.font as DtcgGroup),
      size: dimension('{font.sizeBase} * {text.scale}', 'Body text: the base size times the text scale a person chose.'),
      sizeHeading: dimension(`{font.size} * ${tokenScale.headingRatio}`, 'Largest heading on a screen.'),
    },
    text: { scale: number(1, 'The text scale a person chose: 1, 1.25, 1.5 or 2.') },
    lineHeight: size.lineHeight!,
    paragraphGap: dimension(`{font.size} * {lineHeight} * ${text.paragraphGapRatio}`, 'Space between paragraphs.'),
    space: {
      ...(size.space as DtcgGroup),
      ...Object.fromEntries(spaceSteps.map((k, i) => [String(i + 1), dimension(`{space.unit} * ${k}`)])),
    },
    target: size.target!,
    radius: dimension(px(tokenScale.radiusPx), 'Corner radius of controls and cards.'),
    border: { width: dimension(px(borderWidthPx.default), 'Borders of fields and controls.') },
    focus: {
      width: dimension(px(focus.widthPx), 'Focus outline thickness (WCAG 2.4.13).'),
      offset: dimension(px(focus.offsetPx), 'Gap between a control and its focus outline.'),
    },
    duration: { ...duration(durationMs.default), $description: 'Transitions.' },
    color: colors(themes.default, true),
  };
};

/** Every mode set, in the order Tokens Studio lays them over `tokens`. */
export const dtcgModes: readonly DtcgMode[] = [
  { set: 'care', group: 'Size', name: 'Care mode', attribute: 'data-care-mode=on' },
  ...requirements.text.scales.slice(1).map(
    (s): DtcgMode => ({ set: `text-scale-${Math.round(s * 100)}`, group: 'Text scale', name: `${s * 100} %`, attribute: `data-care-text-scale="${s}"` }),
  ),
  { set: 'high-contrast', group: 'Colour', name: 'High contrast', attribute: 'data-care-contrast=high' },
  { set: 'dark', group: 'Colour', name: 'Dark', attribute: 'data-care-contrast=dark' },
  { set: 'reduced-motion', group: 'Motion', name: 'Reduced motion', attribute: 'data-care-motion=reduce' },
];

const modeSet = (set: string): DtcgGroup => {
  if (set === 'care') return sizes('care');
  if (set.startsWith('text-scale-')) return { text: { scale: number(Number(set.slice(11)) / 100) } };
  if (set === 'high-contrast') return { color: colors(themes.high, false), border: { width: dimension(px(borderWidthPx.high)) } };
  if (set === 'dark') return { color: colors(themes.dark, false) };
  if (set === 'reduced-motion') return { duration: duration(durationMs.reduce) };
  throw new Error(`No tokens for mode ${set}`);
};

/** Every set by name: `tokens` first, then one per mode. */
export const buildTokensDtcg = (): Record<string, DtcgGroup> => ({
  tokens: base(),
  ...Object.fromEntries(dtcgModes.map((m) => [m.set, modeSet(m.set)])),
});

/**
 * All sets in one file with Tokens Studio's `$themes` and `$metadata`, so Tokens Studio loads
 * them (from a file or a URL) with the modes ready as themes. A theme per mode, grouped so one
 * of each group is active; the default of each group turns on `tokens` alone.
 */
export const buildTokensStudio = (sets: Record<string, DtcgGroup>) => {
  const groups = ['Size', 'Text scale', 'Colour', 'Motion'] as const;
  const defaults: Record<(typeof groups)[number], string> = { Size: 'Default', 'Text scale': '100 %', Colour: 'Default', Motion: 'Full' };
  const id = (group: string, name: string) => `${group} ${name}`.toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/-$/, '');
  return {
    ...sets,
    $themes: groups.flatMap((group) => [
      { id: id(group, defaults[group]), name: defaults[group], group, selectedTokenSets: { tokens: 'enabled' } },
      ...dtcgModes
        .filter((m) => m.group === group)
        .map((m) => ({ id: id(group, m.name), name: m.name, group, selectedTokenSets: { tokens: 'enabled', [m.set]: 'enabled' } })),
    ]),
    $metadata: { tokenSetOrder: Object.keys(sets) },
  };
};
