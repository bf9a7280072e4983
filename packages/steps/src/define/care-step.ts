import { defineElement } from '@caremode/core';
import { CareStep } from '../step/step.js';

defineElement('care-step', CareStep);

declare global {
  interface HTMLElementTagNameMap {
    'care-step': CareStep;
  }
}
