import type { Catalog } from '@caremode/core';

export const errorSummaryStrings = {
  en: { 'summary.title': 'There is a problem', 'summary.fixed': 'Thank you. Everything is filled in correctly now.' },
  vi: { 'summary.title': 'Có thông tin cần sửa', 'summary.fixed': 'Cảm ơn bạn. Thông tin đã được nhập đúng.' },
  'zh-Hans': { 'summary.title': '有信息需要修改', 'summary.fixed': '谢谢。所有信息都已正确填写。' },
  id: { 'summary.title': 'Ada yang perlu diperbaiki', 'summary.fixed': 'Terima kasih. Semua sudah diisi dengan benar.' },
} satisfies Catalog;
