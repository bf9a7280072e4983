import { getClock, type CareExample, type CareLocale, type ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';

type Text = Record<CareLocale, string>;

export interface CodeFieldArgs {
  label: Text;
  hint?: Text;
  name: string;
  length?: number;
  alphanumeric?: boolean;
  /** Seconds from when the example is shown until the code expires (negative: already expired). */
  expiresInSeconds?: number;
  extendable?: boolean;
  required?: boolean;
  value?: string;
  errorMessage?: Text;
}

export const renderCodeField: ExampleRender<CodeFieldArgs> = (a, locale) =>
  html`<care-code-field
    label=${a.label[locale]}
    hint=${a.hint?.[locale] ?? nothing}
    name=${a.name}
    length=${a.length ?? nothing}
    value=${a.value ?? nothing}
    expires-at=${a.expiresInSeconds === undefined ? nothing : getClock().now() + a.expiresInSeconds * 1000}
    ?alphanumeric=${a.alphanumeric}
    ?extendable=${a.extendable}
    ?required=${a.required}
    error-message=${a.errorMessage?.[locale] ?? nothing}
  ></care-code-field>`;

const smsLabel: Text = { en: 'Code from the text message', vi: 'Mã xác thực trong tin nhắn', 'zh-Hans': '短信验证码', id: 'Kode dari SMS' };
const smsHint: Text = {
  en: 'We sent a 6-digit code to 0912 *** 678',
  vi: 'Chúng tôi đã gửi mã gồm 6 chữ số đến số 0912 *** 678',
  'zh-Hans': '我们已向 138 **** 8000 发送了6位数字验证码',
  id: 'Kami telah mengirim kode 6 angka ke 0812 **** 7890',
};

export const codeFieldExamples = {
  smsCode: {
    description: 'A 6-digit code sent by text message, valid for 5 minutes; the phone can fill it in from the message.',
    args: { label: smsLabel, hint: smsHint, name: 'otp', length: 6, expiresInSeconds: 300, required: true },
  },
  expiringSoon: {
    description: 'Less than a minute left: said once to screen readers; the portal can extend the code (extendable).',
    args: { label: smsLabel, hint: smsHint, name: 'otp', length: 6, value: '4821', expiresInSeconds: 45, extendable: true },
  },
  expired: {
    description: 'The code has expired: "Send a new code" asks the portal for another one (care-code-request).',
    args: { label: smsLabel, hint: smsHint, name: 'otp', length: 6, value: '482193', expiresInSeconds: -30 },
  },
  wrongCode: {
    description: 'The server says the code is not right; the code stays as typed.',
    args: {
      label: smsLabel,
      hint: smsHint,
      name: 'otp',
      length: 6,
      value: '482139',
      expiresInSeconds: 200,
      errorMessage: {
        en: 'This code is not right. Check the text message and try again.',
        vi: 'Mã không đúng. Vui lòng xem lại tin nhắn và nhập lại.',
        'zh-Hans': '验证码不正确，请核对短信后重新输入。',
        id: 'Kode tidak sesuai. Periksa SMS dan coba lagi.',
      },
    },
  },
  letterCode: {
    description: 'A code of letters and digits from a letter, with no time limit.',
    args: {
      label: { en: 'Activation code from the letter', vi: 'Mã kích hoạt trong thư', 'zh-Hans': '信函中的激活码', id: 'Kode aktivasi dari surat' },
      hint: {
        en: '8 letters and digits, printed under your name',
        vi: 'Gồm 8 chữ cái và chữ số, in dưới tên của bạn',
        'zh-Hans': '8位字母和数字，印在您的姓名下方',
        id: '8 huruf dan angka, tercetak di bawah nama Anda',
      },
      name: 'activation',
      length: 8,
      alphanumeric: true,
    },
  },
} satisfies Record<string, CareExample<CodeFieldArgs>>;
