import type { Catalog } from '@caremode/core';

export const toggleStrings = {
  en: {
    'toggle.label': 'Care mode',
    'toggle.on': 'On',
    'toggle.off': 'Off',
    'toggle.nowOn': 'Care mode is on: larger text and buttons.',
    'toggle.nowOff': 'Care mode is off.',
    'toggle.settings': 'Settings',
    'toggle.group': 'Display',
  },
  vi: {
    'toggle.label': 'Chế độ người cao tuổi',
    'toggle.on': 'Bật',
    'toggle.off': 'Tắt',
    'toggle.nowOn': 'Đã bật chế độ người cao tuổi: chữ và nút lớn hơn.',
    'toggle.nowOff': 'Đã tắt chế độ người cao tuổi.',
    'toggle.settings': 'Cài đặt',
    'toggle.group': 'Hiển thị',
  },
  'zh-Hans': {
    'toggle.label': '长辈模式',
    'toggle.on': '开',
    'toggle.off': '关',
    'toggle.nowOn': '长辈模式已开启：文字和按钮更大。',
    'toggle.nowOff': '长辈模式已关闭。',
    'toggle.settings': '设置',
    'toggle.group': '显示',
  },
  id: {
    'toggle.label': 'Mode lansia',
    'toggle.on': 'Aktif',
    'toggle.off': 'Mati',
    'toggle.nowOn': 'Mode lansia aktif: teks dan tombol lebih besar.',
    'toggle.nowOff': 'Mode lansia mati.',
    'toggle.settings': 'Pengaturan',
    'toggle.group': 'Tampilan',
  },
} satisfies Catalog;
