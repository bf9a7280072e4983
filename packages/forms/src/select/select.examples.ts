import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import type { SelectOption } from './select.js';

type Text = Record<CareLocale, string>;
type Options = Record<CareLocale, SelectOption[]>;

export interface SelectArgs {
  label: Text;
  hint?: Text;
  name: string;
  options: Options;
  /** List the options under their group headings. */
  grouped?: boolean;
  value?: Text;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  errorMessage?: Text;
  /** Render the portal's own <label> and <select> inside (the enhancing path), with this empty first option. */
  enhance?: Text;
}

// Provinces as each country numbers them: Vietnamese identity-card codes, Chinese GB/T 2260
// codes, Indonesian Kemendagri codes. English pages here are Vietnamese portals in English.
const vn = (north: string, central: string, south: string, hcm: string): SelectOption[] => [
  { value: '001', label: 'Hà Nội', group: north },
  { value: '031', label: 'Hải Phòng', group: north },
  { value: '022', label: 'Quảng Ninh', group: north },
  { value: '036', label: 'Nam Định', group: north },
  { value: '038', label: 'Thanh Hóa', group: central },
  { value: '040', label: 'Nghệ An', group: central },
  { value: '046', label: 'Thừa Thiên Huế', group: central },
  { value: '048', label: 'Đà Nẵng', group: central },
  { value: '066', label: 'Đắk Lắk', group: central },
  { value: '079', label: hcm, group: south },
  { value: '092', label: 'Cần Thơ', group: south },
  { value: '089', label: 'An Giang', group: south },
];

const provinces: Options = {
  en: vn('North', 'Centre and Highlands', 'South', 'Hồ Chí Minh City'),
  vi: vn('Miền Bắc', 'Miền Trung và Tây Nguyên', 'Miền Nam', 'Thành phố Hồ Chí Minh'),
  'zh-Hans': [
    { value: '110000', label: '北京市', group: '华北' },
    { value: '130000', label: '河北省', group: '华北' },
    { value: '310000', label: '上海市', group: '华东' },
    { value: '320000', label: '江苏省', group: '华东' },
    { value: '330000', label: '浙江省', group: '华东' },
    { value: '370000', label: '山东省', group: '华东' },
    { value: '410000', label: '河南省', group: '华中' },
    { value: '430000', label: '湖南省', group: '华中' },
    { value: '440000', label: '广东省', group: '华南' },
    { value: '450000', label: '广西壮族自治区', group: '华南' },
    { value: '510000', label: '四川省', group: '西南' },
  ],
  id: [
    { value: '11', label: 'Aceh', group: 'Sumatera' },
    { value: '12', label: 'Sumatera Utara', group: 'Sumatera' },
    { value: '13', label: 'Sumatera Barat', group: 'Sumatera' },
    { value: '31', label: 'DKI Jakarta', group: 'Jawa' },
    { value: '32', label: 'Jawa Barat', group: 'Jawa' },
    { value: '33', label: 'Jawa Tengah', group: 'Jawa' },
    { value: '34', label: 'DI Yogyakarta', group: 'Jawa' },
    { value: '35', label: 'Jawa Timur', group: 'Jawa' },
    { value: '51', label: 'Bali', group: 'Bali dan Nusa Tenggara' },
    { value: '53', label: 'Nusa Tenggara Timur', group: 'Bali dan Nusa Tenggara' },
    { value: '64', label: 'Kalimantan Timur', group: 'Kalimantan' },
    { value: '73', label: 'Sulawesi Selatan', group: 'Sulawesi' },
  ],
};

const relation = (mother: string, father: string, grandparent: string, sibling: string, other: string, guardian: string): SelectOption[] =>
  [mother, father, grandparent, sibling, other, guardian].map((label, i) => ({ value: ['mother', 'father', 'grandparent', 'sibling', 'relative', 'guardian'][i]!, label }));

const provinceOfBirth: Text = { en: 'Province of birth', vi: 'Nơi sinh (tỉnh/thành phố)', 'zh-Hans': '出生地（省份）', id: 'Provinsi tempat lahir' };
const asOnBirthCertificate: Text = {
  en: 'As written on your birth certificate',
  vi: 'Ghi đúng như trên giấy khai sinh',
  'zh-Hans': '与出生医学证明上的一致',
  id: 'Sesuai dengan akta kelahiran',
};

export const renderSelect: ExampleRender<SelectArgs> = (a, locale) => {
  const options = (a.options?.[locale] ?? []).map((o) => (a.grouped ? o : { ...o, group: undefined }));
  if (a.enhance) {
    return html`<care-select hint=${a.hint?.[locale] ?? nothing}>
      <label for="ex-${a.name}">${a.label[locale]}</label>
      <select id="ex-${a.name}" name=${a.name} autocomplete=${a.autocomplete ?? nothing} ?required=${a.required}>
        <option value="">${a.enhance[locale]}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === a.value?.[locale]}>${o.label}</option>`)}
      </select>
    </care-select>`;
  }
  return html`<care-select
    label=${a.label[locale]}
    hint=${a.hint?.[locale] ?? nothing}
    name=${a.name}
    value=${a.value?.[locale] ?? nothing}
    autocomplete=${a.autocomplete ?? nothing}
    ?required=${a.required}
    ?disabled=${a.disabled}
    error-message=${a.errorMessage?.[locale] ?? nothing}
    .options=${options}
  ></care-select>`;
};

export const selectExamples = {
  provinceOfBirth: {
    description: 'Built from the `options` property: starts on “Choose…”, which does not count as an answer.',
    args: { label: provinceOfBirth, hint: asOnBirthCertificate, name: 'birthProvince', options: provinces, required: true },
  },
  grouped: {
    description: 'Options listed under their region, with a province already chosen from the `value` attribute.',
    args: {
      label: { en: 'Province where you live now', vi: 'Tỉnh/thành phố nơi ở hiện tại', 'zh-Hans': '现居住省份', id: 'Provinsi tempat tinggal sekarang' },
      name: 'homeProvince',
      options: provinces,
      grouped: true,
      autocomplete: 'address-level1',
      value: { en: '048', vi: '048', 'zh-Hans': '440000', id: '35' },
    },
  },
  relationship: {
    description: "Enhances the portal's own label and select, with its own empty first option: the form works without JavaScript.",
    args: {
      label: { en: 'Your relationship to the child', vi: 'Quan hệ với trẻ', 'zh-Hans': '您与儿童的关系', id: 'Hubungan Anda dengan anak' },
      hint: {
        en: 'You are the person registering the birth',
        vi: 'Bạn là người đi đăng ký khai sinh',
        'zh-Hans': '您是办理出生登记的人',
        id: 'Anda adalah orang yang mendaftarkan kelahiran',
      },
      name: 'relationship',
      required: true,
      enhance: { en: 'Choose a relationship', vi: 'Chọn quan hệ', 'zh-Hans': '请选择关系', id: 'Pilih hubungan' },
      options: {
        en: relation('Mother', 'Father', 'Grandparent', 'Brother or sister', 'Other relative', 'Legal guardian'),
        vi: relation('Mẹ', 'Cha', 'Ông, bà', 'Anh, chị ruột', 'Người thân khác', 'Người giám hộ'),
        'zh-Hans': relation('母亲', '父亲', '祖父母或外祖父母', '兄弟姐妹', '其他亲属', '监护人'),
        id: relation('Ibu', 'Ayah', 'Kakek atau nenek', 'Saudara kandung', 'Kerabat lain', 'Wali'),
      },
    },
  },
  serverError: {
    description: 'An error sent back by the server, shown at once and kept until the person chooses again.',
    args: {
      label: provinceOfBirth,
      name: 'birthProvinceChecked',
      options: provinces,
      value: { en: '001', vi: '001', 'zh-Hans': '110000', id: '31' },
      errorMessage: {
        en: 'This does not match your birth certificate. Check the province on it.',
        vi: 'Không khớp với giấy khai sinh. Vui lòng kiểm tra lại tỉnh/thành phố trên giấy.',
        'zh-Hans': '与出生医学证明不一致，请核对证明上的省份。',
        id: 'Tidak sesuai dengan akta kelahiran. Periksa kembali provinsinya.',
      },
    },
  },
  disabled: {
    description: 'Not available: skipped by the keyboard.',
    args: { label: provinceOfBirth, name: 'lockedProvince', options: provinces, value: { en: '079', vi: '079', 'zh-Hans': '310000', id: '51' }, disabled: true },
  },
} satisfies Record<string, CareExample<SelectArgs>>;
