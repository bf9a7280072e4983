import { PersistentRecord, type CareExample, type CareLocale, type ExampleRender } from '@caremode/core';
import { html } from 'lit';
import type { DraftData } from './form-draft.js';

type Text = Record<CareLocale, string>;

export interface FormDraftArgs {
  /** Store a draft first, as if the person had started the form yesterday and closed the page. */
  withSavedDraft: boolean;
}

const t = {
  name: { en: 'Your full name', vi: 'Họ và tên người khai', 'zh-Hans': '申请人姓名', id: 'Nama lengkap Anda' },
  address: { en: 'Address', vi: 'Địa chỉ thường trú', 'zh-Hans': '户籍地址', id: 'Alamat' },
  send: { en: 'Send application', vi: 'Gửi hồ sơ', 'zh-Hans': '提交申请', id: 'Kirim permohonan' },
} satisfies Record<string, Text>;

const SAVED: DraftData = { declarant: ['Phạm Thị Thu'], address: ['Thôn 3, xã Tân Lập, huyện Sơn Dương'] };

export const renderFormDraft: ExampleRender<FormDraftArgs> = (a, locale) => {
  const id = `example-${a.withSavedDraft ? 'saved' : 'empty'}`;
  const record = new PersistentRecord<DraftData>('form-draft', id);
  if (a.withSavedDraft) record.write(SAVED);
  else record.remove();
  return html`<care-form-draft draft-id=${id}>
    <form @submit=${(e: Event) => e.preventDefault()}>
      <care-text-field name="declarant" label=${t.name[locale]} autocomplete="name"></care-text-field>
      <care-text-field name="address" label=${t.address[locale]} autocomplete="street-address"></care-text-field>
      <care-button type="submit">${t.send[locale]}</care-button>
    </form>
  </care-form-draft>`;
};

export const formDraftExamples = {
  returning: { description: 'Coming back to a form started earlier: continue, or start again.', args: { withSavedDraft: true } },
  firstVisit: { description: 'A first visit: nothing to continue. What is typed is kept on this device as it changes.', args: { withSavedDraft: false } },
} satisfies Record<string, CareExample<FormDraftArgs>>;
