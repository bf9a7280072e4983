import { defineElement } from '@caremode/core';
import { CareRadio } from '../radio-group/radio.js';

defineElement('care-radio', CareRadio);

declare global {
  interface HTMLElementTagNameMap {
    'care-radio': CareRadio;
  }
}
