import type { Catalog } from '@caremode/core';

/** Said when a required radio group has no answer: what to do, in plain words. */
export const radioGroupStrings = {
  en: { 'radio-group.required': '{label}: choose an answer' },
} satisfies Catalog;
