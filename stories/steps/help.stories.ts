import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/steps/define/care-help.js';
import { helpExamples, renderHelp, type HelpArgs } from '../../packages/steps/src/help/help.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<HelpArgs> = {
  title: 'Steps/Help',
  component: 'care-help',
  tags: ['autodocs'],
  render: (args, context) => renderHelp(args, storyLocale(context)),
  argTypes: { details: { control: 'inline-radio', options: ['full', 'phone', 'none'] } },
};
export default meta;

type Story = StoryObj<HelpArgs>;
const story = (name: keyof typeof helpExamples): Story => ({
  args: helpExamples[name].args,
  parameters: { docs: { description: { story: helpExamples[name].description } } },
});

export const EveryWayToGetHelp = story('full');
export const HelpLineOnly = story('phoneOnly');
export const NothingGiven = story('nothingGiven');
