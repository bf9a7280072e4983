import type { Catalog } from '@caremode/core';

/** The date validator's sentences in four languages (see validators.strings.ts for the style). */
export const dateStrings = {
  en: {
    "validators.date.empty": "Enter the date.",
    "validators.date.missing-day": "The date must include a day.",
    "validators.date.missing-month": "The date must include a month.",
    "validators.date.missing-year": "The date must include a year.",
    "validators.date.day": "Day must be between {min} and {max}.",
    "validators.date.month": "Month must be between {min} and {max}.",
    "validators.date.year": {
      one: "Year must have {count} digit, for example {example}.",
      other: "Year must have {count} digits, for example {example}."
    },
    "validators.date.no-such-day": "There is no {day} {monthName}.",
    "validators.date.not-leap": "There is no 29 February in {year}.",
    "validators.date.before-min": "The date must be on or after {min}.",
    "validators.date.after-max": "The date must be on or before {max}."
  },
  vi: {
    "validators.date.empty": "Hãy nhập ngày, tháng, năm.",
    "validators.date.missing-day": "Hãy điền ô ngày.",
    "validators.date.missing-month": "Hãy điền ô tháng.",
    "validators.date.missing-year": "Hãy điền ô năm.",
    "validators.date.day": "Ngày phải là số từ {min} đến {max}.",
    "validators.date.month": "Tháng phải là số từ {min} đến {max}.",
    "validators.date.year": {
      other: "Năm phải có {count} chữ số, ví dụ {example}."
    },
    "validators.date.no-such-day": "Tháng {month} không có ngày {day}.",
    "validators.date.not-leap": "Tháng 2 năm {year} không có ngày 29.",
    "validators.date.before-min": "Ngày phải từ {min} trở về sau.",
    "validators.date.after-max": "Ngày phải từ {max} trở về trước."
  },
  "zh-Hans": {
    "validators.date.empty": "请输入日期。",
    "validators.date.missing-day": "请填写“日”。",
    "validators.date.missing-month": "请填写“月”。",
    "validators.date.missing-year": "请填写“年”。",
    "validators.date.day": "“日”必须在{min}到{max}之间。",
    "validators.date.month": "“月”必须在{min}到{max}之间。",
    "validators.date.year": {
      other: "“年”必须是{count}位数字，例如{example}。"
    },
    "validators.date.no-such-day": "{month}月没有{day}日。",
    "validators.date.not-leap": "{year}年2月没有29日。",
    "validators.date.before-min": "日期不能早于{min}。",
    "validators.date.after-max": "日期不能晚于{max}。"
  },
  id: {
    "validators.date.empty": "Masukkan tanggal.",
    "validators.date.missing-day": "Isi kolom tanggal.",
    "validators.date.missing-month": "Isi kolom bulan.",
    "validators.date.missing-year": "Isi kolom tahun.",
    "validators.date.day": "Tanggal harus antara {min} dan {max}.",
    "validators.date.month": "Bulan harus antara {min} dan {max}.",
    "validators.date.year": {
      other: "Tahun harus terdiri dari {count} angka, misalnya {example}."
    },
    "validators.date.no-such-day": "Tidak ada tanggal {day} {monthName}.",
    "validators.date.not-leap": "Tidak ada tanggal 29 Februari pada tahun {year}.",
    "validators.date.before-min": "Tanggal harus {min} atau sesudahnya.",
    "validators.date.after-max": "Tanggal harus {max} atau sebelumnya."
  }
} satisfies Catalog;
