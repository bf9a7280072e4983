import { defineElement } from '@caremode/core';
import { CareTimeoutWarning } from '../timeout-warning/timeout-warning.js';

defineElement('care-timeout-warning', CareTimeoutWarning);

declare global {
  interface HTMLElementTagNameMap {
    'care-timeout-warning': CareTimeoutWarning;
  }
}
