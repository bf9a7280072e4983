import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/qr/define/care-credential.js';
import { credentialExamples, renderCredentialExample, type CredentialArgs } from '../../packages/qr/src/credential/credential.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<CredentialArgs> = {
  title: 'QR/Credential',
  component: 'care-credential',
  tags: ['autodocs'],
  render: (args, context) => renderCredentialExample(args, storyLocale(context)),
  argTypes: {
    holder: { control: 'inline-radio', options: ['an', 'lan', 'wei'] },
    kind: { control: 'inline-radio', options: ['health', 'eid'] },
    status: { control: 'select', options: ['valid', 'caution', 'stop', 'expired', 'unknown', 'something else'] },
    paper: { control: 'inline-radio', options: [undefined, 'a6', 'a4'] },
  },
};
export default meta;

type Story = StoryObj<CredentialArgs>;
const story = (name: keyof typeof credentialExamples): Story => ({
  args: credentialExamples[name].args,
  parameters: { docs: { description: { story: credentialExamples[name].description } } },
});

export const HealthCodeValid = story('valid');
export const HealthCodeCaution = story('caution');
export const HealthCodeStop = story('stop');
export const HealthCodeExpired = story('expired');
export const HealthCodeStatusUnknown = story('unknown');
export const VietnameseElectronicId = story('vietnameseEid');
export const ChineseHolder = story('chineseHolder');
// A print preview, sized in millimetres and points for an A6 sheet, not a screen: left out of
// caremode-audit's screen text-size rule (`!test`). The story audit still checks it in every
// mode (axe, contrast, targets, reflow).
export const PaperCard: Story = { ...story('paperCard'), tags: ['!test'] };
