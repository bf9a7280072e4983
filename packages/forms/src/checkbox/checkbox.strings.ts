import type { Catalog } from '@caremode/core';

/** Said when a required box is not ticked, or no box of a required group is. */
export const checkboxStrings = {
  en: {
    'checkbox.required': '{label}: tick this box',
    'checkbox-group.required': '{label}: choose at least one',
  },
} satisfies Catalog;
