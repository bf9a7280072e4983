import { defineElement } from '@caremode/core';
import { CareSelect } from '../select/select.js';

defineElement('care-select', CareSelect);

declare global {
  interface HTMLElementTagNameMap {
    'care-select': CareSelect;
  }
}
