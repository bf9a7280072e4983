import type { Catalog } from '@caremode/core';

/** Words more than one element of this package says. */
export const sharedStrings = {
  en: { 'steps.read': 'Read aloud' },
} satisfies Catalog;
