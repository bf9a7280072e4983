import { defineElement } from '@caremode/core';
import { CareTapToRead } from '../tap-to-read/tap-to-read.js';
import { registerReadAloudService } from '../service/service.js';

defineElement('care-tap-to-read', CareTapToRead);
registerReadAloudService();

declare global {
  interface HTMLElementTagNameMap {
    'care-tap-to-read': CareTapToRead;
  }
}
