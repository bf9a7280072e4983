import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import type { ErrorCorrection } from './qr-code.js';
import { qrPayloads, type QrPayloadName } from './test-payloads.js';

export interface QrCodeArgs {
  /** One of the test payloads, or '' for the empty-value error. */
  payload: QrPayloadName | '';
  /** What the code is for, from `labels` below, in the story's locale; none for the built-in name. */
  label?: keyof typeof labels;
  errorCorrection?: ErrorCorrection;
  /** Width of the box the code sits in (CSS). */
  width?: string;
}

const labels = {
  checkIn: { en: 'Check-in code for your appointment', vi: 'Mã check-in lịch hẹn của bạn', 'zh-Hans': '您的预约签到码', id: 'Kode check-in janji temu Anda' },
  certificate: { en: 'Vaccination certificate', vi: 'Giấy chứng nhận tiêm chủng', 'zh-Hans': '疫苗接种证明', id: 'Sertifikat vaksinasi' },
  address: { en: 'Home address card', vi: 'Thẻ địa chỉ thường trú', 'zh-Hans': '住址卡', id: 'Kartu alamat rumah' },
} satisfies Record<string, Record<CareLocale, string>>;

export const renderQrCode: ExampleRender<QrCodeArgs> = (args, locale) =>
  html`<div style="max-width:${args.width ?? '20rem'}">
    <care-qr-code
      .value=${args.payload ? qrPayloads[args.payload] : ''}
      label=${args.label ? labels[args.label][locale] : nothing}
      error-correction=${args.errorCorrection ?? nothing}
    ></care-qr-code>
  </div>`;

export const qrCodeExamples = {
  link: { description: 'A short web address, named by what it is for.', args: { payload: 'url', label: 'checkIn' } },
  certificate: {
    description: 'A 1,500-character signed certificate (base45): dense, so it asks for a wide space.',
    args: { payload: 'base45', label: 'certificate', width: '30rem' },
  },
  vietnamese: { description: 'Vietnamese text, encoded as UTF-8 so every diacritic scans back.', args: { payload: 'vietnamese', label: 'address' } },
  chinese: { description: 'Chinese text, with the built-in accessible name.', args: { payload: 'chinese', errorCorrection: 'H' } },
  tooSmall: {
    description: 'Too dense for its box: instead of an unreadable code, a hint to open it full screen.',
    args: { payload: 'base45', label: 'certificate', width: '200px' },
  },
  empty: { description: 'Nothing to show: a clear message instead of a blank square.', args: { payload: '' } },
} satisfies Record<string, CareExample<QrCodeArgs>>;
