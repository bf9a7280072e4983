import type { Catalog } from '@caremode/core';

export const buttonStrings = {
  en: { 'button.busy': 'Please wait' },
  vi: { 'button.busy': 'Vui lòng chờ' },
  'zh-Hans': { 'button.busy': '请稍候' },
  id: { 'button.busy': 'Mohon tunggu' },
} satisfies Catalog;
