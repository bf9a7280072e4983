/**
 * The token numbers that are design choices rather than requirements: the font stack, the
 * spacing scale, shape and motion. The CSS builder and the DTCG builder both read them here, so
 * the stylesheet and the JSON for designers' tools cannot drift apart.
 */
export const tokenScale = {
  /** System fonts first; CJK fallbacks before the generic Latin ones so Chinese never renders in boxes. */
  fontFamily: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', 'Arial', 'sans-serif'],
  /** Largest heading as a multiple of the body size. */
  headingRatio: 1.4,
  /** The spacing unit in CSS px; `space-1` … `space-6` are these multiples of it. */
  spaceUnitPx: { default: 4, care: 5 },
  spaceSteps: [1, 2, 3, 4, 6, 8],
  radiusPx: 8,
  /** Borders thicken in the high-contrast theme. */
  borderWidthPx: { default: 2, high: 3 },
  /** Transitions; 0 when a person asks for reduced motion. */
  durationMs: { default: 150, reduce: 0 },
} as const;
