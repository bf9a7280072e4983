import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-textarea.js';
import { renderTextarea, textareaExamples, type TextareaArgs } from '../../packages/forms/src/textarea/textarea.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<TextareaArgs> = {
  title: 'Forms/Textarea',
  component: 'care-textarea',
  tags: ['autodocs'],
  render: (args, context) => renderTextarea(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<TextareaArgs>;
const story = (name: keyof typeof textareaExamples): Story => ({
  args: textareaExamples[name].args,
  parameters: { docs: { description: { story: textareaExamples[name].description } } },
});

export const DescribeRequest = story('describeRequest');
export const CharacterCount = story('characterCount');
export const ServerError = story('serverError');
export const Disabled = story('disabled');
export const EnhancedNativeTextarea = story('enhancedNative');
