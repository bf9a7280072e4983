import { defineElement } from '@caremode/core';
import { CareCredentialWallet } from '../credential-wallet/credential-wallet.js';
import './care-credential.js';

defineElement('care-credential-wallet', CareCredentialWallet);

declare global {
  interface HTMLElementTagNameMap {
    'care-credential-wallet': CareCredentialWallet;
  }
}
