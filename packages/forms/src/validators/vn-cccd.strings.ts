import type { Catalog } from '@caremode/core';

/** The vn-cccd validator's sentences in four languages (see validators.strings.ts for the style). */
export const vnCccdStrings = {
  en: {
    "validators.vn-cccd.empty": "Enter the number of your citizen identity card (căn cước công dân).",
    "validators.vn-cccd.characters": "The card number has only digits. Leave out any letters or other signs.",
    "validators.vn-cccd.length": {
      one: "The card number has {count} digit. You have entered {actual}.",
      other: "The card number has {count} digits. You have entered {actual}."
    },
    "validators.vn-cccd.province": "The first 3 digits are not a province code. Check the number on your card.",
    "validators.vn-cccd.birth-year": "Digits 4 to 6 cannot be a year of birth. Check the number on your card.",
    "validators.vn-cccd.birth-year-mismatch": "This card number belongs to someone born in {year}. Check the number and the year of birth."
  },
  vi: {
    "validators.vn-cccd.empty": "Hãy nhập số căn cước công dân.",
    "validators.vn-cccd.characters": "Số căn cước công dân chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.",
    "validators.vn-cccd.length": {
      other: "Số căn cước công dân có {count} chữ số. Bạn đã nhập {actual} chữ số."
    },
    "validators.vn-cccd.province": "3 chữ số đầu không phải là mã tỉnh, thành phố. Hãy xem lại số trên thẻ của bạn.",
    "validators.vn-cccd.birth-year": "Chữ số thứ 4 đến thứ 6 không thể là năm sinh. Hãy xem lại số trên thẻ của bạn.",
    "validators.vn-cccd.birth-year-mismatch": "Số căn cước này là của người sinh năm {year}. Hãy xem lại số căn cước và năm sinh."
  },
  "zh-Hans": {
    "validators.vn-cccd.empty": "请输入越南公民身份证（căn cước công dân）号码。",
    "validators.vn-cccd.characters": "证件号码只包含数字。请去掉字母或其他符号。",
    "validators.vn-cccd.length": {
      other: "证件号码为{count}位数字，您输入了{actual}位。"
    },
    "validators.vn-cccd.province": "前3位不是越南的省份代码。请核对证件上的号码。",
    "validators.vn-cccd.birth-year": "第4至6位不可能是出生年份。请核对证件上的号码。",
    "validators.vn-cccd.birth-year-mismatch": "这个证件号码属于{year}年出生的人。请核对号码和出生年份。"
  },
  id: {
    "validators.vn-cccd.empty": "Masukkan nomor kartu identitas warga Vietnam (căn cước công dân).",
    "validators.vn-cccd.characters": "Nomor kartu hanya berisi angka. Hapus huruf atau tanda lainnya.",
    "validators.vn-cccd.length": {
      other: "Nomor kartu terdiri dari {count} angka. Anda memasukkan {actual} angka."
    },
    "validators.vn-cccd.province": "3 angka pertama bukan kode provinsi. Periksa lagi nomor pada kartu Anda.",
    "validators.vn-cccd.birth-year": "Angka ke-4 sampai ke-6 tidak mungkin tahun lahir. Periksa lagi nomor pada kartu Anda.",
    "validators.vn-cccd.birth-year-mismatch": "Nomor kartu ini milik orang yang lahir tahun {year}. Periksa lagi nomor kartu dan tahun lahir."
  }
} satisfies Catalog;
