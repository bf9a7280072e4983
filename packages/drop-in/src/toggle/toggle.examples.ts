import type { CareExample, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import type { ToggleCorner, TogglePlacement } from './toggle.js';

export interface ToggleArgs {
  placement?: TogglePlacement;
  corner?: ToggleCorner;
  noSettings?: boolean;
  /** Use the portal's own wording for the label. */
  customLabel?: boolean;
}

const customLabels = { en: 'Easy reading mode', vi: 'Chế độ dễ đọc', 'zh-Hans': '大字模式', id: 'Mode mudah dibaca' };

export const renderToggle: ExampleRender<ToggleArgs> = (args, locale) =>
  html`<care-mode-toggle
    placement=${args.placement ?? nothing}
    corner=${args.corner ?? nothing}
    ?no-settings=${args.noSettings}
    label=${args.customLabel ? customLabels[locale] : nothing}
  ></care-mode-toggle>`;

export const toggleExamples = {
  inline: { description: 'In the portal\'s own header or menu, with the settings button beside it.', args: {} },
  switchOnly: { description: 'The switch alone, where the portal offers the settings elsewhere.', args: { noSettings: true } },
  customLabel: { description: 'The portal\'s own name for care mode, in each language.', args: { customLabel: true } },
  floating: {
    description: 'What the drop-in inserts: fixed in the bottom corner, inside the safe area, with room reserved at the end of the page.',
    args: { placement: 'floating' },
  },
  floatingStart: { description: 'Floating in the other bottom corner, where the portal has a chat button at the end.', args: { placement: 'floating', corner: 'start' } },
} satisfies Record<string, CareExample<ToggleArgs>>;
