import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/read-aloud/define/care-read-aloud.js';
import { readAloudExamples, renderReadAloud, type ReadAloudArgs } from '../../packages/read-aloud/src/read-aloud/read-aloud.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<ReadAloudArgs> = {
  title: 'Read aloud/Player',
  component: 'care-read-aloud',
  tags: ['autodocs'],
  render: (args, context) => renderReadAloud(args, storyLocale(context)),
  argTypes: {
    content: { control: 'select', options: ['birth', 'pension', 'private'] },
    useFor: { control: 'boolean' },
    ttsUrl: {
      control: 'text',
      description: 'e.g. http://127.0.0.1:8750/speak?text={text}&lang={lang}&voice={voice}&rate={rate} with `npm run tts-server` running',
    },
  },
};
export default meta;

type Story = StoryObj<ReadAloudArgs>;
const story = (name: keyof typeof readAloudExamples): Story => ({
  args: readAloudExamples[name].args,
  parameters: { docs: { description: { story: readAloudExamples[name].description } } },
});

export const Content = story('content');
export const ForTarget = story('forTarget');
export const PrivateDetails = story('privateDetails');
