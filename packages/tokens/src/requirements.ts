/**
 * The numbers of Caremode's elder-friendly requirements (design/REQUIREMENTS.md), in one place.
 * The token stylesheet, the components, the tests and the audit rules all read these; change a
 * number here and every one of them follows. Where sources differ the stricter one is kept.
 */
export const requirements = {
  text: {
    /** Body text, CSS px: WCAG/GOV.UK practice by default, MIIT's 18 dp elder size raised to 22 in care mode. */
    bodyMinPx: { default: 18, care: 22 },
    /** Largest heading on a main screen in care mode (MIIT). */
    headingMinPxCare: 30,
    /** WCAG 1.4.12 asks 1.5; MIIT 1.3; care mode adds air. */
    lineHeight: { default: 1.5, care: 1.6 },
    /** Paragraph gap as a multiple of the line height (MIIT). */
    paragraphGapRatio: 1.3,
    /** Text scale steps offered in settings, multiplying the mode's base size. */
    scales: [1, 1.25, 1.5, 2] as const,
  },
  target: {
    /** Interactive target, CSS px: WCAG 2.5.5 AAA (44) and MIIT elder mode (60 dp). */
    minPx: { default: 44, care: 60 },
    /** Gap between adjacent targets. */
    gapPx: { default: 8, care: 12 },
  },
  contrast: {
    /** Text on its background, every theme (WCAG 1.4.6 AAA). */
    text: 7,
    /** Borders of inputs, icons, focus indicators (WCAG 1.4.11). */
    nonText: 3,
  },
  focus: {
    /** Focus outline thickness in CSS px (WCAG 2.4.13). */
    widthPx: 3,
    offsetPx: 2,
  },
  time: {
    /** A timeout warning appears at least this long before the deadline (WCAG 2.2.1). */
    warnAheadMinSeconds: 20,
    /** A session can be extended at least this many times (WCAG 2.2.1). */
    minExtensions: 10,
  },
  readAloud: { rateMin: 0.5, rateMax: 2 },
  qr: { quietZoneModules: 4 },
  /** Reflow width in CSS px (WCAG 1.4.10). */
  reflowWidthPx: 320,
} as const;

export type CareTextScale = (typeof requirements.text.scales)[number];
