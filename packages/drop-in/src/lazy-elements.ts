/**
 * Every Caremode element the drop-in offers, by tag, with the module that defines it. Each loads
 * the first time the page uses its tag, so a portal pays for the toggle and care mode up front
 * and for each component only where a page has one.
 */
export const lazyElements: Record<string, () => Promise<unknown>> = {
  'care-button': () => import('@caremode/forms/define/care-button.js'),
  'care-text-field': () => import('@caremode/forms/define/care-text-field.js'),
  'care-textarea': () => import('@caremode/forms/define/care-textarea.js'),
  'care-select': () => import('@caremode/forms/define/care-select.js'),
  'care-radio-group': () => import('@caremode/forms/define/care-radio-group.js'),
  'care-radio': () => import('@caremode/forms/define/care-radio.js'),
  'care-checkbox': () => import('@caremode/forms/define/care-checkbox.js'),
  'care-checkbox-group': () => import('@caremode/forms/define/care-checkbox-group.js'),
  'care-date-field': () => import('@caremode/forms/define/care-date-field.js'),
  'care-phone-field': () => import('@caremode/forms/define/care-phone-field.js'),
  'care-id-number-field': () => import('@caremode/forms/define/care-id-number-field.js'),
  'care-code-field': () => import('@caremode/forms/define/care-code-field.js'),
  'care-error-summary': () => import('@caremode/forms/define/care-error-summary.js'),
  'care-form-draft': () => import('@caremode/forms/define/care-form-draft.js'),
  // A guide may be written in JSON (`src`, a JSON child): its reader comes with it.
  'care-step-guide': () => Promise.all([import('@caremode/steps/define/care-step-guide.js'), import('@caremode/steps/guide-json.js')]),
  'care-step': () => import('@caremode/steps/define/care-step.js'),
  'care-checklist': () => import('@caremode/steps/define/care-checklist.js'),
  'care-help': () => import('@caremode/steps/define/care-help.js'),
  'care-timeout-warning': () => import('@caremode/steps/define/care-timeout-warning.js'),
  'care-qr-code': () => import('@caremode/qr/define/care-qr-code.js'),
  'care-credential': () => import('@caremode/qr/define/care-credential.js'),
  'care-credential-wallet': () => import('@caremode/qr/define/care-credential-wallet.js'),
  'care-read-aloud': () => import('@caremode/read-aloud/define/care-read-aloud.js'),
  'care-tap-to-read': () => import('@caremode/read-aloud/define/care-tap-to-read.js'),
};
