import type { Catalog } from '@caremode/core';

export const stepStrings = {
  en: { 'step.change': 'Change' },
} satisfies Catalog;
