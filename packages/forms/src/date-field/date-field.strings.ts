import type { Catalog } from '@caremode/core';

/** The date field's own words; its errors are the validators' (`validators.date.*`). */
export const dateFieldStrings = {
  en: {
    'date-field.day': 'Day',
    'date-field.month': 'Month',
    'date-field.year': 'Year',
    'date-field.example': 'For example, {example}',
  },
  vi: {
    'date-field.day': 'Ngày',
    'date-field.month': 'Tháng',
    'date-field.year': 'Năm',
    'date-field.example': 'Ví dụ: {example}',
  },
  'zh-Hans': {
    'date-field.day': '日',
    'date-field.month': '月',
    'date-field.year': '年',
    'date-field.example': '例如：{example}',
  },
  id: {
    'date-field.day': 'Tanggal',
    'date-field.month': 'Bulan',
    'date-field.year': 'Tahun',
    'date-field.example': 'Contoh: {example}',
  },
} satisfies Catalog;
