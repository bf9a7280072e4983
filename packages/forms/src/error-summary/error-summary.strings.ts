import type { Catalog } from '@caremode/core';

export const errorSummaryStrings = {
  en: { 'summary.title': 'There is a problem', 'summary.fixed': 'Thank you. Everything is filled in correctly now.' },
} satisfies Catalog;
