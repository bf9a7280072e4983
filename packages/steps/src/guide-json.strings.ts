import type { Catalog } from '@caremode/core';

/** What can be wrong with a JSON definition, after its path: "steps[2].fields[0].name is missing". */
export const guideJsonStrings = {
  en: {
    'guide.problem-json': 'is not valid JSON',
    'guide.problem-missing': 'is missing',
    'guide.problem-type': 'has the wrong kind of value',
    'guide.problem-unknown': 'is not one of the allowed values',
  },
  vi: {
    'guide.problem-json': 'không phải JSON hợp lệ',
    'guide.problem-missing': 'bị thiếu',
    'guide.problem-type': 'có kiểu giá trị không đúng',
    'guide.problem-unknown': 'không phải giá trị được phép',
  },
  'zh-Hans': {
    'guide.problem-json': '不是有效的 JSON',
    'guide.problem-missing': '缺失',
    'guide.problem-type': '值的类型不正确',
    'guide.problem-unknown': '不是允许的值',
  },
  id: {
    'guide.problem-json': 'bukan JSON yang sah',
    'guide.problem-missing': 'tidak ada',
    'guide.problem-type': 'jenis nilainya salah',
    'guide.problem-unknown': 'bukan nilai yang diizinkan',
  },
} satisfies Catalog;
