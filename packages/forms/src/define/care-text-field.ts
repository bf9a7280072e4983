import { defineElement } from '@caremode/core';
import { CareTextField } from '../text-field/text-field.js';

defineElement('care-text-field', CareTextField);

declare global {
  interface HTMLElementTagNameMap {
    'care-text-field': CareTextField;
  }
}
