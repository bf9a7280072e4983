import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';

type Text = Record<CareLocale, string>;

export interface TextareaArgs {
  label: Text;
  hint?: Text;
  name: string;
  value?: Text;
  rows?: number;
  required?: boolean;
  disabled?: boolean;
  maxlength?: number;
  showCount?: boolean;
  errorMessage?: Text;
  /** Render the portal's own <label> and <textarea> inside (the enhancing path). */
  enhance?: boolean;
}

const request: Text = { en: 'Describe your request', vi: 'Nội dung đề nghị', 'zh-Hans': '请说明您的诉求', id: 'Jelaskan permohonan Anda' };
const requestHint: Text = {
  en: 'Say what you need and since when. You can write several lines.',
  vi: 'Ghi rõ bạn cần gì và từ khi nào. Có thể viết nhiều dòng.',
  'zh-Hans': '请写明您需要办理的事项和开始时间，可以分多行填写。',
  id: 'Tulis apa yang Anda perlukan dan sejak kapan. Boleh lebih dari satu baris.',
};

export const renderTextarea: ExampleRender<TextareaArgs> = (a, locale) => {
  if (a.enhance) {
    return html`<care-textarea hint=${a.hint?.[locale] ?? nothing} ?show-count=${a.showCount}>
      <label for="ex-${a.name}">${a.label[locale]}</label>
      <textarea id="ex-${a.name}" name=${a.name} rows=${a.rows ?? nothing} maxlength=${a.maxlength ?? nothing} ?required=${a.required} .defaultValue=${a.value?.[locale] ?? ''}></textarea>
    </care-textarea>`;
  }
  return html`<care-textarea
    label=${a.label[locale]}
    hint=${a.hint?.[locale] ?? nothing}
    name=${a.name}
    value=${a.value?.[locale] ?? nothing}
    rows=${a.rows ?? nothing}
    ?required=${a.required}
    ?disabled=${a.disabled}
    maxlength=${a.maxlength ?? nothing}
    ?show-count=${a.showCount}
    error-message=${a.errorMessage?.[locale] ?? nothing}
  ></care-textarea>`;
};

export const textareaExamples = {
  describeRequest: {
    description: 'A request in the person’s own words: grows line by line, Enter starts a new line.',
    args: { label: request, hint: requestHint, name: 'request', required: true },
  },
  characterCount: {
    description: 'A limit with the count of characters left; spoken only near the limit, when typing pauses.',
    args: {
      label: { en: 'Address where you live now', vi: 'Địa chỉ nơi ở hiện tại', 'zh-Hans': '现居住地址', id: 'Alamat tempat tinggal sekarang' },
      hint: {
        en: 'House number, street, ward and district',
        vi: 'Số nhà, đường, phường/xã, quận/huyện',
        'zh-Hans': '门牌号、街道、社区和区县',
        id: 'Nomor rumah, jalan, kelurahan dan kecamatan',
      },
      name: 'address',
      rows: 2,
      maxlength: 200,
      showCount: true,
      value: {
        en: '12 Hang Bac Street\nHang Dao Ward, Hoan Kiem District',
        vi: 'Số 12 phố Hàng Bạc\nPhường Hàng Đào, quận Hoàn Kiếm',
        'zh-Hans': '朝阳区建国路88号\n3号楼2单元501室',
        id: 'Jl. Melati No. 12, RT 03/RW 05\nKelurahan Cempaka Putih, Jakarta Pusat',
      },
    },
  },
  serverError: {
    description: 'An error sent back by the server, shown at once and kept until the text changes; the text is kept.',
    args: {
      label: request,
      name: 'requestChecked',
      value: { en: 'Certificate', vi: 'Giấy xác nhận', 'zh-Hans': '证明', id: 'Surat keterangan' },
      errorMessage: {
        en: 'Say which certificate you need, for example a certificate of residence.',
        vi: 'Vui lòng ghi rõ loại giấy xác nhận cần cấp, ví dụ giấy xác nhận cư trú.',
        'zh-Hans': '请写明需要开具哪种证明，例如居住证明。',
        id: 'Sebutkan surat keterangan yang Anda perlukan, misalnya surat keterangan domisili.',
      },
    },
  },
  disabled: {
    description: 'Not available: skipped by the keyboard.',
    args: {
      label: request,
      name: 'locked',
      disabled: true,
      value: { en: 'Renewal of my identity card', vi: 'Cấp đổi căn cước', 'zh-Hans': '换领居民身份证', id: 'Perpanjangan KTP' },
    },
  },
  enhancedNative: {
    description: "Enhances the portal's own label and textarea: the form works without JavaScript.",
    args: { label: request, hint: requestHint, name: 'enhancedRequest', rows: 4, maxlength: 500, showCount: true, required: true, enhance: true },
  },
} satisfies Record<string, CareExample<TextareaArgs>>;
