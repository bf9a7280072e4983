import type { Catalog } from '@caremode/core';

export const walletStrings = {
  en: { 'wallet.choose': 'Whose code to show' },
} satisfies Catalog;
