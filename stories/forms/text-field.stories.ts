import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-text-field.js';
import { renderTextField, textFieldExamples, type TextFieldArgs } from '../../packages/forms/src/text-field/text-field.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<TextFieldArgs> = {
  title: 'Forms/Text field',
  component: 'care-text-field',
  tags: ['autodocs'],
  render: (args, context) => renderTextField(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<TextFieldArgs>;
const story = (name: keyof typeof textFieldExamples): Story => ({
  args: textFieldExamples[name].args,
  parameters: { docs: { description: { story: textFieldExamples[name].description } } },
});

export const FullName = story('fullName');
export const Phone = story('phone');
export const CharacterCount = story('characterCount');
export const ServerError = story('serverError');
export const Disabled = story('disabled');
export const EnhancedNativeInput = story('enhancedNative');
