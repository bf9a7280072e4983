import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';

type Text = Record<CareLocale, string>;

/** One option of a radio or checkbox group, in every language. */
export interface ChoiceOptionArgs {
  value: string;
  label: Text;
  description?: Text;
  checked?: boolean;
  disabled?: boolean;
}

export interface RadioGroupArgs {
  label: Text;
  hint?: Text;
  name: string;
  options: ChoiceOptionArgs[];
  required?: boolean;
  disabled?: boolean;
  errorMessage?: Text;
  /** Render the portal's own fieldset and radios inside (the enhancing path). */
  enhance?: boolean;
}

export const renderRadioGroup: ExampleRender<RadioGroupArgs> = (a, locale) => {
  if (a.enhance) {
    return html`<care-radio-group hint=${a.hint?.[locale] ?? nothing}>
      <fieldset>
        <legend>${a.label[locale]}</legend>
        ${a.options.map(
          (o) => html`<label><input type="radio" name=${a.name} value=${o.value} ?checked=${o.checked} ?disabled=${o.disabled} ?required=${a.required} /> ${o.label[locale]}</label>`,
        )}
      </fieldset>
    </care-radio-group>`;
  }
  return html`<care-radio-group
    label=${a.label[locale]}
    hint=${a.hint?.[locale] ?? nothing}
    name=${a.name}
    ?required=${a.required}
    ?disabled=${a.disabled}
    error-message=${a.errorMessage?.[locale] ?? nothing}
    >${a.options.map(
      (o) =>
        html`<care-radio value=${o.value} ?checked=${o.checked} ?disabled=${o.disabled} description=${o.description?.[locale] ?? nothing}
          >${o.label[locale]}</care-radio
        >`,
    )}</care-radio-group
  >`;
};

const childSex: Pick<RadioGroupArgs, 'label' | 'hint' | 'options'> = {
  label: { en: "Child's sex", vi: 'Giới tính của trẻ', 'zh-Hans': '孩子的性别', id: 'Jenis kelamin anak' },
  hint: {
    en: 'As written on the birth notice from the hospital',
    vi: 'Ghi theo giấy chứng sinh',
    'zh-Hans': '与出生医学证明一致',
    id: 'Sesuai surat keterangan lahir dari rumah sakit',
  },
  options: [
    { value: 'female', label: { en: 'Female', vi: 'Nữ', 'zh-Hans': '女', id: 'Perempuan' } },
    { value: 'male', label: { en: 'Male', vi: 'Nam', 'zh-Hans': '男', id: 'Laki-laki' } },
  ],
};

export const delivery: ChoiceOptionArgs[] = [
  {
    value: 'post',
    label: { en: 'By post', vi: 'Qua dịch vụ bưu chính', 'zh-Hans': '邮寄送达', id: 'Dikirim lewat pos' },
    description: {
      en: 'Sent to your home address; you pay the postage when it arrives',
      vi: 'Gửi về địa chỉ nhà bạn, trả cước khi nhận',
      'zh-Hans': '寄到您的家庭住址，邮费到付',
      id: 'Dikirim ke alamat rumah Anda, ongkos kirim dibayar saat diterima',
    },
  },
  {
    value: 'office',
    label: { en: 'At the office', vi: 'Nhận trực tiếp tại bộ phận một cửa', 'zh-Hans': '到窗口领取', id: 'Diambil di kantor' },
    description: {
      en: 'Bring your identity card to the service desk',
      vi: 'Mang theo căn cước công dân khi đến nhận',
      'zh-Hans': '请携带居民身份证到政务服务大厅领取',
      id: 'Bawa KTP Anda ke loket pelayanan',
    },
  },
  {
    value: 'online',
    label: { en: 'Online', vi: 'Nhận bản điện tử trực tuyến', 'zh-Hans': '网上领取', id: 'Secara online' },
    description: {
      en: 'Download it from your account on this portal',
      vi: 'Tải về từ tài khoản của bạn trên Cổng dịch vụ công',
      'zh-Hans': '登录本网站，在“我的办件”中下载',
      id: 'Unduh dari akun Anda di portal ini',
    },
  },
];

const deliveryLabel: Text = {
  en: 'How do you want to receive the result?',
  vi: 'Bạn muốn nhận kết quả bằng cách nào?',
  'zh-Hans': '您希望如何领取办理结果？',
  id: 'Bagaimana Anda ingin menerima hasilnya?',
};

export const radioGroupExamples = {
  childSex: {
    description: 'A required answer out of two; nothing is chosen for the person.',
    args: { ...childSex, name: 'childSex', required: true },
  },
  resultDelivery: {
    description: 'Options with a line of explanation under each; the whole card is the target.',
    args: { label: deliveryLabel, name: 'delivery', options: delivery, required: true },
  },
  serverError: {
    description: 'An error sent back by the server, shown at once; the chosen option is kept.',
    args: {
      label: deliveryLabel,
      name: 'deliveryChecked',
      options: delivery.map((o) => ({ ...o, checked: o.value === 'online' })),
      errorMessage: {
        en: 'This result cannot be sent online. Choose post or the office.',
        vi: 'Kết quả này không thể nhận trực tuyến. Vui lòng chọn nhận qua bưu chính hoặc tại bộ phận một cửa.',
        'zh-Hans': '此结果不能网上领取，请选择邮寄或窗口领取。',
        id: 'Hasil ini tidak dapat diterima secara online. Pilih lewat pos atau di kantor.',
      },
    },
  },
  unavailableOption: {
    description: 'One option not available: shown with a dashed border and skipped by the arrow keys.',
    args: { label: deliveryLabel, name: 'deliveryPartly', options: delivery.map((o) => ({ ...o, disabled: o.value === 'post' })) },
  },
  disabled: {
    description: 'The whole group not available.',
    args: { ...childSex, name: 'childSexLocked', options: childSex.options.map((o, i) => ({ ...o, checked: i === 0 })), disabled: true },
  },
  enhancedNative: {
    description: "Enhances the portal's own fieldset and radios: the form works without JavaScript.",
    args: { ...childSex, name: 'childSexNative', required: true, enhance: true },
  },
} satisfies Record<string, CareExample<RadioGroupArgs>>;
