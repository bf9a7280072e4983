import { defineElement } from '@caremode/core';
import { CareChecklist } from '../checklist/checklist.js';

defineElement('care-checklist', CareChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'care-checklist': CareChecklist;
  }
}
