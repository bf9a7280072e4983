import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/steps/define/care-step.js';
import { renderStep, stepExamples, type StepArgs } from '../../packages/steps/src/step/step.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<StepArgs> = {
  title: 'Steps/Step',
  component: 'care-step',
  tags: ['autodocs'],
  render: (args, context) => renderStep(args, storyLocale(context)),
  argTypes: {
    kind: { control: { type: 'inline-radio', labels: { '': 'ordinary' } }, options: ['', 'review', 'done'] },
    caption: { control: 'boolean' },
  },
};
export default meta;

type Story = StoryObj<StepArgs>;
const story = (name: keyof typeof stepExamples): Story => ({
  args: stepExamples[name].args,
  parameters: { docs: { description: { story: stepExamples[name].description } } },
});

export const Ordinary = story('documents');
export const InAGuide = story('inGuide');
export const CheckYourAnswers = story('review');
export const Completion = story('done');
