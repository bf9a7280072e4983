import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/steps/define/care-checklist.js';
import { checklistExamples, renderChecklist, type ChecklistArgs } from '../../packages/steps/src/checklist/checklist.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<ChecklistArgs> = {
  title: 'Steps/Checklist',
  component: 'care-checklist',
  tags: ['autodocs'],
  render: (args, context) => renderChecklist(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<ChecklistArgs>;
const story = (name: keyof typeof checklistExamples): Story => ({
  args: checklistExamples[name].args,
  parameters: { docs: { description: { story: checklistExamples[name].description } } },
});

export const DocumentsToBring = story('documents');
export const StartedAtHome = story('started');
