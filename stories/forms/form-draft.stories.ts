import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-form-draft.js';
import '@caremode/forms/define/care-text-field.js';
import '@caremode/forms/define/care-button.js';
import { formDraftExamples, renderFormDraft, type FormDraftArgs } from '../../packages/forms/src/form-draft/form-draft.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<FormDraftArgs> = {
  title: 'Forms/Form draft',
  component: 'care-form-draft',
  tags: ['autodocs'],
  render: (args, context) => renderFormDraft(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<FormDraftArgs>;
const story = (name: keyof typeof formDraftExamples): Story => ({
  args: formDraftExamples[name].args,
  parameters: { docs: { description: { story: formDraftExamples[name].description } } },
});

export const Returning = story('returning');
export const FirstVisit = story('firstVisit');
