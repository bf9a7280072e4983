import { defineElement } from '@caremode/core';
import { CareCheckboxGroup } from '../checkbox/checkbox-group.js';
import './care-checkbox.js';

defineElement('care-checkbox-group', CareCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'care-checkbox-group': CareCheckboxGroup;
  }
}
