import { auditTags, extraRules } from './browser/run-options.js';

/**
 * The rule sets `--standard` chooses from. `tags` are axe-core's rule tags; `extraRules` are
 * rules outside those tags switched on by name; `elderPack` runs Caremode's elder rules, which
 * also carry WCAG tags and so are left out by name when it is false.
 * @type {Readonly<Record<string, { description: string, tags: string[], extraRules: string[], elderPack: boolean }>>}
 */
export const standards = Object.freeze({
  elder: {
    description: 'WCAG 2.2 A and AA, 7:1 text contrast, target size and the elder pack (the default)',
    tags: auditTags,
    extraRules,
    elderPack: true,
  },
  wcag22aa: {
    description: 'WCAG 2.2 A and AA only',
    tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
    extraRules: [],
    elderPack: false,
  },
  wcag21aa: {
    description: 'WCAG 2.1 A and AA only',
    tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    extraRules: [],
    elderPack: false,
  },
  en301549: {
    description: 'EN 301 549 (web content: WCAG 2.1 A and AA, plus the rules axe tags EN-301-549)',
    tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549'],
    extraRules: [],
    elderPack: false,
  },
});

export const standardNames = Object.keys(standards);

/** The standard the audit uses when none is chosen. */
export const defaultStandard = 'elder';
