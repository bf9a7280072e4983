import { defineElement } from '@caremode/core';
import { CareButton } from '../button/button.js';

defineElement('care-button', CareButton);

declare global {
  interface HTMLElementTagNameMap {
    'care-button': CareButton;
  }
}
