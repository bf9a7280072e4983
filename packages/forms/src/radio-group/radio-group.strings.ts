import type { Catalog } from '@caremode/core';

/** Said when a required radio group has no answer: what to do, in plain words. */
export const radioGroupStrings = {
  en: { 'radio-group.required': '{label}: choose an answer' },
  vi: { 'radio-group.required': '{label}: vui lòng chọn một câu trả lời' },
  'zh-Hans': { 'radio-group.required': '{label}：请选择一项' },
  id: { 'radio-group.required': '{label}: mohon pilih salah satu jawaban' },
} satisfies Catalog;
