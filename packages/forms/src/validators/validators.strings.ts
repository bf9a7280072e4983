import type { Catalog } from '@caremode/core';

/**
 * The validators' sentences. Each says what is wrong and what to do, in everyday words; the
 * official name of a card appears where people would look for it. Numbers that count take a
 * plural form; ISO dates in `{min}` and `{max}` and the month name in `{monthName}` are put
 * into words by `problemParams`.
 */
export const validatorsStrings = {
  en: {
    'validators.phone.empty': 'Enter a phone number.',
    'validators.phone.characters': 'A phone number can only have digits, spaces, dashes and a + at the start.',
    'validators.phone.country-code': "This number has another country's code. Numbers here start with {expected}, or have no country code.",
    'validators.phone.length': {
      one: 'The number should have {count} digit, for example {example}.',
      other: 'The number should have {count} digits, for example {example}.',
    },
    'validators.phone.length-range': {
      one: 'The number should have {min} to {max} digit, for example {example}.',
      other: 'The number should have {min} to {max} digits, for example {example}.',
    },
    'validators.phone.unknown.vn':
      'This is not a phone number in Vietnam. Mobile numbers start with 03, 05, 07, 08 or 09. Landline numbers start with 02.',
    'validators.phone.unknown.cn':
      'This is not a phone number in China. Mobile numbers have 11 digits and start with 13 to 19. Landline numbers start with the area code, such as 010.',
    'validators.phone.unknown.id': 'This is not a mobile number in Indonesia. Mobile numbers start with 08, or with +62 8.',
    'validators.phone.landline': 'This looks like a landline number. Please enter a mobile number.',
    'validators.phone.vn-old-number': 'This is an old 11-digit number. Since 2018 it has been {suggestion}.',
    'validators.phone.unsupported-country': 'This form cannot check phone numbers from this country.',

    'validators.vn-cccd.empty': 'Enter the number of your citizen identity card (căn cước công dân).',
    'validators.vn-cccd.characters': 'The card number has only digits. Leave out any letters or other signs.',
    'validators.vn-cccd.length': {
      one: 'The card number has {count} digit. You have entered {actual}.',
      other: 'The card number has {count} digits. You have entered {actual}.',
    },
    'validators.vn-cccd.province': 'The first 3 digits are not a province code. Check the number on your card.',
    'validators.vn-cccd.birth-year': 'Digits 4 to 6 cannot be a year of birth. Check the number on your card.',
    'validators.vn-cccd.birth-year-mismatch': 'This card number belongs to someone born in {year}. Check the number and the year of birth.',

    'validators.cn-resident.empty': 'Enter the number of your resident identity card (居民身份证).',
    'validators.cn-resident.characters': 'The card number has only digits, and the last character can be the letter X.',
    'validators.cn-resident.length': {
      one: 'The card number has {count} character. You have entered {actual}.',
      other: 'The card number has {count} characters. You have entered {actual}.',
    },
    'validators.cn-resident.region': 'The first 6 digits are not an area code in China. Check the number on your card.',
    'validators.cn-resident.birth-date':
      'Digits 7 to 14 should be the date of birth (year, month, day), but they are not a possible date. Check the number on your card.',
    'validators.cn-resident.check': 'The last character does not match the rest of the number. Check the number on your card.',

    'validators.id-nik.empty': 'Enter your NIK (Nomor Induk Kependudukan).',
    'validators.id-nik.characters': 'The NIK has only digits. Leave out any letters or other signs.',
    'validators.id-nik.length': {
      one: 'The NIK has {count} digit. You have entered {actual}.',
      other: 'The NIK has {count} digits. You have entered {actual}.',
    },
    'validators.id-nik.province': 'The first 2 digits are not a province code in Indonesia. Check the number on your KTP or family card (Kartu Keluarga).',
    'validators.id-nik.region':
      'Digits 3 to 6 are the codes of the regency or city and of the district, and cannot be 00. Check the number on your KTP or family card (Kartu Keluarga).',
    'validators.id-nik.birth-date':
      'Digits 7 to 12 should be the date of birth (day, month, year, with 40 added to the day for women), but they are not a possible date. Check the number on your KTP or family card (Kartu Keluarga).',
    'validators.id-nik.serial': 'The last 4 digits cannot be 0000. Check the number on your KTP or family card (Kartu Keluarga).',

    'validators.date.empty': 'Enter the date.',
    'validators.date.missing-day': 'The date must include a day.',
    'validators.date.missing-month': 'The date must include a month.',
    'validators.date.missing-year': 'The date must include a year.',
    'validators.date.day': 'Day must be between {min} and {max}.',
    'validators.date.month': 'Month must be between {min} and {max}.',
    'validators.date.year': {
      one: 'Year must have {count} digit, for example {example}.',
      other: 'Year must have {count} digits, for example {example}.',
    },
    'validators.date.no-such-day': 'There is no {day} {monthName}.',
    'validators.date.not-leap': 'There is no 29 February in {year}.',
    'validators.date.before-min': 'The date must be on or after {min}.',
    'validators.date.after-max': 'The date must be on or before {max}.',
  },
  vi: {
    'validators.phone.empty': 'Hãy nhập số điện thoại.',
    'validators.phone.characters': 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu gạch ngang và dấu + ở đầu.',
    'validators.phone.country-code': 'Số này có mã của nước khác. Số điện thoại ở đây bắt đầu bằng {expected}, hoặc không có mã nước.',
    'validators.phone.length': { other: 'Số điện thoại phải có {count} chữ số, ví dụ {example}.' },
    'validators.phone.length-range': { other: 'Số điện thoại phải có từ {min} đến {max} chữ số, ví dụ {example}.' },
    'validators.phone.unknown.vn':
      'Đây không phải là số điện thoại Việt Nam. Số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09. Số máy bàn bắt đầu bằng 02.',
    'validators.phone.unknown.cn':
      'Đây không phải là số điện thoại Trung Quốc. Số di động có 11 chữ số, bắt đầu bằng 13 đến 19. Số máy bàn bắt đầu bằng mã vùng, ví dụ 010.',
    'validators.phone.unknown.id': 'Đây không phải là số di động Indonesia. Số di động bắt đầu bằng 08, hoặc bằng +62 8.',
    'validators.phone.landline': 'Số này có vẻ là số máy bàn. Hãy nhập số điện thoại di động.',
    'validators.phone.vn-old-number': 'Đây là số cũ 11 chữ số. Từ năm 2018 số này đã đổi thành {suggestion}.',
    'validators.phone.unsupported-country': 'Biểu mẫu này không kiểm tra được số điện thoại của nước này.',

    'validators.vn-cccd.empty': 'Hãy nhập số căn cước công dân.',
    'validators.vn-cccd.characters': 'Số căn cước công dân chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.',
    'validators.vn-cccd.length': { other: 'Số căn cước công dân có {count} chữ số. Bạn đã nhập {actual} chữ số.' },
    'validators.vn-cccd.province': '3 chữ số đầu không phải là mã tỉnh, thành phố. Hãy xem lại số trên thẻ của bạn.',
    'validators.vn-cccd.birth-year': 'Chữ số thứ 4 đến thứ 6 không thể là năm sinh. Hãy xem lại số trên thẻ của bạn.',
    'validators.vn-cccd.birth-year-mismatch': 'Số căn cước này là của người sinh năm {year}. Hãy xem lại số căn cước và năm sinh.',

    'validators.cn-resident.empty': 'Hãy nhập số thẻ căn cước cư dân Trung Quốc (居民身份证).',
    'validators.cn-resident.characters': 'Số thẻ chỉ gồm chữ số; ký tự cuối cùng có thể là chữ X.',
    'validators.cn-resident.length': { other: 'Số thẻ có {count} ký tự. Bạn đã nhập {actual} ký tự.' },
    'validators.cn-resident.region': '6 chữ số đầu không phải là mã vùng của Trung Quốc. Hãy xem lại số trên thẻ của bạn.',
    'validators.cn-resident.birth-date':
      'Chữ số thứ 7 đến thứ 14 là ngày sinh (năm, tháng, ngày), nhưng đây không phải là một ngày có thật. Hãy xem lại số trên thẻ của bạn.',
    'validators.cn-resident.check': 'Ký tự cuối cùng không khớp với các chữ số còn lại. Hãy xem lại số trên thẻ của bạn.',

    'validators.id-nik.empty': 'Hãy nhập số NIK (Nomor Induk Kependudukan, mã số dân cư Indonesia).',
    'validators.id-nik.characters': 'Số NIK chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.',
    'validators.id-nik.length': { other: 'Số NIK có {count} chữ số. Bạn đã nhập {actual} chữ số.' },
    'validators.id-nik.province': '2 chữ số đầu không phải là mã tỉnh của Indonesia. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',
    'validators.id-nik.region':
      'Chữ số thứ 3 đến thứ 6 là mã huyện hoặc thành phố và mã quận, không thể là 00. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',
    'validators.id-nik.birth-date':
      'Chữ số thứ 7 đến thứ 12 là ngày sinh (ngày, tháng, năm; với phụ nữ, ngày được cộng thêm 40), nhưng đây không phải là một ngày có thật. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',
    'validators.id-nik.serial': '4 chữ số cuối không thể là 0000. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',

    'validators.date.empty': 'Hãy nhập ngày, tháng, năm.',
    'validators.date.missing-day': 'Hãy điền ô ngày.',
    'validators.date.missing-month': 'Hãy điền ô tháng.',
    'validators.date.missing-year': 'Hãy điền ô năm.',
    'validators.date.day': 'Ngày phải là số từ {min} đến {max}.',
    'validators.date.month': 'Tháng phải là số từ {min} đến {max}.',
    'validators.date.year': { other: 'Năm phải có {count} chữ số, ví dụ {example}.' },
    'validators.date.no-such-day': 'Tháng {month} không có ngày {day}.',
    'validators.date.not-leap': 'Tháng 2 năm {year} không có ngày 29.',
    'validators.date.before-min': 'Ngày phải từ {min} trở về sau.',
    'validators.date.after-max': 'Ngày phải từ {max} trở về trước.',
  },
  'zh-Hans': {
    'validators.phone.empty': '请输入电话号码。',
    'validators.phone.characters': '电话号码只能包含数字、空格、短横线，以及开头的加号（+）。',
    'validators.phone.country-code': '这个号码带有其他国家的代码。这里的号码以{expected}开头，或者不写国家代码。',
    'validators.phone.length': { other: '号码应为{count}位数字，例如 {example}。' },
    'validators.phone.length-range': { other: '号码应为{min}到{max}位数字，例如 {example}。' },
    'validators.phone.unknown.vn': '这不是越南的电话号码。越南手机号码以03、05、07、08或09开头，座机号码以02开头。',
    'validators.phone.unknown.cn': '这不是中国的电话号码。手机号码为11位，以13至19开头；座机号码以区号开头，例如010。',
    'validators.phone.unknown.id': '这不是印度尼西亚的手机号码。印尼手机号码以08开头，或以+62 8开头。',
    'validators.phone.landline': '这看起来是座机号码。请输入手机号码。',
    'validators.phone.vn-old-number': '这是旧的11位号码。从2018年起，这个号码已改为 {suggestion}。',
    'validators.phone.unsupported-country': '本表格无法核对这个国家的电话号码。',

    'validators.vn-cccd.empty': '请输入越南公民身份证（căn cước công dân）号码。',
    'validators.vn-cccd.characters': '证件号码只包含数字。请去掉字母或其他符号。',
    'validators.vn-cccd.length': { other: '证件号码为{count}位数字，您输入了{actual}位。' },
    'validators.vn-cccd.province': '前3位不是越南的省份代码。请核对证件上的号码。',
    'validators.vn-cccd.birth-year': '第4至6位不可能是出生年份。请核对证件上的号码。',
    'validators.vn-cccd.birth-year-mismatch': '这个证件号码属于{year}年出生的人。请核对号码和出生年份。',

    'validators.cn-resident.empty': '请输入居民身份证号码。',
    'validators.cn-resident.characters': '身份证号码只包含数字，最后一位可以是字母X。',
    'validators.cn-resident.length': { other: '身份证号码为{count}位，您输入了{actual}位。' },
    'validators.cn-resident.region': '前6位不是中国的地区代码。请核对身份证上的号码。',
    'validators.cn-resident.birth-date': '第7至14位应为出生日期（年、月、日），但这不是一个真实的日期。请核对身份证上的号码。',
    'validators.cn-resident.check': '最后一位与前面的号码对不上。请核对身份证上的号码。',

    'validators.id-nik.empty': '请输入印度尼西亚居民身份号码（NIK）。',
    'validators.id-nik.characters': 'NIK只包含数字。请去掉字母或其他符号。',
    'validators.id-nik.length': { other: 'NIK为{count}位数字，您输入了{actual}位。' },
    'validators.id-nik.province': '前2位不是印度尼西亚的省份代码。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',
    'validators.id-nik.region': '第3至6位是县（市）代码和区代码，不能为00。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',
    'validators.id-nik.birth-date':
      '第7至12位应为出生日期（日、月、年；女性的日子加40），但这不是一个真实的日期。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',
    'validators.id-nik.serial': '最后4位不能是0000。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',

    'validators.date.empty': '请输入日期。',
    'validators.date.missing-day': '请填写“日”。',
    'validators.date.missing-month': '请填写“月”。',
    'validators.date.missing-year': '请填写“年”。',
    'validators.date.day': '“日”必须在{min}到{max}之间。',
    'validators.date.month': '“月”必须在{min}到{max}之间。',
    'validators.date.year': { other: '“年”必须是{count}位数字，例如{example}。' },
    'validators.date.no-such-day': '{month}月没有{day}日。',
    'validators.date.not-leap': '{year}年2月没有29日。',
    'validators.date.before-min': '日期不能早于{min}。',
    'validators.date.after-max': '日期不能晚于{max}。',
  },
  id: {
    'validators.phone.empty': 'Masukkan nomor telepon.',
    'validators.phone.characters': 'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, dan tanda + di depan.',
    'validators.phone.country-code': 'Nomor ini memakai kode negara lain. Nomor di sini diawali {expected}, atau tanpa kode negara.',
    'validators.phone.length': { other: 'Nomor harus terdiri dari {count} angka, misalnya {example}.' },
    'validators.phone.length-range': { other: 'Nomor harus terdiri dari {min} sampai {max} angka, misalnya {example}.' },
    'validators.phone.unknown.vn':
      'Ini bukan nomor telepon Vietnam. Nomor HP di sana diawali 03, 05, 07, 08 atau 09. Nomor telepon rumah diawali 02.',
    'validators.phone.unknown.cn':
      'Ini bukan nomor telepon Tiongkok. Nomor HP di sana terdiri dari 11 angka dan diawali 13 sampai 19. Nomor telepon rumah diawali kode wilayah, misalnya 010.',
    'validators.phone.unknown.id': 'Ini bukan nomor HP Indonesia. Nomor HP diawali 08, atau +62 8.',
    'validators.phone.landline': 'Ini sepertinya nomor telepon rumah. Silakan masukkan nomor HP.',
    'validators.phone.vn-old-number': 'Ini nomor lama dengan 11 angka. Sejak 2018 nomornya menjadi {suggestion}.',
    'validators.phone.unsupported-country': 'Formulir ini tidak dapat memeriksa nomor telepon dari negara ini.',

    'validators.vn-cccd.empty': 'Masukkan nomor kartu identitas warga Vietnam (căn cước công dân).',
    'validators.vn-cccd.characters': 'Nomor kartu hanya berisi angka. Hapus huruf atau tanda lainnya.',
    'validators.vn-cccd.length': { other: 'Nomor kartu terdiri dari {count} angka. Anda memasukkan {actual} angka.' },
    'validators.vn-cccd.province': '3 angka pertama bukan kode provinsi. Periksa lagi nomor pada kartu Anda.',
    'validators.vn-cccd.birth-year': 'Angka ke-4 sampai ke-6 tidak mungkin tahun lahir. Periksa lagi nomor pada kartu Anda.',
    'validators.vn-cccd.birth-year-mismatch': 'Nomor kartu ini milik orang yang lahir tahun {year}. Periksa lagi nomor kartu dan tahun lahir.',

    'validators.cn-resident.empty': 'Masukkan nomor kartu identitas penduduk Tiongkok (居民身份证).',
    'validators.cn-resident.characters': 'Nomor kartu hanya berisi angka; karakter terakhir boleh huruf X.',
    'validators.cn-resident.length': { other: 'Nomor kartu terdiri dari {count} karakter. Anda memasukkan {actual} karakter.' },
    'validators.cn-resident.region': '6 angka pertama bukan kode wilayah di Tiongkok. Periksa lagi nomor pada kartu Anda.',
    'validators.cn-resident.birth-date':
      'Angka ke-7 sampai ke-14 seharusnya tanggal lahir (tahun, bulan, tanggal), tetapi ini bukan tanggal yang ada. Periksa lagi nomor pada kartu Anda.',
    'validators.cn-resident.check': 'Karakter terakhir tidak cocok dengan angka lainnya. Periksa lagi nomor pada kartu Anda.',

    'validators.id-nik.empty': 'Masukkan NIK (Nomor Induk Kependudukan).',
    'validators.id-nik.characters': 'NIK hanya berisi angka. Hapus huruf atau tanda lainnya.',
    'validators.id-nik.length': { other: 'NIK terdiri dari {count} angka. Anda memasukkan {actual} angka.' },
    'validators.id-nik.province': '2 angka pertama bukan kode provinsi. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',
    'validators.id-nik.region':
      'Angka ke-3 sampai ke-6 adalah kode kabupaten/kota dan kecamatan, dan tidak boleh 00. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',
    'validators.id-nik.birth-date':
      'Angka ke-7 sampai ke-12 seharusnya tanggal lahir (tanggal, bulan, tahun; untuk perempuan tanggalnya ditambah 40), tetapi ini bukan tanggal yang ada. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',
    'validators.id-nik.serial': '4 angka terakhir tidak boleh 0000. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',

    'validators.date.empty': 'Masukkan tanggal.',
    'validators.date.missing-day': 'Isi kolom tanggal.',
    'validators.date.missing-month': 'Isi kolom bulan.',
    'validators.date.missing-year': 'Isi kolom tahun.',
    'validators.date.day': 'Tanggal harus antara {min} dan {max}.',
    'validators.date.month': 'Bulan harus antara {min} dan {max}.',
    'validators.date.year': { other: 'Tahun harus terdiri dari {count} angka, misalnya {example}.' },
    'validators.date.no-such-day': 'Tidak ada tanggal {day} {monthName}.',
    'validators.date.not-leap': 'Tidak ada tanggal 29 Februari pada tahun {year}.',
    'validators.date.before-min': 'Tanggal harus {min} atau sesudahnya.',
    'validators.date.after-max': 'Tanggal harus {max} atau sebelumnya.',
  },
} satisfies Catalog;
