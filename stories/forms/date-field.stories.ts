import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-date-field.js';
import { dateFieldExamples, renderDateField, type DateFieldArgs } from '../../packages/forms/src/date-field/date-field.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<DateFieldArgs> = {
  title: 'Forms/Date field',
  component: 'care-date-field',
  tags: ['autodocs'],
  render: (args, context) => renderDateField(args, storyLocale(context)),
  argTypes: { min: { control: 'text' }, max: { control: 'text' }, value: { control: 'text' } },
};
export default meta;

type Story = StoryObj<DateFieldArgs>;
const story = (name: keyof typeof dateFieldExamples): Story => ({
  args: dateFieldExamples[name].args,
  parameters: { docs: { description: { story: dateFieldExamples[name].description } } },
});

export const ChildDateOfBirth = story('childBirth');
export const YourDateOfBirth = story('yourBirth');
export const FilledIn = story('filledIn');
export const ServerError = story('serverError');
export const Disabled = story('disabled');
