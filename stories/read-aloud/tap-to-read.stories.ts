import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/read-aloud/define/care-tap-to-read.js';
import { renderTapToRead, tapToReadExamples, type TapToReadArgs } from '../../packages/read-aloud/src/tap-to-read/tap-to-read.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<TapToReadArgs> = {
  title: 'Read aloud/Tap to read',
  component: 'care-tap-to-read',
  tags: ['autodocs'],
  render: (args, context) => renderTapToRead(args, storyLocale(context)),
  argTypes: { active: { control: 'boolean' }, sample: { control: 'boolean' } },
};
export default meta;

type Story = StoryObj<TapToReadArgs>;
const story = (name: keyof typeof tapToReadExamples): Story => ({
  args: tapToReadExamples[name].args,
  parameters: { docs: { description: { story: tapToReadExamples[name].description } } },
});

export const Off = story('off');
export const OnWithSample = story('onWithSample');
