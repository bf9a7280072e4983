import type { Catalog } from '@caremode/core';

/** The phone validator's sentences in four languages (see validators.strings.ts for the style). */
export const phoneStrings = {
  en: {
    "validators.phone.empty": "Enter a phone number.",
    "validators.phone.characters": "A phone number can only have digits, spaces, dashes and a + at the start.",
    "validators.phone.country-code": "This number has another country's code. Numbers here start with {expected}, or have no country code.",
    "validators.phone.length": {
      one: "The number should have {count} digit, for example {example}.",
      other: "The number should have {count} digits, for example {example}."
    },
    "validators.phone.length-range": {
      one: "The number should have {min} to {max} digit, for example {example}.",
      other: "The number should have {min} to {max} digits, for example {example}."
    },
    "validators.phone.unknown.vn": "This is not a phone number in Vietnam. Mobile numbers start with 03, 05, 07, 08 or 09. Landline numbers start with 02.",
    "validators.phone.unknown.cn": "This is not a phone number in China. Mobile numbers have 11 digits and start with 13 to 19. Landline numbers start with the area code, such as 010.",
    "validators.phone.unknown.id": "This is not a mobile number in Indonesia. Mobile numbers start with 08, or with +62 8.",
    "validators.phone.landline": "This looks like a landline number. Please enter a mobile number.",
    "validators.phone.vn-old-number": "This is an old 11-digit number. Since 2018 it has been {suggestion}.",
    "validators.phone.unsupported-country": "This form cannot check phone numbers from this country."
  },
  vi: {
    "validators.phone.empty": "Hãy nhập số điện thoại.",
    "validators.phone.characters": "Số điện thoại chỉ gồm chữ số, dấu cách, dấu gạch ngang và dấu + ở đầu.",
    "validators.phone.country-code": "Số này có mã của nước khác. Số điện thoại ở đây bắt đầu bằng {expected}, hoặc không có mã nước.",
    "validators.phone.length": {
      other: "Số điện thoại phải có {count} chữ số, ví dụ {example}."
    },
    "validators.phone.length-range": {
      other: "Số điện thoại phải có từ {min} đến {max} chữ số, ví dụ {example}."
    },
    "validators.phone.unknown.vn": "Đây không phải là số điện thoại Việt Nam. Số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09. Số máy bàn bắt đầu bằng 02.",
    "validators.phone.unknown.cn": "Đây không phải là số điện thoại Trung Quốc. Số di động có 11 chữ số, bắt đầu bằng 13 đến 19. Số máy bàn bắt đầu bằng mã vùng, ví dụ 010.",
    "validators.phone.unknown.id": "Đây không phải là số di động Indonesia. Số di động bắt đầu bằng 08, hoặc bằng +62 8.",
    "validators.phone.landline": "Số này có vẻ là số máy bàn. Hãy nhập số điện thoại di động.",
    "validators.phone.vn-old-number": "Đây là số cũ 11 chữ số. Từ năm 2018 số này đã đổi thành {suggestion}.",
    "validators.phone.unsupported-country": "Biểu mẫu này không kiểm tra được số điện thoại của nước này."
  },
  "zh-Hans": {
    "validators.phone.empty": "请输入电话号码。",
    "validators.phone.characters": "电话号码只能包含数字、空格、短横线，以及开头的加号（+）。",
    "validators.phone.country-code": "这个号码带有其他国家的代码。这里的号码以{expected}开头，或者不写国家代码。",
    "validators.phone.length": {
      other: "号码应为{count}位数字，例如 {example}。"
    },
    "validators.phone.length-range": {
      other: "号码应为{min}到{max}位数字，例如 {example}。"
    },
    "validators.phone.unknown.vn": "这不是越南的电话号码。越南手机号码以03、05、07、08或09开头，座机号码以02开头。",
    "validators.phone.unknown.cn": "这不是中国的电话号码。手机号码为11位，以13至19开头；座机号码以区号开头，例如010。",
    "validators.phone.unknown.id": "这不是印度尼西亚的手机号码。印尼手机号码以08开头，或以+62 8开头。",
    "validators.phone.landline": "这看起来是座机号码。请输入手机号码。",
    "validators.phone.vn-old-number": "这是旧的11位号码。从2018年起，这个号码已改为 {suggestion}。",
    "validators.phone.unsupported-country": "本表格无法核对这个国家的电话号码。"
  },
  id: {
    "validators.phone.empty": "Masukkan nomor telepon.",
    "validators.phone.characters": "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, dan tanda + di depan.",
    "validators.phone.country-code": "Nomor ini memakai kode negara lain. Nomor di sini diawali {expected}, atau tanpa kode negara.",
    "validators.phone.length": {
      other: "Nomor harus terdiri dari {count} angka, misalnya {example}."
    },
    "validators.phone.length-range": {
      other: "Nomor harus terdiri dari {min} sampai {max} angka, misalnya {example}."
    },
    "validators.phone.unknown.vn": "Ini bukan nomor telepon Vietnam. Nomor HP di sana diawali 03, 05, 07, 08 atau 09. Nomor telepon rumah diawali 02.",
    "validators.phone.unknown.cn": "Ini bukan nomor telepon Tiongkok. Nomor HP di sana terdiri dari 11 angka dan diawali 13 sampai 19. Nomor telepon rumah diawali kode wilayah, misalnya 010.",
    "validators.phone.unknown.id": "Ini bukan nomor HP Indonesia. Nomor HP diawali 08, atau +62 8.",
    "validators.phone.landline": "Ini sepertinya nomor telepon rumah. Silakan masukkan nomor HP.",
    "validators.phone.vn-old-number": "Ini nomor lama dengan 11 angka. Sejak 2018 nomornya menjadi {suggestion}.",
    "validators.phone.unsupported-country": "Formulir ini tidak dapat memeriksa nomor telepon dari negara ini."
  }
} satisfies Catalog;
