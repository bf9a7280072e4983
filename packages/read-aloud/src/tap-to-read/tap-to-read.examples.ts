import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html } from 'lit';

export interface TapToReadArgs {
  /** Start with tap-to-read on. */
  active?: boolean;
  /** Show a small form and a paragraph to try it on. */
  sample?: boolean;
}

const sample: Record<CareLocale, { text: string; label: string; hint: string; value: string; agree: string }> = {
  en: { text: 'Applications are answered within five working days.', label: 'Phone number', hint: 'We send a text message when your papers are ready.', value: '0912 345 678', agree: 'Send me reminders' },
  vi: { text: 'Hồ sơ được giải quyết trong năm ngày làm việc.', label: 'Số điện thoại', hint: 'Chúng tôi nhắn tin khi giấy tờ của bạn đã sẵn sàng.', value: '0912 345 678', agree: 'Gửi tin nhắn nhắc tôi' },
  'zh-Hans': { text: '申请将在五个工作日内办结。', label: '手机号码', hint: '证件办好后我们会发短信通知您。', value: '139 1234 5678', agree: '给我发送提醒' },
  id: { text: 'Permohonan dijawab dalam lima hari kerja.', label: 'Nomor telepon', hint: 'Kami mengirim SMS jika dokumen Anda sudah siap.', value: '0812 3456 7890', agree: 'Kirimi saya pengingat' },
};

// The sample's native controls at the target size, in token colours, as a portal's own would be.
const FIELD =
  'box-sizing:border-box;min-height:var(--care-target-min);width:100%;max-width:20em;font:inherit;padding:var(--care-space-2);color:var(--care-color-text);background:var(--care-color-background);border:var(--care-border-width) solid var(--care-color-border);border-radius:var(--care-radius)';
// The sample's text is the portal's own: sized by the tokens, as the drop-in's host stylesheet sizes a portal's.
const TEXT = 'font-size:var(--care-font-size);line-height:var(--care-line-height)';
const CHOICE = 'display:inline-flex;align-items:center;gap:var(--care-space-2);min-height:var(--care-target-min)';
const BOX = 'flex:none;width:var(--care-target-min);height:var(--care-target-min);margin:0;accent-color:var(--care-color-primary)';

export const renderTapToRead: ExampleRender<TapToReadArgs> = (args, locale) => {
  const s = sample[locale];
  return html`<care-tap-to-read ?active=${args.active}></care-tap-to-read>
    ${args.sample
      ? html`<div style=${TEXT}>
          <p>${s.text}</p>
          <p>
            <label for="tap-phone-${locale}">${s.label}</label><br />
            <input id="tap-phone-${locale}" style=${FIELD} value=${s.value} aria-describedby="tap-hint-${locale}" autocomplete="tel" inputmode="tel" />
          </p>
          <p id="tap-hint-${locale}">${s.hint}</p>
          <label style=${CHOICE}><input type="checkbox" style=${BOX} /> ${s.agree}</label>
        </div>`
      : ''}`;
};

export const tapToReadExamples = {
  off: { description: 'The toggle, off: a person turns it on when they want to hear the page.', args: {} },
  onWithSample: {
    description: 'On: tap or point at the paragraph, the field or the checkbox to hear it; everything still works as usual.',
    args: { active: true, sample: true },
  },
} satisfies Record<string, CareExample<TapToReadArgs>>;
