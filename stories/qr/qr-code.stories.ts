import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/qr/define/care-qr-code.js';
import { qrCodeExamples, renderQrCode, type QrCodeArgs } from '../../packages/qr/src/qr-code/qr-code.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<QrCodeArgs> = {
  title: 'QR/QR code',
  component: 'care-qr-code',
  tags: ['autodocs'],
  render: (args, context) => renderQrCode(args, storyLocale(context)),
  argTypes: {
    payload: { control: 'select', options: ['url', 'json', 'base45', 'vietnamese', 'chinese', 'numeric', ''] },
    label: { control: 'select', options: [undefined, 'checkIn', 'certificate', 'address'] },
    errorCorrection: { control: 'inline-radio', options: ['L', 'M', 'Q', 'H'] },
    width: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<QrCodeArgs>;
const story = (name: keyof typeof qrCodeExamples): Story => ({
  args: qrCodeExamples[name].args,
  parameters: { docs: { description: { story: qrCodeExamples[name].description } } },
});

export const Link = story('link');
export const SignedCertificate = story('certificate');
export const VietnameseText = story('vietnamese');
export const ChineseText = story('chinese');
export const TooSmallForItsBox = story('tooSmall');
export const NothingToShow = story('empty');
