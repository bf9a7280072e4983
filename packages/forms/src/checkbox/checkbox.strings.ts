import type { Catalog } from '@caremode/core';

/** Said when a required box is not ticked, or no box of a required group is. */
export const checkboxStrings = {
  en: {
    'checkbox.required': '{label}: tick this box',
    'checkbox-group.required': '{label}: choose at least one',
  },
  vi: {
    'checkbox.required': '{label}: vui lòng đánh dấu vào ô này',
    'checkbox-group.required': '{label}: vui lòng chọn ít nhất một mục',
  },
  'zh-Hans': {
    'checkbox.required': '{label}：请勾选此项',
    'checkbox-group.required': '{label}：请至少选择一项',
  },
  id: {
    'checkbox.required': '{label}: mohon centang kotak ini',
    'checkbox-group.required': '{label}: mohon pilih paling sedikit satu',
  },
} satisfies Catalog;
