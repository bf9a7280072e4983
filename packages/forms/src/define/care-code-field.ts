import { defineElement } from '@caremode/core';
import { CareCodeField } from '../code-field/code-field.js';

defineElement('care-code-field', CareCodeField);

declare global {
  interface HTMLElementTagNameMap {
    'care-code-field': CareCodeField;
  }
}
