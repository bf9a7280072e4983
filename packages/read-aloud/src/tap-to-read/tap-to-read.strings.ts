import type { Catalog } from '@caremode/core';

export const tapToReadStrings = {
  en: {
    'tapToRead.label': 'Tap to read',
    'tapToRead.on': 'On',
    'tapToRead.off': 'Off',
    'tapToRead.hint': 'Tap or point at any text or field to hear it. Buttons and links still work as usual. Esc stops reading.',
  },
  vi: {
    'tapToRead.label': 'Chạm để nghe',
    'tapToRead.on': 'Bật',
    'tapToRead.off': 'Tắt',
    'tapToRead.hint': 'Chạm hoặc trỏ vào chữ hay ô nhập bất kỳ để nghe đọc. Nút và liên kết vẫn dùng như bình thường. Phím Esc để dừng đọc.',
  },
  'zh-Hans': {
    'tapToRead.label': '指读',
    'tapToRead.on': '开',
    'tapToRead.off': '关',
    'tapToRead.hint': '点按或指向任何文字或输入框即可听到朗读。按钮和链接照常使用。按 Esc 停止朗读。',
  },
  id: {
    'tapToRead.label': 'Ketuk untuk dengar',
    'tapToRead.on': 'Aktif',
    'tapToRead.off': 'Mati',
    'tapToRead.hint': 'Ketuk atau arahkan ke teks atau kolom mana pun untuk mendengarnya. Tombol dan tautan tetap berfungsi seperti biasa. Tekan Esc untuk berhenti.',
  },
} satisfies Catalog;
