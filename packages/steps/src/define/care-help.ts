import { defineElement } from '@caremode/core';
import { CareHelp } from '../help/help.js';

defineElement('care-help', CareHelp);

declare global {
  interface HTMLElementTagNameMap {
    'care-help': CareHelp;
  }
}
