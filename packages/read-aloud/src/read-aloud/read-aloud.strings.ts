import type { Catalog } from '@caremode/core';

export const readAloudStrings = {
  en: {
    'readAloud.play': 'Read aloud',
    'readAloud.slower': 'Slower',
    'readAloud.faster': 'Faster',
    'readAloud.speed': 'Speed {rate}×',
  },
  vi: {
    'readAloud.play': 'Đọc to',
    'readAloud.slower': 'Chậm hơn',
    'readAloud.faster': 'Nhanh hơn',
    'readAloud.speed': 'Tốc độ {rate}×',
  },
  'zh-Hans': {
    'readAloud.play': '朗读',
    'readAloud.slower': '慢一点',
    'readAloud.faster': '快一点',
    'readAloud.speed': '语速 {rate}×',
  },
  id: {
    'readAloud.play': 'Bacakan',
    'readAloud.slower': 'Lebih lambat',
    'readAloud.faster': 'Lebih cepat',
    'readAloud.speed': 'Kecepatan {rate}×',
  },
} satisfies Catalog;
