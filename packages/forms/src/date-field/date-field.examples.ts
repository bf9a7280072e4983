import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';

type Text = Record<CareLocale, string>;

export interface DateFieldArgs {
  label: Text;
  hint?: Text;
  name: string;
  value?: string;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  errorMessage?: Text;
}

export const renderDateField: ExampleRender<DateFieldArgs> = (a, locale) =>
  html`<care-date-field
    label=${a.label[locale]}
    hint=${a.hint?.[locale] ?? nothing}
    name=${a.name}
    value=${a.value ?? nothing}
    min=${a.min ?? nothing}
    max=${a.max ?? nothing}
    ?required=${a.required}
    ?disabled=${a.disabled}
    autocomplete=${a.autocomplete ?? nothing}
    error-message=${a.errorMessage?.[locale] ?? nothing}
  ></care-date-field>`;

export const dateFieldExamples = {
  childBirth: {
    description: "A child's date of birth for a birth registration, as on the birth certificate; it cannot be in the future.",
    args: {
      label: { en: "Child's date of birth", vi: 'Ngày sinh của trẻ', 'zh-Hans': '儿童出生日期', id: 'Tanggal lahir anak' },
      hint: {
        en: 'As written on the birth certificate',
        vi: 'Ghi theo giấy chứng sinh',
        'zh-Hans': '与《出生医学证明》上的日期一致',
        id: 'Sesuai dengan surat keterangan lahir',
      },
      name: 'childBirthDate',
      max: 'today',
      required: true,
    },
  },
  yourBirth: {
    description: 'Your own date of birth, filled in by the browser (autocomplete="bday"), between 1900 and today.',
    args: {
      label: { en: 'Your date of birth', vi: 'Ngày sinh của bạn', 'zh-Hans': '您的出生日期', id: 'Tanggal lahir Anda' },
      hint: {
        en: 'As on your identity card',
        vi: 'Ghi đúng như trên căn cước công dân',
        'zh-Hans': '与居民身份证上的日期一致',
        id: 'Sesuai dengan KTP Anda',
      },
      name: 'birthDate',
      min: '1900-01-01',
      max: 'today',
      autocomplete: 'bday',
      required: true,
    },
  },
  filledIn: {
    description: 'A date already known to the portal, given as YYYY-MM-DD in `value`.',
    args: {
      label: { en: 'Date your identity card was issued', vi: 'Ngày cấp căn cước công dân', 'zh-Hans': '身份证签发日期', id: 'Tanggal KTP diterbitkan' },
      name: 'issuedOn',
      value: '2021-06-15',
    },
  },
  serverError: {
    description: 'An error sent back by the server, shown at once and kept until the date changes.',
    args: {
      label: { en: 'Date of your last pension payment', vi: 'Ngày nhận lương hưu gần nhất', 'zh-Hans': '最近一次领取养老金的日期', id: 'Tanggal terakhir menerima pensiun' },
      name: 'lastPayment',
      value: '2026-01-10',
      errorMessage: {
        en: 'We have no payment on this date. Check the date on your bank statement.',
        vi: 'Không có khoản chi trả nào vào ngày này. Vui lòng xem lại ngày trên sao kê ngân hàng.',
        'zh-Hans': '这一天没有养老金发放记录，请核对银行对账单上的日期。',
        id: 'Tidak ada pembayaran pada tanggal ini. Periksa tanggal di rekening koran Anda.',
      },
    },
  },
  disabled: {
    description: 'Not available: skipped by the keyboard.',
    args: {
      label: { en: 'Date of registration', vi: 'Ngày đăng ký', 'zh-Hans': '登记日期', id: 'Tanggal pendaftaran' },
      name: 'registeredOn',
      value: '2024-11-02',
      disabled: true,
    },
  },
} satisfies Record<string, CareExample<DateFieldArgs>>;
