import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-button.js';
import { buttonExamples, renderButton, type ButtonArgs } from '../../packages/forms/src/button/button.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<ButtonArgs> = {
  title: 'Forms/Button',
  component: 'care-button',
  tags: ['autodocs'],
  render: (args, context) => renderButton(args, storyLocale(context)),
  argTypes: {
    label: { control: 'select', options: ['submit', 'continue', 'back', 'cancel', 'help', 'long'] },
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'warning', 'quiet'] },
    type: { control: 'inline-radio', options: ['button', 'submit', 'reset'] },
    fullWidth: { control: 'inline-radio', options: [undefined, '', 'narrow'] },
  },
};
export default meta;

type Story = StoryObj<ButtonArgs>;
const story = (name: keyof typeof buttonExamples): Story => ({
  args: buttonExamples[name].args,
  parameters: { docs: { description: { story: buttonExamples[name].description } } },
});

export const Primary = story('primary');
export const Secondary = story('secondary');
export const Warning = story('warning');
export const Quiet = story('quiet');
export const WithIcon = story('withIcon');
export const Busy = story('busy');
export const Disabled = story('disabled');
export const SoftDisabled = story('softDisabled');
export const FullWidthOnNarrowScreens = story('fullWidthNarrow');
export const EnhancedNativeButton = story('enhancedNative');
