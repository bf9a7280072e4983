import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/drop-in/define/care-mode-toggle.js';
import { renderToggle, toggleExamples, type ToggleArgs } from '../../packages/drop-in/src/toggle/toggle.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<ToggleArgs> = {
  title: 'Drop-in/Care mode toggle',
  component: 'care-mode-toggle',
  tags: ['autodocs'],
  render: (args, context) => renderToggle(args, storyLocale(context)),
  argTypes: {
    placement: { control: 'inline-radio', options: ['inline', 'floating'] },
    corner: { control: 'inline-radio', options: ['end', 'start'] },
  },
};
export default meta;

type Story = StoryObj<ToggleArgs>;
const story = (name: keyof typeof toggleExamples): Story => ({
  args: toggleExamples[name].args,
  parameters: {
    docs: {
      description: { story: toggleExamples[name].description },
      // A floating toggle is fixed to the screen: on the docs page it gets a frame of its own.
      ...((toggleExamples[name].args as ToggleArgs).placement === 'floating' ? { story: { inline: false, iframeHeight: 220 } } : {}),
    },
  },
});

export const Inline = story('inline');
export const SwitchOnly = story('switchOnly');
export const CustomLabel = story('customLabel');
export const Floating = story('floating');
export const FloatingStart = story('floatingStart');
