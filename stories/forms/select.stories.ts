import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-select.js';
import { renderSelect, selectExamples, type SelectArgs } from '../../packages/forms/src/select/select.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<SelectArgs> = {
  title: 'Forms/Select',
  component: 'care-select',
  tags: ['autodocs'],
  render: (args, context) => renderSelect(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<SelectArgs>;
const story = (name: keyof typeof selectExamples): Story => ({
  args: selectExamples[name].args,
  parameters: { docs: { description: { story: selectExamples[name].description } } },
});

export const ProvinceOfBirth = story('provinceOfBirth');
export const GroupedByRegion = story('grouped');
export const RelationshipEnhancedNativeSelect = story('relationship');
export const ServerError = story('serverError');
export const Disabled = story('disabled');
