import { defineElement } from '@caremode/core';
import { CareQrCode } from '../qr-code/qr-code.js';

defineElement('care-qr-code', CareQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'care-qr-code': CareQrCode;
  }
}
