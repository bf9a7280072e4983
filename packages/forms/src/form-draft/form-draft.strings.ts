import type { Catalog } from '@caremode/core';

export const formDraftStrings = {
  en: {
    'draft.title': 'Continue where you left off?',
    'draft.saved': 'You started this form on {date}. What you entered was kept on this device.',
    'draft.continue': 'Continue where I left off',
    'draft.restart': 'Start again',
    'draft.restored': 'Your answers are back in the form.',
  },
} satisfies Catalog;
