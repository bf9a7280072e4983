import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';

type Text = Record<CareLocale, string>;

export interface PhoneFieldArgs {
  country?: 'vn' | 'cn' | 'id';
  value?: string;
  required?: boolean;
  mobileOnly?: boolean;
  enhance?: boolean;
}

const label: Text = { en: 'Mobile phone number', vi: 'Số điện thoại di động', 'zh-Hans': '手机号码', id: 'Nomor HP' };
const hint: Text = {
  en: 'For example 0912 345 678. We will text you when your papers are ready.',
  vi: 'Ví dụ 0912 345 678. Chúng tôi sẽ nhắn tin khi có kết quả.',
  'zh-Hans': '例如 138 0013 8000。办理完成后我们会发短信通知您。',
  id: 'Contoh 0812 3456 7890. Kami akan mengirim SMS saat dokumen selesai.',
};

export const renderPhoneField: ExampleRender<PhoneFieldArgs> = (a, locale) =>
  a.enhance
    ? html`<care-phone-field country=${a.country ?? nothing} hint=${hint[locale]}>
        <label for="ex-phone">${label[locale]}</label><input id="ex-phone" name="phone" type="tel" autocomplete="tel" ?required=${a.required} />
      </care-phone-field>`
    : html`<care-phone-field
        label=${label[locale]}
        hint=${hint[locale]}
        name="phone"
        country=${a.country ?? nothing}
        value=${a.value ?? nothing}
        ?required=${a.required}
        ?mobile-only=${a.mobileOnly}
      ></care-phone-field>`;

export const phoneFieldExamples = {
  byPageLanguage: { description: "The country follows the page's language: Vietnam, China or Indonesia.", args: { required: true, mobileOnly: true } },
  vietnam: { description: 'A Vietnamese number, written with spaces.', args: { country: 'vn', value: '0912 345 678' } },
  china: { description: 'A Chinese mobile number with the country code.', args: { country: 'cn', value: '+86 138-0013-8000' } },
  indonesia: { description: 'An Indonesian mobile number.', args: { country: 'id', value: '0812-3456-7890' } },
  enhancedNative: { description: "Enhances the portal's own input.", args: { country: 'vn', enhance: true } },
} satisfies Record<string, CareExample<PhoneFieldArgs>>;
