import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/qr/define/care-credential-wallet.js';
import { renderWallet, walletExamples, type WalletArgs } from '../../packages/qr/src/credential-wallet/credential-wallet.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<WalletArgs> = {
  title: 'QR/Credential wallet',
  component: 'care-credential-wallet',
  tags: ['autodocs'],
  render: (args, context) => renderWallet(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<WalletArgs>;
const story = (name: keyof typeof walletExamples): Story => ({
  args: walletExamples[name].args,
  parameters: { docs: { description: { story: walletExamples[name].description } } },
});

export const FamilyWallet = story('family');
export const VolunteerHelpingThree = story('volunteer');
