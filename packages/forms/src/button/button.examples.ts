import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import type { ButtonType, ButtonVariant } from './button.js';

export interface ButtonArgs {
  /** Which label to show, from `labels` below, in the story's locale. */
  label: keyof typeof labels;
  variant?: ButtonVariant;
  type?: ButtonType;
  disabled?: boolean;
  softDisabled?: boolean;
  busy?: boolean;
  fullWidth?: '' | 'narrow';
  icon?: boolean;
  /** Render a native <button> inside (the enhancing path). */
  enhance?: boolean;
}

const labels = {
  submit: { en: 'Submit application', vi: 'Nộp hồ sơ', 'zh-Hans': '提交申请', id: 'Kirim permohonan' },
  continue: { en: 'Continue', vi: 'Tiếp tục', 'zh-Hans': '继续', id: 'Lanjutkan' },
  back: { en: 'Back', vi: 'Quay lại', 'zh-Hans': '返回', id: 'Kembali' },
  cancel: { en: 'Cancel registration', vi: 'Hủy đăng ký', 'zh-Hans': '取消登记', id: 'Batalkan pendaftaran' },
  help: { en: 'Call the help line', vi: 'Gọi tổng đài hỗ trợ', 'zh-Hans': '拨打服务热线', id: 'Hubungi layanan bantuan' },
  long: {
    en: 'Register the birth of a child born in this province',
    vi: 'Đăng ký khai sinh cho trẻ em sinh ra tại tỉnh này',
    'zh-Hans': '为在本省出生的婴儿办理出生登记',
    id: 'Daftarkan kelahiran anak yang lahir di provinsi ini',
  },
} satisfies Record<string, Record<CareLocale, string>>;

const phoneIcon = html`<svg slot="icon" aria-hidden="true" viewBox="0 0 24 24" fill="currentColor">
  <path
    d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"
  />
</svg>`;

export const renderButton: ExampleRender<ButtonArgs> = (args, locale) => {
  const label = labels[args.label]?.[locale] ?? labels.continue[locale];
  const content = args.enhance ? html`<button type=${args.type ?? 'button'}>${label}</button>` : label;
  return html`<care-button
    variant=${args.variant ?? nothing}
    type=${args.type ?? nothing}
    ?disabled=${args.disabled}
    ?soft-disabled=${args.softDisabled}
    ?busy=${args.busy}
    full-width=${args.fullWidth ?? nothing}
    >${args.icon ? phoneIcon : nothing}${content}</care-button
  >`;
};

export const buttonExamples = {
  primary: { description: 'The main action of a page. Use one per screen.', args: { label: 'submit', variant: 'primary' } },
  secondary: { description: 'Other actions, such as going back.', args: { label: 'back', variant: 'secondary' } },
  warning: { description: 'Actions that undo or cancel something.', args: { label: 'cancel', variant: 'warning' } },
  quiet: { description: 'A low-emphasis action that still keeps the full target size.', args: { label: 'continue', variant: 'quiet' } },
  withIcon: { description: 'A decorative icon before the label; the label still names the button.', args: { label: 'help', variant: 'secondary', icon: true } },
  busy: { description: 'While the application is being sent: spinner, "Please wait" announced, clicks blocked.', args: { label: 'submit', busy: true } },
  disabled: { description: 'Unavailable and skipped by the keyboard.', args: { label: 'continue', disabled: true } },
  softDisabled: { description: 'Unavailable but still focusable, so a screen-reader user finds it.', args: { label: 'continue', softDisabled: true } },
  fullWidthNarrow: { description: 'Full width on narrow screens only; long labels wrap.', args: { label: 'long', fullWidth: 'narrow' } },
  enhancedNative: { description: "Wraps a native button the portal wrote: works before and without JavaScript.", args: { label: 'submit', enhance: true, type: 'submit' } },
} satisfies Record<string, CareExample<ButtonArgs>>;
