import { defineElement } from '@caremode/core';
import { CarePhoneField } from '../phone-field/phone-field.js';

defineElement('care-phone-field', CarePhoneField);

declare global {
  interface HTMLElementTagNameMap {
    'care-phone-field': CarePhoneField;
  }
}
