import { defineElement } from '@caremode/core';
import { CareStepGuide } from '../step-guide/step-guide.js';
import './care-step.js';

defineElement('care-step-guide', CareStepGuide);

declare global {
  interface HTMLElementTagNameMap {
    'care-step-guide': CareStepGuide;
  }
}
