import '@caremode/forms/define/care-text-field.js';
import '@caremode/forms/define/care-checkbox.js';
import '@caremode/forms/define/care-button.js';
import { getPreferencesStore } from '@caremode/core';

// A form of Caremode controls: text fields, checkboxes and buttons in turn.
export function make(i) {
  const kind = i % 3;
  const el = document.createElement(kind === 0 ? 'care-text-field' : kind === 1 ? 'care-checkbox' : 'care-button');
  if (kind === 0) el.setAttribute('label', `Field ${i}`);
  else el.textContent = kind === 1 ? `Option ${i}` : `Action ${i}`;
  return el;
}

export const store = getPreferencesStore;
