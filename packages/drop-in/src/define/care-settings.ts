import { defineElement } from '@caremode/core';
import { CareSettings } from '../settings/settings.js';

defineElement('care-settings', CareSettings);

declare global {
  interface HTMLElementTagNameMap {
    'care-settings': CareSettings;
  }
}
