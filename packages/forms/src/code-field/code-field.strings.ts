import type { Catalog } from '@caremode/core';

/** The code field's words. `{time}` is Intl.RelativeTimeFormat's "in 4 minutes" in the same language. */
export const codeFieldStrings = {
  en: {
    'code-field.expires-in': 'The code expires {time}',
    'code-field.expires-soon': 'The code expires in less than a minute',
    'code-field.expired': 'The code has expired',
    'code-field.resend': 'Send a new code',
    'code-field.extend': 'Give me more time',
    'code-field.digits': 'The code has only digits. Leave out any letters or other signs.',
    'code-field.characters': 'The code has only letters and digits.',
    'code-field.length': {
      one: 'The code has {count} digit. You have entered {actual}.',
      other: 'The code has {count} digits. You have entered {actual}.',
    },
    'code-field.length-characters': {
      one: 'The code has {count} character. You have entered {actual}.',
      other: 'The code has {count} characters. You have entered {actual}.',
    },
  },
  vi: {
    'code-field.expires-in': 'Mã hết hạn {time}',
    'code-field.expires-soon': 'Mã sẽ hết hạn trong chưa đầy một phút',
    'code-field.expired': 'Mã đã hết hạn',
    'code-field.resend': 'Gửi mã mới',
    'code-field.extend': 'Cho tôi thêm thời gian',
    'code-field.digits': 'Mã chỉ gồm chữ số. Hãy bỏ các chữ cái hoặc ký hiệu khác.',
    'code-field.characters': 'Mã chỉ gồm chữ cái và chữ số.',
    'code-field.length': { other: 'Mã có {count} chữ số. Bạn đã nhập {actual} chữ số.' },
    'code-field.length-characters': { other: 'Mã có {count} ký tự. Bạn đã nhập {actual} ký tự.' },
  },
  'zh-Hans': {
    'code-field.expires-in': '验证码将于{time}失效',
    'code-field.expires-soon': '验证码将在1分钟内失效',
    'code-field.expired': '验证码已失效',
    'code-field.resend': '重新发送验证码',
    'code-field.extend': '我需要更多时间',
    'code-field.digits': '验证码只包含数字。请去掉字母或其他符号。',
    'code-field.characters': '验证码只包含字母和数字。',
    'code-field.length': { other: '验证码为{count}位数字，您输入了{actual}位。' },
    'code-field.length-characters': { other: '验证码为{count}位，您输入了{actual}位。' },
  },
  id: {
    'code-field.expires-in': 'Kode kedaluwarsa {time}',
    'code-field.expires-soon': 'Kode kedaluwarsa dalam kurang dari satu menit',
    'code-field.expired': 'Kode sudah kedaluwarsa',
    'code-field.resend': 'Kirim kode baru',
    'code-field.extend': 'Minta tambahan waktu',
    'code-field.digits': 'Kode hanya berisi angka. Hapus huruf atau tanda lainnya.',
    'code-field.characters': 'Kode hanya berisi huruf dan angka.',
    'code-field.length': { other: 'Kode terdiri dari {count} angka. Anda memasukkan {actual} angka.' },
    'code-field.length-characters': { other: 'Kode terdiri dari {count} karakter. Anda memasukkan {actual} karakter.' },
  },
} satisfies Catalog;
