import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { CareErrorSummary } from './error-summary.js';

type Text = Record<CareLocale, string>;

export interface ErrorSummaryArgs {
  /** Show the summary at once, as after a submit with two empty required fields. */
  showProblems: boolean;
}

const t = {
  name: { en: "Child's full name", vi: 'Họ và tên của trẻ', 'zh-Hans': '婴儿姓名', id: 'Nama lengkap anak' },
  place: { en: 'Place of birth', vi: 'Nơi sinh', 'zh-Hans': '出生地点', id: 'Tempat lahir' },
  send: { en: 'Send application', vi: 'Gửi hồ sơ', 'zh-Hans': '提交申请', id: 'Kirim permohonan' },
} satisfies Record<string, Text>;

const showNow = (el: Element | undefined) => {
  if (el) queueMicrotask(() => (el as CareErrorSummary).validate());
};

export const renderErrorSummary: ExampleRender<ErrorSummaryArgs> = (a, locale) =>
  html`<form @submit=${(e: Event) => e.preventDefault()}>
    <care-error-summary ${a.showProblems ? ref(showNow) : ''}></care-error-summary>
    <care-text-field name="childName" label=${t.name[locale]} required autocomplete="off"></care-text-field>
    <care-text-field name="birthPlace" label=${t.place[locale]} required></care-text-field>
    <care-button type="submit">${t.send[locale]}</care-button>
  </form>`;

export const errorSummaryExamples = {
  afterSubmit: { description: 'After a submit with two empty required fields: each problem links to its field.', args: { showProblems: true } },
  beforeSubmit: { description: 'Before any submit the summary takes no space. Press the button with the fields empty.', args: { showProblems: false } },
} satisfies Record<string, CareExample<ErrorSummaryArgs>>;
