import { defineElement } from '@caremode/core';
import { CareDateField } from '../date-field/date-field.js';

defineElement('care-date-field', CareDateField);

declare global {
  interface HTMLElementTagNameMap {
    'care-date-field': CareDateField;
  }
}
