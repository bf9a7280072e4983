import type { Catalog } from '@caremode/core';

/** The first, empty choice of a list the element builds, and the error when no real choice is made. */
export const selectStrings = {
  en: {
    'select.choose': 'Choose…',
    'select.required': '{label}: choose one from the list',
  },
  vi: {
    'select.choose': 'Chọn…',
    'select.required': '{label}: vui lòng chọn trong danh sách',
  },
  'zh-Hans': {
    'select.choose': '请选择…',
    'select.required': '请从列表中选择{label}',
  },
  id: {
    'select.choose': 'Pilih…',
    'select.required': '{label}: mohon pilih dari daftar',
  },
} satisfies Catalog;
