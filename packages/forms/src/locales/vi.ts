import type { Messages } from '@caremode/core';

/** Vietnamese strings of @caremode/forms; loaded the first time an element on the page needs them. */
export default {
  // button/button.strings.ts
  'button.busy': 'Vui lòng chờ',
  // checkbox/checkbox.strings.ts
  'checkbox.required': '{label}: vui lòng đánh dấu vào ô này',
  'checkbox-group.required': '{label}: vui lòng chọn ít nhất một mục',
  // code-field/code-field.strings.ts
  'code-field.expires-in': 'Mã hết hạn {time}',
  'code-field.expires-soon': 'Mã sẽ hết hạn trong chưa đầy một phút',
  'code-field.expired': 'Mã đã hết hạn',
  'code-field.resend': 'Gửi mã mới',
  'code-field.extend': 'Cho tôi thêm thời gian',
  'code-field.digits': 'Mã chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.',
  'code-field.characters': 'Mã chỉ gồm chữ cái và chữ số.',
  'code-field.length': { other: 'Mã có {count} chữ số. Bạn đã nhập {actual} chữ số.' },
  'code-field.length-characters': { other: 'Mã có {count} ký tự. Bạn đã nhập {actual} ký tự.' },
  // date-field/date-field.strings.ts
  'date-field.day': 'Ngày',
  'date-field.month': 'Tháng',
  'date-field.year': 'Năm',
  'date-field.example': 'Ví dụ: {example}',
  // error-summary/error-summary.strings.ts
  'summary.title': 'Có thông tin cần sửa',
  'summary.fixed': 'Cảm ơn bạn. Thông tin đã được nhập đúng.',
  // form-draft/form-draft.strings.ts
  'draft.title': 'Tiếp tục phần đang làm dở?',
  'draft.saved': 'Bạn đã bắt đầu điền mẫu này lúc {date}. Thông tin đã nhập được lưu trên thiết bị này.',
  'draft.continue': 'Tiếp tục phần đang làm',
  'draft.restart': 'Làm lại từ đầu',
  'draft.restored': 'Thông tin bạn đã nhập đã được điền lại vào mẫu.',
  // internal/field.strings.ts
  'field.error-prefix': 'Lỗi:',
  'field.optional': '(không bắt buộc)',
  'field.required': '{label}: vui lòng nhập thông tin',
  'field.too-long': { other: 'Nhập tối đa {count} ký tự' },
  'field.too-short': { other: 'Nhập ít nhất {count} ký tự' },
  'field.pattern': 'Vui lòng nhập đúng định dạng như phần hướng dẫn',
  'field.email': 'Nhập địa chỉ email, ví dụ ten@example.com',
  'field.url': 'Nhập địa chỉ trang web, ví dụ https://example.com',
  'field.count-left': { other: 'Bạn còn {count} ký tự' },
  'field.count-over': { other: 'Bạn đã nhập thừa {count} ký tự' },
  // radio-group/radio-group.strings.ts
  'radio-group.required': '{label}: vui lòng chọn một câu trả lời',
  // select/select.strings.ts
  'select.choose': 'Chọn…',
  'select.required': '{label}: vui lòng chọn trong danh sách',
  // validators/cn-resident.strings.ts
  'validators.cn-resident.empty': 'Hãy nhập số thẻ căn cước cư dân Trung Quốc (居民身份证).',
  'validators.cn-resident.characters': 'Số thẻ chỉ gồm chữ số; ký tự cuối cùng có thể là chữ X.',
  'validators.cn-resident.length': { other: 'Số thẻ có {count} ký tự. Bạn đã nhập {actual} ký tự.' },
  'validators.cn-resident.region': '6 chữ số đầu không phải là mã vùng của Trung Quốc. Hãy xem lại số trên thẻ của bạn.',
  'validators.cn-resident.birth-date': 'Chữ số thứ 7 đến thứ 14 là ngày sinh (năm, tháng, ngày), nhưng đây không phải là một ngày có thật. Hãy xem lại số trên thẻ của bạn.',
  'validators.cn-resident.check': 'Ký tự cuối cùng không khớp với các chữ số còn lại. Hãy xem lại số trên thẻ của bạn.',
  // validators/date.strings.ts
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
  // validators/id-nik.strings.ts
  'validators.id-nik.empty': 'Hãy nhập số NIK (Nomor Induk Kependudukan, mã số dân cư Indonesia).',
  'validators.id-nik.characters': 'Số NIK chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.',
  'validators.id-nik.length': { other: 'Số NIK có {count} chữ số. Bạn đã nhập {actual} chữ số.' },
  'validators.id-nik.province': '2 chữ số đầu không phải là mã tỉnh của Indonesia. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',
  'validators.id-nik.region': 'Chữ số thứ 3 đến thứ 6 là mã huyện hoặc thành phố và mã quận, không thể là 00. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',
  'validators.id-nik.birth-date': 'Chữ số thứ 7 đến thứ 12 là ngày sinh (ngày, tháng, năm; với phụ nữ, ngày được cộng thêm 40), nhưng đây không phải là một ngày có thật. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',
  'validators.id-nik.serial': '4 chữ số cuối không thể là 0000. Hãy xem lại số trên thẻ KTP hoặc sổ gia đình (Kartu Keluarga).',
  // validators/phone.strings.ts
  'validators.phone.empty': 'Hãy nhập số điện thoại.',
  'validators.phone.characters': 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu gạch ngang và dấu + ở đầu.',
  'validators.phone.country-code': 'Số này có mã của nước khác. Số điện thoại ở đây bắt đầu bằng {expected}, hoặc không có mã nước.',
  'validators.phone.length': { other: 'Số điện thoại phải có {count} chữ số, ví dụ {example}.' },
  'validators.phone.length-range': { other: 'Số điện thoại phải có từ {min} đến {max} chữ số, ví dụ {example}.' },
  'validators.phone.unknown.vn': 'Đây không phải là số điện thoại Việt Nam. Số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09. Số máy bàn bắt đầu bằng 02.',
  'validators.phone.unknown.cn': 'Đây không phải là số điện thoại Trung Quốc. Số di động có 11 chữ số, bắt đầu bằng 13 đến 19. Số máy bàn bắt đầu bằng mã vùng, ví dụ 010.',
  'validators.phone.unknown.id': 'Đây không phải là số di động Indonesia. Số di động bắt đầu bằng 08, hoặc bằng +62 8.',
  'validators.phone.landline': 'Số này có vẻ là số máy bàn. Hãy nhập số điện thoại di động.',
  'validators.phone.vn-old-number': 'Đây là số cũ 11 chữ số. Từ năm 2018 số này đã đổi thành {suggestion}.',
  'validators.phone.unsupported-country': 'Biểu mẫu này không kiểm tra được số điện thoại của nước này.',
  // validators/vn-cccd.strings.ts
  'validators.vn-cccd.empty': 'Hãy nhập số căn cước công dân.',
  'validators.vn-cccd.characters': 'Số căn cước công dân chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.',
  'validators.vn-cccd.length': { other: 'Số căn cước công dân có {count} chữ số. Bạn đã nhập {actual} chữ số.' },
  'validators.vn-cccd.province': '3 chữ số đầu không phải là mã tỉnh, thành phố. Hãy xem lại số trên thẻ của bạn.',
  'validators.vn-cccd.birth-year': 'Chữ số thứ 4 đến thứ 6 không thể là năm sinh. Hãy xem lại số trên thẻ của bạn.',
  'validators.vn-cccd.birth-year-mismatch': 'Số căn cước này là của người sinh năm {year}. Hãy xem lại số căn cước và năm sinh.',
} satisfies Messages;
