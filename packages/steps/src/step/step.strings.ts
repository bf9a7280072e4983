import type { Catalog } from '@caremode/core';

export const stepStrings = {
  en: { 'step.change': 'Change' },
  vi: { 'step.change': 'Thay đổi' },
  'zh-Hans': { 'step.change': '修改' },
  id: { 'step.change': 'Ubah' },
} satisfies Catalog;
