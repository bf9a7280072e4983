import type { CareExample, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import type { CareSettings } from './settings.js';

export interface SettingsArgs {
  open?: boolean;
  /** Languages offered, space-separated. */
  languages?: string;
  /** A portal's own button that opens the settings. */
  opener?: boolean;
}

const openerLabels = { en: 'Text size and colours', vi: 'Cỡ chữ và màu sắc', 'zh-Hans': '文字大小和颜色', id: 'Ukuran teks dan warna' };

export const renderSettings: ExampleRender<SettingsArgs> = (args, locale) => html`
  ${args.opener
    ? html`<care-button
        variant="secondary"
        @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as CareSettings).show(e.currentTarget as HTMLElement)}
        >${openerLabels[locale]}</care-button
      >`
    : nothing}
  <care-settings ?open=${args.open} languages=${args.languages ?? nothing}></care-settings>
`;

export const settingsExamples = {
  open: { description: 'The dialog, open: every setting applies at once to the page and the portal\'s other tabs.', args: { open: true } },
  twoLanguages: { description: 'A portal that has pages in Vietnamese and English only.', args: { open: true, languages: 'vi en' } },
  fromPortalButton: { description: 'Closed, opened by a button of the portal\'s own; focus returns to it on close.', args: { opener: true } },
} satisfies Record<string, CareExample<SettingsArgs>>;
