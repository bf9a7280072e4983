import { defineElement } from '@caremode/core';
import { CareModeToggle } from '../toggle/toggle.js';
import './care-settings.js';

defineElement('care-mode-toggle', CareModeToggle);

declare global {
  interface HTMLElementTagNameMap {
    'care-mode-toggle': CareModeToggle;
  }
}
