import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-phone-field.js';
import { phoneFieldExamples, renderPhoneField, type PhoneFieldArgs } from '../../packages/forms/src/phone-field/phone-field.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<PhoneFieldArgs> = {
  title: 'Forms/Phone field',
  component: 'care-phone-field',
  tags: ['autodocs'],
  render: (args, context) => renderPhoneField(args, storyLocale(context)),
  argTypes: { country: { control: 'inline-radio', options: [undefined, 'vn', 'cn', 'id'] } },
};
export default meta;

type Story = StoryObj<PhoneFieldArgs>;
const story = (name: keyof typeof phoneFieldExamples): Story => ({
  args: phoneFieldExamples[name].args,
  parameters: { docs: { description: { story: phoneFieldExamples[name].description } } },
});

export const ByPageLanguage = story('byPageLanguage');
export const Vietnam = story('vietnam');
export const China = story('china');
export const Indonesia = story('indonesia');
export const EnhancedNativeInput = story('enhancedNative');
