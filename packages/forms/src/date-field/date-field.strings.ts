import type { Catalog } from '@caremode/core';

/** The date field's own words; its errors are the validators' (`validators.date.*`). */
export const dateFieldStrings = {
  en: {
    'date-field.day': 'Day',
    'date-field.month': 'Month',
    'date-field.year': 'Year',
    'date-field.example': 'For example, {example}',
  },
} satisfies Catalog;
