import type { Catalog } from '@caremode/core';

/** Words said about a form control, in the control's own language; loaded with the mode. */
export const controlWords = {
  en: { 'tapToRead.checked': 'checked', 'tapToRead.unchecked': 'not checked', 'tapToRead.empty': 'empty', 'tapToRead.hidden': 'hidden' },
  vi: { 'tapToRead.checked': 'đã chọn', 'tapToRead.unchecked': 'chưa chọn', 'tapToRead.empty': 'còn trống', 'tapToRead.hidden': 'đã ẩn' },
  'zh-Hans': { 'tapToRead.checked': '已选中', 'tapToRead.unchecked': '未选中', 'tapToRead.empty': '未填写', 'tapToRead.hidden': '已隐藏' },
  id: { 'tapToRead.checked': 'dicentang', 'tapToRead.unchecked': 'tidak dicentang', 'tapToRead.empty': 'kosong', 'tapToRead.hidden': 'disembunyikan' },
} satisfies Catalog;
