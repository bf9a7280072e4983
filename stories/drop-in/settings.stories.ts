import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/drop-in/define/care-settings.js';
import '@caremode/forms/define/care-button.js';
import { renderSettings, settingsExamples, type SettingsArgs } from '../../packages/drop-in/src/settings/settings.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<SettingsArgs> = {
  title: 'Drop-in/Settings',
  component: 'care-settings',
  tags: ['autodocs'],
  render: (args, context) => renderSettings(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<SettingsArgs>;
// A modal dialog takes the whole page: each story gets a frame of its own on the docs page.
const story = (name: keyof typeof settingsExamples): Story => ({
  args: settingsExamples[name].args,
  parameters: { docs: { description: { story: settingsExamples[name].description }, story: { inline: false, iframeHeight: 640 } } },
});

export const Open = story('open');
export const TwoLanguages = story('twoLanguages');
export const FromPortalButton = story('fromPortalButton');
