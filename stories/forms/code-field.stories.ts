import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-code-field.js';
import { codeFieldExamples, renderCodeField, type CodeFieldArgs } from '../../packages/forms/src/code-field/code-field.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<CodeFieldArgs> = {
  title: 'Forms/Code field',
  component: 'care-code-field',
  tags: ['autodocs'],
  render: (args, context) => renderCodeField(args, storyLocale(context)),
  argTypes: { expiresInSeconds: { control: 'number' }, length: { control: 'number' } },
};
export default meta;

type Story = StoryObj<CodeFieldArgs>;
const story = (name: keyof typeof codeFieldExamples): Story => ({
  args: codeFieldExamples[name].args,
  parameters: { docs: { description: { story: codeFieldExamples[name].description } } },
});

export const SmsCode = story('smsCode');
export const ExpiringSoon = story('expiringSoon');
export const Expired = story('expired');
export const WrongCode = story('wrongCode');
export const LetterCode = story('letterCode');
