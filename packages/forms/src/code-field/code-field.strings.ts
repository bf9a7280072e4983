import type { Catalog } from '@caremode/core';

/** The code field's words. `{time}` is Intl.RelativeTimeFormat's "in 4 minutes" in the same language. */
export const codeFieldStrings = {
  en: {
    'code-field.expires-in': 'The code expires {time}',
    'code-field.expires-soon': 'The code expires in less than a minute',
    'code-field.expired': 'The code has expired',
    'code-field.resend': 'Send a new code',
    'code-field.extend': 'Give me more time',
    'code-field.digits': 'The code has only digits. Leave out any letters or other signs.',
    'code-field.characters': 'The code has only letters and digits.',
    'code-field.length': {
      one: 'The code has {count} digit. You have entered {actual}.',
      other: 'The code has {count} digits. You have entered {actual}.',
    },
    'code-field.length-characters': {
      one: 'The code has {count} character. You have entered {actual}.',
      other: 'The code has {count} characters. You have entered {actual}.',
    },
  },
} satisfies Catalog;
