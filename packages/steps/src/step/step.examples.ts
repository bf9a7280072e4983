import type { CareExample, ExampleRender } from '@caremode/core';
import { html } from 'lit';
import { birthRegistrationTexts } from '../guides/birth-registration.examples.js';
import { inLocale, texts } from '../guides/text.examples.js';
import type { ReviewRow } from './step.js';

export interface StepArgs {
  /** `review` lists the answers with a Change button each; `done` is the completion step. */
  kind: '' | 'review' | 'done';
  /** Show where the step stands, as a guide does ("Step 2 of 5"). */
  caption?: boolean;
}

// Steps of registering a birth, the same procedure as the birth-registration guide.
const { notice, cards, marriage, childName, born, place, married, yes, reviewHeading, doneHeading, done1 } = birthRegistrationTexts;
const t = texts({
  notice,
  cards,
  marriage,
  childName,
  born,
  place,
  married,
  marriedValue: yes,
  reviewHeading,
  doneHeading,
  done: done1,
  documentsHeading: { en: 'Check your documents', vi: 'Kiểm tra giấy tờ', 'zh-Hans': '核对您的材料', id: 'Periksa dokumen Anda' },
  documents: {
    en: 'You will add a clear photo of each of these at the end. If one is missing, you can stop here and come back later.',
    vi: 'Cuối cùng bạn sẽ gửi ảnh chụp rõ nét của từng giấy tờ này. Nếu còn thiếu, bạn có thể dừng ở đây và quay lại sau.',
    'zh-Hans': '最后您需要上传以下每份材料的清晰照片。如果缺少某份材料，可以先停在这里，以后再回来。',
    id: 'Di akhir, Anda akan mengunggah foto yang jelas dari masing-masing dokumen ini. Jika ada yang kurang, Anda bisa berhenti di sini dan kembali nanti.',
  },
  step2: { en: 'Step 2 of 5', vi: 'Bước 2 trên 5', 'zh-Hans': '第2步，共5步', id: 'Langkah 2 dari 5' },
  step5: { en: 'Step 5 of 5', vi: 'Bước 5 trên 5', 'zh-Hans': '第5步，共5步', id: 'Langkah 5 dari 5' },
  review: {
    en: 'Make sure everything is right before you send it. Nothing is sent until you confirm.',
    vi: 'Hãy xem lại để chắc chắn mọi thông tin đều đúng. Hồ sơ chỉ được gửi khi bạn xác nhận.',
    'zh-Hans': '提交前请确认所有信息无误。您确认之后才会提交。',
    id: 'Pastikan semuanya sudah benar sebelum dikirim. Tidak ada yang dikirim sebelum Anda mengonfirmasi.',
  },
  bornValue: { en: '12 March 2025', vi: 'Ngày 12 tháng 3 năm 2025', 'zh-Hans': '2025年3月12日', id: '12 Maret 2025' },
  placeValue: { en: 'Tuyên Quang Provincial General Hospital', vi: 'Bệnh viện Đa khoa tỉnh Tuyên Quang', 'zh-Hans': '宣光省综合医院', id: 'Rumah Sakit Umum Provinsi Tuyên Quang' },
});

export const renderStep: ExampleRender<StepArgs> = ({ kind, caption }, locale) => {
  const l = inLocale(t, locale);
  if (kind === 'review') {
    // Set by the guide from the answers on the person's path; `step` is where Change goes back to.
    const rows: ReviewRow[] = [
      { label: l.childName, value: 'Nguyễn Minh An', step: 'child' },
      { label: l.born, value: l.bornValue, step: 'child' },
      { label: l.place, value: l.placeValue, step: 'child' },
      { label: l.married, value: l.marriedValue, step: 'parents' },
    ];
    return html`<care-step name="check" kind="review" heading=${l.reviewHeading} .rows=${rows} .caption=${caption ? l.step5 : ''}>
      <p>${l.review}</p>
    </care-step>`;
  }
  if (kind === 'done') {
    return html`<care-step name="sent" kind="done" heading=${l.doneHeading} .caption=${caption ? l.step5 : ''}>
      <p>${l.done}</p>
    </care-step>`;
  }
  return html`<care-step name="documents" heading=${l.documentsHeading} .caption=${caption ? l.step2 : ''}>
    <p>${l.documents}</p>
    <ul>
      <li>${l.notice}</li>
      <li>${l.cards}</li>
      <li>${l.marriage}</li>
    </ul>
  </care-step>`;
};

export const stepExamples = {
  documents: { description: 'An ordinary step on its own: a heading, then what to do.', args: { kind: '' } },
  inGuide: { description: 'As a guide shows it: “Step 2 of 5” opens the heading and is read as part of it.', args: { kind: '', caption: true } },
  review: { description: 'Check your answers: each answer with a Change button that names the question.', args: { kind: 'review', caption: true } },
  done: { description: 'The completion step: a tick beside the heading, never colour alone.', args: { kind: 'done' } },
} satisfies Record<string, CareExample<StepArgs>>;
