import { defineElement } from '@caremode/core';
import { CareTextarea } from '../textarea/textarea.js';

defineElement('care-textarea', CareTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'care-textarea': CareTextarea;
  }
}
