import { defineElement } from '@caremode/core';
import { CareFormDraft } from '../form-draft/form-draft.js';
import './care-button.js';

defineElement('care-form-draft', CareFormDraft);

declare global {
  interface HTMLElementTagNameMap {
    'care-form-draft': CareFormDraft;
  }
}
