import type { Catalog } from '@caremode/core';

export const tapToReadStrings = {
  en: {
    'tapToRead.label': 'Tap to read',
    'tapToRead.on': 'On',
    'tapToRead.off': 'Off',
    'tapToRead.hint': 'Tap or point at any text or field to hear it. Buttons and links still work as usual. Esc stops reading.',
  },
} satisfies Catalog;
