import type { Catalog } from '@caremode/core';

/** The cn-resident validator's sentences in four languages (see validators.strings.ts for the style). */
export const cnResidentStrings = {
  en: {
    "validators.cn-resident.empty": "Enter the number of your resident identity card (居民身份证).",
    "validators.cn-resident.characters": "The card number has only digits, and the last character can be the letter X.",
    "validators.cn-resident.length": {
      one: "The card number has {count} character. You have entered {actual}.",
      other: "The card number has {count} characters. You have entered {actual}."
    },
    "validators.cn-resident.region": "The first 6 digits are not an area code in China. Check the number on your card.",
    "validators.cn-resident.birth-date": "Digits 7 to 14 should be the date of birth (year, month, day), but they are not a possible date. Check the number on your card.",
    "validators.cn-resident.check": "The last character does not match the rest of the number. Check the number on your card."
  },
  vi: {
    "validators.cn-resident.empty": "Hãy nhập số thẻ căn cước cư dân Trung Quốc (居民身份证).",
    "validators.cn-resident.characters": "Số thẻ chỉ gồm chữ số; ký tự cuối cùng có thể là chữ X.",
    "validators.cn-resident.length": {
      other: "Số thẻ có {count} ký tự. Bạn đã nhập {actual} ký tự."
    },
    "validators.cn-resident.region": "6 chữ số đầu không phải là mã vùng của Trung Quốc. Hãy xem lại số trên thẻ của bạn.",
    "validators.cn-resident.birth-date": "Chữ số thứ 7 đến thứ 14 là ngày sinh (năm, tháng, ngày), nhưng đây không phải là một ngày có thật. Hãy xem lại số trên thẻ của bạn.",
    "validators.cn-resident.check": "Ký tự cuối cùng không khớp với các chữ số còn lại. Hãy xem lại số trên thẻ của bạn."
  },
  "zh-Hans": {
    "validators.cn-resident.empty": "请输入居民身份证号码。",
    "validators.cn-resident.characters": "身份证号码只包含数字，最后一位可以是字母X。",
    "validators.cn-resident.length": {
      other: "身份证号码为{count}位，您输入了{actual}位。"
    },
    "validators.cn-resident.region": "前6位不是中国的地区代码。请核对身份证上的号码。",
    "validators.cn-resident.birth-date": "第7至14位应为出生日期（年、月、日），但这不是一个真实的日期。请核对身份证上的号码。",
    "validators.cn-resident.check": "最后一位与前面的号码对不上。请核对身份证上的号码。"
  },
  id: {
    "validators.cn-resident.empty": "Masukkan nomor kartu identitas penduduk Tiongkok (居民身份证).",
    "validators.cn-resident.characters": "Nomor kartu hanya berisi angka; karakter terakhir boleh huruf X.",
    "validators.cn-resident.length": {
      other: "Nomor kartu terdiri dari {count} karakter. Anda memasukkan {actual} karakter."
    },
    "validators.cn-resident.region": "6 angka pertama bukan kode wilayah di Tiongkok. Periksa lagi nomor pada kartu Anda.",
    "validators.cn-resident.birth-date": "Angka ke-7 sampai ke-14 seharusnya tanggal lahir (tahun, bulan, tanggal), tetapi ini bukan tanggal yang ada. Periksa lagi nomor pada kartu Anda.",
    "validators.cn-resident.check": "Karakter terakhir tidak cocok dengan angka lainnya. Periksa lagi nomor pada kartu Anda."
  }
} satisfies Catalog;
