import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-radio-group.js';
import { radioGroupExamples, renderRadioGroup, type RadioGroupArgs } from '../../packages/forms/src/radio-group/radio-group.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<RadioGroupArgs> = {
  title: 'Forms/Radio group',
  component: 'care-radio-group',
  tags: ['autodocs'],
  render: (args, context) => renderRadioGroup(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<RadioGroupArgs>;
const story = (name: keyof typeof radioGroupExamples): Story => ({
  args: radioGroupExamples[name].args,
  parameters: { docs: { description: { story: radioGroupExamples[name].description } } },
});

export const ChildSex = story('childSex');
export const ResultDelivery = story('resultDelivery');
export const ServerError = story('serverError');
export const UnavailableOption = story('unavailableOption');
export const Disabled = story('disabled');
export const EnhancedNativeRadios = story('enhancedNative');
