import type { Catalog } from '@caremode/core';

export const readAloudStrings = {
  en: {
    'readAloud.play': 'Read aloud',
    'readAloud.slower': 'Slower',
    'readAloud.faster': 'Faster',
    'readAloud.speed': 'Speed {rate}×',
  },
} satisfies Catalog;
