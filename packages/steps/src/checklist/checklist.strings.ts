import type { Catalog } from '@caremode/core';

export const checklistStrings = {
  en: { 'checklist.count': '{done} of {total} ready', 'checklist.all': 'Everything is ready' },
} satisfies Catalog;
