import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';

type Text = Record<CareLocale, string>;

export interface TextFieldArgs {
  label: Text;
  hint?: Text;
  name: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  inputmode?: string;
  type?: string;
  maxlength?: number;
  showCount?: boolean;
  prefix?: Text;
  errorMessage?: Text;
  /** Render the portal's own <label> and <input> inside (the enhancing path). */
  enhance?: boolean;
}

const fullName: Text = { en: 'Full name', vi: 'Họ và tên', 'zh-Hans': '姓名', id: 'Nama lengkap' };
const asOnCard: Text = {
  en: 'As shown on your identity card',
  vi: 'Ghi đúng như trên căn cước công dân',
  'zh-Hans': '与居民身份证上的姓名一致',
  id: 'Sesuai dengan yang tertera di KTP',
};

export const renderTextField: ExampleRender<TextFieldArgs> = (a, locale) => {
  if (a.enhance) {
    return html`<care-text-field hint=${a.hint?.[locale] ?? nothing}>
      <label for="ex-${a.name}">${a.label[locale]}</label>
      <input id="ex-${a.name}" name=${a.name} autocomplete=${a.autocomplete ?? nothing} ?required=${a.required} value=${a.value ?? ''} />
    </care-text-field>`;
  }
  return html`<care-text-field
    label=${a.label[locale]}
    hint=${a.hint?.[locale] ?? nothing}
    name=${a.name}
    value=${a.value ?? nothing}
    ?required=${a.required}
    ?disabled=${a.disabled}
    autocomplete=${a.autocomplete ?? nothing}
    inputmode=${a.inputmode ?? nothing}
    type=${a.type ?? nothing}
    maxlength=${a.maxlength ?? nothing}
    ?show-count=${a.showCount}
    error-message=${a.errorMessage?.[locale] ?? nothing}
    >${a.prefix ? html`<span slot="prefix">${a.prefix[locale]}</span>` : nothing}</care-text-field
  >`;
};

export const textFieldExamples = {
  fullName: {
    description: 'A name: any letters, one word is enough. Autofill fills it in.',
    args: { label: fullName, hint: asOnCard, name: 'fullName', autocomplete: 'name', required: true },
  },
  phone: {
    description: 'A phone number with the country code shown before the field and the phone keypad.',
    args: {
      label: { en: 'Mobile phone number', vi: 'Số điện thoại di động', 'zh-Hans': '手机号码', id: 'Nomor HP' },
      hint: { en: 'We will text you a code', vi: 'Chúng tôi sẽ gửi mã qua tin nhắn', 'zh-Hans': '我们会向您发送验证码短信', id: 'Kami akan mengirim kode lewat SMS' },
      name: 'phone',
      type: 'tel',
      inputmode: 'tel',
      autocomplete: 'tel-national',
      prefix: { en: '+84', vi: '+84', 'zh-Hans': '+86', id: '+62' },
    },
  },
  characterCount: {
    description: 'A limit with the count of characters left; spoken only near the limit, when typing pauses.',
    args: {
      label: { en: 'Reason for your request', vi: 'Lý do đề nghị', 'zh-Hans': '申请理由', id: 'Alasan permohonan' },
      name: 'reason',
      maxlength: 100,
      showCount: true,
    },
  },
  serverError: {
    description: 'An error sent back by the server, shown at once and kept until the value changes.',
    args: {
      label: { en: 'Household registration number', vi: 'Số sổ hộ khẩu', 'zh-Hans': '户口簿编号', id: 'Nomor Kartu Keluarga' },
      name: 'household',
      value: '12345',
      errorMessage: {
        en: 'We could not find this number. Check it on your household book.',
        vi: 'Không tìm thấy số này. Vui lòng kiểm tra lại trên sổ hộ khẩu.',
        'zh-Hans': '未找到此编号，请核对户口簿。',
        id: 'Nomor ini tidak ditemukan. Periksa kembali di Kartu Keluarga Anda.',
      },
    },
  },
  disabled: { description: 'Not available: skipped by the keyboard.', args: { label: fullName, name: 'locked', value: 'Trần Văn Bình', disabled: true } },
  enhancedNative: {
    description: "Enhances the portal's own label and input: the form works without JavaScript.",
    args: { label: fullName, hint: asOnCard, name: 'enhancedName', autocomplete: 'name', required: true, enhance: true },
  },
} satisfies Record<string, CareExample<TextFieldArgs>>;
