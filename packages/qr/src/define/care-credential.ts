import { defineElement } from '@caremode/core';
import { CareCredential } from '../credential/credential.js';
import './care-qr-code.js';

defineElement('care-credential', CareCredential);

declare global {
  interface HTMLElementTagNameMap {
    'care-credential': CareCredential;
  }
}
