import type { Catalog } from '@caremode/core';

/** The first, empty choice of a list the element builds, and the error when no real choice is made. */
export const selectStrings = {
  en: {
    'select.choose': 'Choose…',
    'select.required': '{label}: choose one from the list',
  },
} satisfies Catalog;
