import { defineElement } from '@caremode/core';
import { CareCheckbox } from '../checkbox/checkbox.js';

defineElement('care-checkbox', CareCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'care-checkbox': CareCheckbox;
  }
}
