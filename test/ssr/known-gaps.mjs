// What server rendering does not do yet, by element and check, with the reason. A failing check
// listed here counts as skipped (and is printed); anything else that fails is a failure. Remove
// an entry as soon as its element passes: a listed check that passes counts as passed.
//
// Checks: visible, styled, labelled, targets (JavaScript off); errors, layout, dom, typed
// (hydration).

const CHILDREN =
  'builds its UI from its children (options, items, steps, credentials), which @lit-labs/ssr does not show an element: the server renders it without them';
const ENHANCING =
  'enhancing path rendered through @lit-labs/ssr: the server cannot see the portal’s own control, and the hint, error and count beside it are added by the script (render these elements with your own template engine, as docs/ssr.md says)';

const gaps = {
  'care-radio-group': { kinds: ['visible', 'styled', 'errors', 'layout', 'dom', 'typed'], reason: CHILDREN },
  'care-checkbox--documents': { kinds: ['visible', 'styled', 'errors', 'layout', 'dom'], reason: CHILDREN },
  'care-checkbox--serverError': { kinds: ['visible', 'styled', 'errors', 'layout', 'dom'], reason: CHILDREN },
  'care-checkbox--enhancedDocuments': { kinds: ['visible', 'styled', 'errors', 'layout', 'dom'], reason: CHILDREN },
  'care-checkbox--enhancedDeclaration': { kinds: ['styled', 'errors', 'layout', 'dom'], reason: ENHANCING },
  'care-select': { kinds: ['visible', 'styled', 'errors', 'layout', 'dom'], reason: CHILDREN },
  'care-checklist': { kinds: ['visible', 'styled', 'errors', 'layout', 'dom'], reason: CHILDREN },
  'care-credential-wallet': { kinds: ['visible', 'styled', 'errors', 'layout', 'dom'], reason: CHILDREN },
  'care-step-guide': {
    kinds: ['visible', 'styled', 'errors', 'layout', 'dom', 'typed'],
    reason: `${CHILDREN}; without JavaScript every step shows, with it one at a time`,
  },
  'care-qr-code': {
    kinds: ['styled', 'errors', 'layout', 'dom'],
    reason: 'draws the symbol at the size it measures in the page, which a server cannot measure',
  },
  'care-credential': { kinds: ['styled', 'errors', 'layout', 'dom'], reason: 'holds a <care-qr-code>, drawn at the size it measures' },
  'care-settings--open': { kinds: ['visible', 'styled', 'dom'], reason: 'a modal dialog opens with showModal(), in the browser only' },
  'care-settings--twoLanguages': { kinds: ['visible', 'styled', 'dom'], reason: 'a modal dialog opens with showModal(), in the browser only' },
  'care-settings': { kinds: ['dom'], reason: 'whether the browser can save settings is known in the browser only' },
  'care-timeout-warning': { kinds: ['visible', 'styled', 'dom'], reason: 'a modal dialog opens with showModal() when the session nears its end, in the browser only' },
  'care-form-draft--returning': { kinds: ['styled', 'errors', 'layout', 'dom'], reason: 'the offer to restore a draft comes from the browser’s storage' },
  'care-code-field': {
    kinds: ['dom', 'layout', 'typed'],
    reason: 'the expiry countdown starts from the browser’s clock, and the code typed before the script arrives is not yet kept',
  },
  'care-date-field': { kinds: ['typed'], reason: 'day, month and year typed before the script arrives are not yet kept' },
  'care-error-summary--afterSubmit': {
    kinds: ['visible', 'styled', 'layout', 'dom', 'typed'],
    reason: 'the summary lists the errors the fields report once the script has checked them',
  },
  'care-button--enhancedNative': { kinds: ['styled', 'errors', 'layout', 'dom'], reason: ENHANCING },
  'care-text-field--enhancedNative': { kinds: ['layout', 'dom'], reason: ENHANCING },
  'care-textarea--enhancedNative': { kinds: ['layout', 'dom'], reason: ENHANCING },
  'care-phone-field--enhancedNative': { kinds: ['layout', 'dom'], reason: ENHANCING },
  'care-id-number-field--enhancedNative': { kinds: ['layout', 'dom'], reason: ENHANCING },
};

/** The reason `kind` may fail for example `id` (`care-radio-group--childSex`), or undefined. */
export function knownGap(id, kind) {
  const entry = gaps[id] ?? gaps[id.split('--')[0]];
  return entry?.kinds.includes(kind) ? entry.reason : undefined;
}
