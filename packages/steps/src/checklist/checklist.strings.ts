import type { Catalog } from '@caremode/core';

export const checklistStrings = {
  en: { 'checklist.count': '{done} of {total} ready', 'checklist.all': 'Everything is ready' },
  vi: { 'checklist.count': 'Đã chuẩn bị {done}/{total}', 'checklist.all': 'Đã chuẩn bị đủ' },
  'zh-Hans': { 'checklist.count': '已准备 {done}/{total} 项', 'checklist.all': '全部准备好了' },
  id: { 'checklist.count': '{done} dari {total} siap', 'checklist.all': 'Semua sudah siap' },
} satisfies Catalog;
