import { defineElement } from '@caremode/core';
import { CareReadAloud } from '../read-aloud/read-aloud.js';
import { registerReadAloudService } from '../service/service.js';

defineElement('care-read-aloud', CareReadAloud);
// With the player on the page, steps, forms and the timeout warning can ask for reading too.
registerReadAloudService();

declare global {
  interface HTMLElementTagNameMap {
    'care-read-aloud': CareReadAloud;
  }
}
