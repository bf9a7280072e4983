import { defineElement } from '@caremode/core';
import { CareRadioGroup } from '../radio-group/radio-group.js';
import './care-radio.js';

defineElement('care-radio-group', CareRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'care-radio-group': CareRadioGroup;
  }
}
