import { defineElement } from '@caremode/core';
import { CareIdNumberField } from '../id-number-field/id-number-field.js';

defineElement('care-id-number-field', CareIdNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'care-id-number-field': CareIdNumberField;
  }
}
