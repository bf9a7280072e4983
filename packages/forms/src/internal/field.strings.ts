import type { Catalog } from '@caremode/core';

/** Words every field shares. Errors say what to do, in plain words; never "invalid format". */
export const fieldStrings = {
  en: {
    'field.error-prefix': 'Error:',
    'field.optional': '(optional)',
    'field.required': '{label}: enter an answer',
    'field.too-long': { one: 'Use {count} character or fewer', other: 'Use {count} characters or fewer' },
    'field.too-short': { one: 'Use at least {count} character', other: 'Use at least {count} characters' },
    'field.pattern': 'Enter it in the format shown in the hint',
    'field.email': 'Enter an email address like name@example.com',
    'field.url': 'Enter a web address like https://example.com',
    'field.count-left': { one: 'You have {count} character left', other: 'You have {count} characters left' },
    'field.count-over': { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  },
} satisfies Catalog;
