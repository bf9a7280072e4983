import type { Catalog } from '@caremode/core';

/** The id-nik validator's sentences in four languages (see validators.strings.ts for the style). */
export const idNikStrings = {
  en: {
    "validators.id-nik.empty": "Enter your NIK (Nomor Induk Kependudukan).",
    "validators.id-nik.characters": "The NIK has only digits. Leave out any letters or other signs.",
    "validators.id-nik.length": {
      one: "The NIK has {count} digit. You have entered {actual}.",
      other: "The NIK has {count} digits. You have entered {actual}."
    },
    "validators.id-nik.province": "The first 2 digits are not a province code in Indonesia. Check the number on your KTP or family card (Kartu Keluarga).",
    "validators.id-nik.region": "Digits 3 to 6 are the codes of the regency or city and of the district, and cannot be 00. Check the number on your KTP or family card (Kartu Keluarga).",
    "validators.id-nik.birth-date": "Digits 7 to 12 should be the date of birth (day, month, year, with 40 added to the day for women), but they are not a possible date. Check the number on your KTP or family card (Kartu Keluarga).",
    "validators.id-nik.serial": "The last 4 digits cannot be 0000. Check the number on your KTP or family card (Kartu Keluarga)."
  },
  vi: {
    "validators.id-nik.empty": "Hãy nhập số NIK (Nomor Induk Kependudukan, mã số dân cư Indonesia).",
    "validators.id-nik.characters": "Số NIK chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.",
    "validators.id-nik.length": {
      other: "Số NIK có {count} chữ số. Bạn đã nhập {actual} chữ số."
    },
    "validators.id-nik.province": "2 chữ số đầu không phải là mã tỉnh của Indonesia. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).",
    "validators.id-nik.region": "Chữ số thứ 3 đến thứ 6 là mã huyện hoặc thành phố và mã quận, không thể là 00. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).",
    "validators.id-nik.birth-date": "Chữ số thứ 7 đến thứ 12 là ngày sinh (ngày, tháng, năm; với phụ nữ, ngày được cộng thêm 40), nhưng đây không phải là một ngày có thật. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).",
    "validators.id-nik.serial": "4 chữ số cuối không thể là 0000. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga)."
  },
  "zh-Hans": {
    "validators.id-nik.empty": "请输入印度尼西亚居民身份号码（NIK）。",
    "validators.id-nik.characters": "NIK只包含数字。请去掉字母或其他符号。",
    "validators.id-nik.length": {
      other: "NIK为{count}位数字，您输入了{actual}位。"
    },
    "validators.id-nik.province": "前2位不是印度尼西亚的省份代码。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。",
    "validators.id-nik.region": "第3至6位是县（市）代码和区代码，不能为00。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。",
    "validators.id-nik.birth-date": "第7至12位应为出生日期（日、月、年；女性的日子加40），但这不是一个真实的日期。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。",
    "validators.id-nik.serial": "最后4位不能是0000。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。"
  },
  id: {
    "validators.id-nik.empty": "Masukkan NIK (Nomor Induk Kependudukan).",
    "validators.id-nik.characters": "NIK hanya berisi angka. Hapus huruf atau tanda lainnya.",
    "validators.id-nik.length": {
      other: "NIK terdiri dari {count} angka. Anda memasukkan {actual} angka."
    },
    "validators.id-nik.province": "2 angka pertama bukan kode provinsi. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.",
    "validators.id-nik.region": "Angka ke-3 sampai ke-6 adalah kode kabupaten/kota dan kecamatan, dan tidak boleh 00. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.",
    "validators.id-nik.birth-date": "Angka ke-7 sampai ke-12 seharusnya tanggal lahir (tanggal, bulan, tahun; untuk perempuan tanggalnya ditambah 40), tetapi ini bukan tanggal yang ada. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.",
    "validators.id-nik.serial": "4 angka terakhir tidak boleh 0000. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda."
  }
} satisfies Catalog;
