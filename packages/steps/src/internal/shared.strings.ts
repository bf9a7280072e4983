import type { Catalog } from '@caremode/core';

/** Words more than one element of this package says. */
export const sharedStrings = {
  en: { 'steps.read': 'Read aloud' },
  vi: { 'steps.read': 'Đọc to' },
  'zh-Hans': { 'steps.read': '朗读' },
  id: { 'steps.read': 'Bacakan' },
} satisfies Catalog;
