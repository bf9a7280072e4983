import type { Catalog } from '@caremode/core';

export const buttonStrings = {
  en: { 'button.busy': 'Please wait' },
} satisfies Catalog;
