import type { Catalog } from '@caremode/core';

export const helpStrings = {
  en: {
    'help.title': 'Need help?',
    'help.phone': 'Call the help line',
    'help.hours': 'Open {hours}',
    'help.centre': 'Get help in person at',
    'help.in-person': 'You can always do this in person instead, with staff to help you.',
    'help.assist': 'Ask someone you trust to help you',
    'help.code': 'Give them this code: {code}',
  },
} satisfies Catalog;
