import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import type { IdNumberKind } from './id-number-field.js';

type Text = Record<CareLocale, string>;

export interface IdNumberFieldArgs {
  kind?: IdNumberKind;
  value?: string;
  required?: boolean;
  enhance?: boolean;
}

const labels: Record<IdNumberKind, Text> = {
  'vn-cccd': { en: 'Citizen identity card number', vi: 'Số căn cước công dân', 'zh-Hans': '越南公民身份证号码', id: 'Nomor kartu identitas warga Vietnam' },
  'cn-resident': { en: 'Resident identity card number', vi: 'Số chứng minh cư dân Trung Quốc', 'zh-Hans': '居民身份证号码', id: 'Nomor kartu identitas penduduk Tiongkok' },
  'id-nik': { en: 'NIK (population identity number)', vi: 'Số NIK (Indonesia)', 'zh-Hans': 'NIK（印度尼西亚居民身份号码）', id: 'NIK (Nomor Induk Kependudukan)' },
};
const hints: Record<IdNumberKind, Text> = {
  'vn-cccd': { en: '12 digits, on the front of the card', vi: '12 chữ số, in ở mặt trước thẻ', 'zh-Hans': '12位数字，印在证件正面', id: '12 angka, di bagian depan kartu' },
  'cn-resident': { en: '18 characters; the last may be X', vi: '18 ký tự; ký tự cuối có thể là X', 'zh-Hans': '18位，最后一位可能是X', id: '18 karakter; karakter terakhir bisa X' },
  'id-nik': { en: '16 digits, on your KTP or family card', vi: '16 chữ số, trên thẻ KTP hoặc sổ gia đình', 'zh-Hans': '16位数字，见身份证（KTP）或家庭卡', id: '16 angka, tertera di KTP atau Kartu Keluarga' },
};
const byLocale: Record<CareLocale, IdNumberKind> = { en: 'vn-cccd', vi: 'vn-cccd', 'zh-Hans': 'cn-resident', id: 'id-nik' };

export const renderIdNumberField: ExampleRender<IdNumberFieldArgs> = (a, locale) => {
  const kind = a.kind ?? byLocale[locale];
  return a.enhance
    ? html`<care-id-number-field kind=${kind} hint=${hints[kind][locale]}>
        <label for="ex-id">${labels[kind][locale]}</label><input id="ex-id" name="idNumber" ?required=${a.required} />
      </care-id-number-field>`
    : html`<care-id-number-field
        kind=${a.kind ?? nothing}
        label=${labels[kind][locale]}
        hint=${hints[kind][locale]}
        name="idNumber"
        value=${a.value ?? nothing}
        ?required=${a.required}
      ></care-id-number-field>`;
};

export const idNumberFieldExamples = {
  byPageLanguage: { description: "The kind of number follows the page's language.", args: { required: true } },
  vietnamCccd: { description: 'A căn cước công dân number (province 001 Hà Nội).', args: { kind: 'vn-cccd', value: '001 084 012345' } },
  chinaResident: { description: 'The published GB 11643 example number, ending in X.', args: { kind: 'cn-resident', value: '11010519491231002X' } },
  indonesiaNik: { description: 'A NIK of a woman born on 15 August 1960 (day + 40).', args: { kind: 'id-nik', value: '3201015508600001' } },
  wrongCheckCharacter: { description: 'A Chinese number whose last character does not match: the error says so in plain words.', args: { kind: 'cn-resident', value: '110105194912310021' } },
  enhancedNative: { description: "Enhances the portal's own input.", args: { kind: 'vn-cccd', enhance: true } },
} satisfies Record<string, CareExample<IdNumberFieldArgs>>;
