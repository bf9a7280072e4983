import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import type { ChoiceOptionArgs } from '../radio-group/radio-group.examples.js';

type Text = Record<CareLocale, string>;

export interface CheckboxArgs {
  /** The group's legend, or a single box's own text. */
  label: Text;
  hint?: Text;
  name: string;
  /** Present: a `<care-checkbox-group>` with these boxes; absent: one `<care-checkbox>`. */
  options?: ChoiceOptionArgs[];
  value?: string;
  checked?: boolean;
  description?: Text;
  required?: boolean;
  disabled?: boolean;
  errorMessage?: Text;
  /** Render the portal's own inputs inside (the enhancing path). */
  enhance?: boolean;
}

const nativeBox = (a: CheckboxArgs, o: ChoiceOptionArgs, locale: CareLocale) =>
  html`<label><input type="checkbox" name=${a.name} value=${o.value} ?checked=${o.checked} ?disabled=${o.disabled} /> ${o.label[locale]}</label>`;

export const renderCheckbox: ExampleRender<CheckboxArgs> = (a, locale) => {
  const hint = a.hint?.[locale] ?? nothing;
  const error = a.errorMessage?.[locale] ?? nothing;
  if (a.options && a.enhance) {
    return html`<care-checkbox-group hint=${hint} ?required=${a.required}>
      <fieldset>
        <legend>${a.label[locale]}</legend>
        ${a.options.map((o) => nativeBox(a, o, locale))}
      </fieldset>
    </care-checkbox-group>`;
  }
  if (a.options) {
    return html`<care-checkbox-group label=${a.label[locale]} hint=${hint} name=${a.name} ?required=${a.required} ?disabled=${a.disabled} error-message=${error}
      >${a.options.map(
        (o) =>
          html`<care-checkbox value=${o.value} ?checked=${o.checked} ?disabled=${o.disabled} description=${o.description?.[locale] ?? nothing}
            >${o.label[locale]}</care-checkbox
          >`,
      )}</care-checkbox-group
    >`;
  }
  if (a.enhance) {
    return html`<care-checkbox hint=${hint}>
      <input type="checkbox" id="ex-${a.name}" name=${a.name} value=${a.value ?? 'on'} ?checked=${a.checked} ?required=${a.required} />
      <label for="ex-${a.name}">${a.label[locale]}</label>
    </care-checkbox>`;
  }
  return html`<care-checkbox
    name=${a.name}
    value=${a.value ?? nothing}
    hint=${hint}
    description=${a.description?.[locale] ?? nothing}
    ?checked=${a.checked}
    ?required=${a.required}
    ?disabled=${a.disabled}
    error-message=${error}
    >${a.label[locale]}</care-checkbox
  >`;
};

const declaration: Text = {
  en: 'I confirm that the information I have given is correct',
  vi: 'Tôi xin cam đoan những thông tin đã khai trên đây là đúng sự thật',
  'zh-Hans': '本人承诺以上填写的信息真实、准确',
  id: 'Saya menyatakan bahwa data yang saya isi adalah benar',
};
const declarationHint: Text = {
  en: 'Giving false information is against the law',
  vi: 'Khai không đúng sự thật là vi phạm pháp luật',
  'zh-Hans': '提供虚假信息须承担法律责任',
  id: 'Memberikan keterangan palsu melanggar hukum',
};

const documents: ChoiceOptionArgs[] = [
  { value: 'id-card', label: { en: 'Identity card', vi: 'Căn cước công dân', 'zh-Hans': '居民身份证', id: 'KTP' } },
  {
    value: 'birth',
    label: { en: 'Birth certificate', vi: 'Giấy khai sinh', 'zh-Hans': '出生医学证明', id: 'Akta kelahiran' },
    description: {
      en: "The child's, if you are applying for a child",
      vi: 'Của trẻ, nếu bạn làm thủ tục cho trẻ em',
      'zh-Hans': '如为孩子办理，请选孩子的',
      id: 'Milik anak, jika Anda mengurus untuk anak',
    },
  },
  { value: 'household', label: { en: 'Household registration book', vi: 'Sổ hộ khẩu', 'zh-Hans': '户口簿', id: 'Kartu Keluarga' } },
  { value: 'insurance', label: { en: 'Health insurance card', vi: 'Thẻ bảo hiểm y tế', 'zh-Hans': '医保卡', id: 'Kartu BPJS Kesehatan' } },
];
const documentsLabel: Text = {
  en: 'Which documents do you have?',
  vi: 'Bạn có những giấy tờ nào?',
  'zh-Hans': '您有哪些证件？',
  id: 'Dokumen apa saja yang Anda miliki?',
};
const allThatApply: Text = { en: 'Choose all that apply', vi: 'Chọn tất cả giấy tờ bạn có', 'zh-Hans': '可多选', id: 'Pilih semua yang sesuai' };

export const checkboxExamples = {
  declaration: {
    description: 'A declaration that must be ticked before sending.',
    args: { label: declaration, hint: declarationHint, name: 'declaration', value: 'yes', required: true },
  },
  documents: {
    description: 'Several answers: FormData gets one entry per ticked box; at least one is required.',
    args: { label: documentsLabel, hint: allThatApply, name: 'documents', options: documents, required: true },
  },
  serverError: {
    description: 'An error sent back by the server, shown at once; the ticked boxes are kept.',
    args: {
      label: documentsLabel,
      name: 'documentsChecked',
      options: documents.map((o) => ({ ...o, checked: o.value === 'insurance' })),
      errorMessage: {
        en: 'A health insurance card alone is not enough. Also choose an identity document.',
        vi: 'Chỉ có thẻ bảo hiểm y tế là chưa đủ. Vui lòng chọn thêm một giấy tờ tùy thân.',
        'zh-Hans': '仅有医保卡不够，请再选择一种身份证件。',
        id: 'Kartu BPJS saja tidak cukup. Pilih juga satu dokumen identitas.',
      },
    },
  },
  disabled: {
    description: 'Ticked and not available to change.',
    args: { label: declaration, name: 'declarationLocked', checked: true, disabled: true },
  },
  enhancedDeclaration: {
    description: "Enhances the portal's own checkbox and label: the form works without JavaScript.",
    args: { label: declaration, hint: declarationHint, name: 'declarationNative', required: true, enhance: true },
  },
  enhancedDocuments: {
    description: "Enhances the portal's own fieldset of checkboxes.",
    args: { label: documentsLabel, hint: allThatApply, name: 'documentsNative', options: documents, required: true, enhance: true },
  },
} satisfies Record<string, CareExample<CheckboxArgs>>;
