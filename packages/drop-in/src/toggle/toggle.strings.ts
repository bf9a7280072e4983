import type { Catalog } from '@caremode/core';

export const toggleStrings = {
  en: {
    'toggle.label': 'Care mode',
    'toggle.on': 'On',
    'toggle.off': 'Off',
    'toggle.nowOn': 'Care mode is on: larger text and buttons.',
    'toggle.nowOff': 'Care mode is off.',
    'toggle.settings': 'Settings',
  },
} satisfies Catalog;
