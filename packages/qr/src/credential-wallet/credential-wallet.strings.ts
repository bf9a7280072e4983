import type { Catalog } from '@caremode/core';

export const walletStrings = {
  en: { 'wallet.choose': 'Whose code to show' },
  vi: { 'wallet.choose': 'Hiện mã của ai' },
  'zh-Hans': { 'wallet.choose': '显示谁的码' },
  id: { 'wallet.choose': 'Tampilkan kode milik siapa' },
} satisfies Catalog;
