import { defineElement } from '@caremode/core';
import { CareErrorSummary } from '../error-summary/error-summary.js';

defineElement('care-error-summary', CareErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'care-error-summary': CareErrorSummary;
  }
}
