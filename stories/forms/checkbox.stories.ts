import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-checkbox-group.js';
import { checkboxExamples, renderCheckbox, type CheckboxArgs } from '../../packages/forms/src/checkbox/checkbox.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<CheckboxArgs> = {
  title: 'Forms/Checkbox',
  component: 'care-checkbox',
  tags: ['autodocs'],
  render: (args, context) => renderCheckbox(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<CheckboxArgs>;
const story = (name: keyof typeof checkboxExamples): Story => ({
  args: checkboxExamples[name].args,
  parameters: { docs: { description: { story: checkboxExamples[name].description } } },
});

export const Declaration = story('declaration');
export const Documents = story('documents');
export const ServerError = story('serverError');
export const Disabled = story('disabled');
export const EnhancedDeclaration = story('enhancedDeclaration');
export const EnhancedDocuments = story('enhancedDocuments');
