import type { Catalog } from '@caremode/core';

export const formDraftStrings = {
  en: {
    'draft.title': 'Continue where you left off?',
    'draft.saved': 'You started this form on {date}. What you entered was kept on this device.',
    'draft.continue': 'Continue where I left off',
    'draft.restart': 'Start again',
    'draft.restored': 'Your answers are back in the form.',
  },
  vi: {
    'draft.title': 'Tiếp tục phần đang làm dở?',
    'draft.saved': 'Bạn đã bắt đầu điền mẫu này lúc {date}. Thông tin đã nhập được lưu trên thiết bị này.',
    'draft.continue': 'Tiếp tục phần đang làm',
    'draft.restart': 'Làm lại từ đầu',
    'draft.restored': 'Thông tin bạn đã nhập đã được điền lại vào mẫu.',
  },
  'zh-Hans': {
    'draft.title': '要继续上次未填完的内容吗？',
    'draft.saved': '您于{date}开始填写此表。已填写的内容保存在本设备上。',
    'draft.continue': '继续上次的填写',
    'draft.restart': '重新填写',
    'draft.restored': '您之前填写的内容已恢复到表格中。',
  },
  id: {
    'draft.title': 'Lanjutkan yang belum selesai?',
    'draft.saved': 'Anda mulai mengisi formulir ini pada {date}. Isian Anda disimpan di perangkat ini.',
    'draft.continue': 'Lanjutkan isian saya',
    'draft.restart': 'Mulai dari awal',
    'draft.restored': 'Isian Anda sudah dikembalikan ke formulir.',
  },
} satisfies Catalog;
