import type { CareExample, ExampleRender } from '@caremode/core';
import { html } from 'lit';
import { renderCredential, type HolderName } from '../credential/test-holders.js';

export interface WalletArgs {
  holders: HolderName[];
  walletId?: string;
}

export const renderWallet: ExampleRender<WalletArgs> = (args, locale) =>
  html`<care-credential-wallet wallet-id=${args.walletId ?? 'example'}>
    ${args.holders.map((holder, i) => renderCredential({ holder, kind: 'health', status: i === 1 ? 'caution' : 'valid', id: `holder-${holder}` }, locale))}
  </care-credential-wallet>`;

export const walletExamples = {
  family: { description: 'A daughter shows her parents’ health codes from her own phone: one large control switches between them.', args: { holders: ['an', 'lan'] } },
  volunteer: { description: 'A volunteer helping three people.', args: { holders: ['an', 'lan', 'wei'], walletId: 'volunteer' } },
} satisfies Record<string, CareExample<WalletArgs>>;
