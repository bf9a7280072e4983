import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-id-number-field.js';
import {
  idNumberFieldExamples,
  renderIdNumberField,
  type IdNumberFieldArgs,
} from '../../packages/forms/src/id-number-field/id-number-field.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<IdNumberFieldArgs> = {
  title: 'Forms/ID number field',
  component: 'care-id-number-field',
  tags: ['autodocs'],
  render: (args, context) => renderIdNumberField(args, storyLocale(context)),
  argTypes: { kind: { control: 'inline-radio', options: [undefined, 'vn-cccd', 'cn-resident', 'id-nik'] } },
};
export default meta;

type Story = StoryObj<IdNumberFieldArgs>;
const story = (name: keyof typeof idNumberFieldExamples): Story => ({
  args: idNumberFieldExamples[name].args,
  parameters: { docs: { description: { story: idNumberFieldExamples[name].description } } },
});

export const ByPageLanguage = story('byPageLanguage');
export const VietnamCccd = story('vietnamCccd');
export const ChinaResident = story('chinaResident');
export const IndonesiaNik = story('indonesiaNik');
export const WrongCheckCharacter = story('wrongCheckCharacter');
export const EnhancedNativeInput = story('enhancedNative');
