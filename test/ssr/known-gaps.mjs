// What server rendering does not do yet, by example and check, with the reason. A failing check
// listed here counts as skipped (and is printed); anything else that fails is a failure. The
// stage names listed checks that pass, so the list only ever shrinks.
//
// Checks: visible, styled, labelled, targets (JavaScript off); errors, layout, dom, typed
// (hydration).

const CHILDREN =
  'builds its UI from its children (options, items, steps, credentials), which @lit-labs/ssr does not show an element: the server renders it without them, and it grows when the script adds them';
const ENHANCING =
  'enhancing path: the hint, error and count beside the portal’s own control are added by the script, so the field grows once when it runs';
const ENHANCING_UNSEEN =
  'enhancing path rendered through @lit-labs/ssr: the server cannot see the portal’s own control inside (render these elements with your template engine, as docs/ssr.md says)';
const QR = 'draws the symbol at the size it measures in the page, which a server cannot measure';
const DIALOG = 'a modal dialog opens with showModal(), in the browser only';

const ALL_OF_GROUP = ['visible', 'styled', 'layout'];
const gaps = {
  'care-radio-group--childSex': [ALL_OF_GROUP, CHILDREN],
  'care-radio-group--disabled': [ALL_OF_GROUP, CHILDREN],
  'care-radio-group--resultDelivery': [ALL_OF_GROUP, CHILDREN],
  'care-radio-group--serverError': [ALL_OF_GROUP, CHILDREN],
  'care-radio-group--unavailableOption': [ALL_OF_GROUP, CHILDREN],
  'care-radio-group--enhancedNative': [['layout'], ENHANCING],
  'care-checkbox--documents': [ALL_OF_GROUP, CHILDREN],
  'care-checkbox--serverError': [ALL_OF_GROUP, CHILDREN],
  'care-checkbox--enhancedDocuments': [['layout'], ENHANCING],
  'care-checkbox--enhancedDeclaration': [['styled', 'layout', 'dom'], ENHANCING_UNSEEN],
  'care-select--provinceOfBirth': [['visible'], CHILDREN],
  'care-select--grouped': [['visible'], CHILDREN],
  'care-select--serverError': [['visible'], CHILDREN],
  'care-select--disabled': [['visible'], CHILDREN],
  'care-select--relationship': [['layout'], ENHANCING],
  'care-checklist': [['dom'], CHILDREN],
  'care-credential-wallet': [['styled', 'errors', 'dom'], CHILDREN],
  'care-step-guide': [['styled', 'layout'], `${CHILDREN}; without JavaScript every step shows, with it one at a time`],
  'care-step-guide--vneid': [['styled', 'layout', 'dom'], `${CHILDREN}; it holds a <care-checklist>, which does too`],
  'care-step-guide--birthRegistration': [['visible', 'styled'], 'its steps are made by the script from its JSON definition'],
  'care-qr-code': [['styled', 'errors', 'dom'], QR],
  'care-credential': [['errors', 'dom'], `holds a <care-qr-code>, which ${QR}`],
  'care-settings--open': [['visible', 'styled', 'dom'], DIALOG],
  'care-settings--twoLanguages': [['visible', 'styled', 'dom'], DIALOG],
  'care-settings--fromPortalButton': [['dom'], 'whether the browser can save settings is known in the browser only'],
  'care-timeout-warning': [['visible', 'styled'], `${DIALOG}, when the session nears its end`],
  'care-form-draft--returning': [['styled', 'dom'], 'the offer to restore a draft comes from the browser’s storage'],
  'care-error-summary--afterSubmit': [['visible', 'styled', 'layout'], 'the summary lists the errors the fields report once the script has checked them'],
  'care-button--enhancedNative': [['styled', 'dom'], ENHANCING_UNSEEN],
  'care-text-field--enhancedNative': [['layout'], ENHANCING],
  'care-textarea--enhancedNative': [['layout'], ENHANCING],
  'care-phone-field--enhancedNative': [['layout'], ENHANCING],
  'care-id-number-field--enhancedNative': [['layout'], ENHANCING],
};

/** The reason `kind` may fail for example `id` (`care-radio-group--childSex`), or undefined. */
export function knownGap(id, kind) {
  // CAREMODE_SSR_NO_GAPS=1 shows every failure, as when working on one.
  if (process.env.CAREMODE_SSR_NO_GAPS) return undefined;
  const [kinds, reason] = gaps[id] ?? gaps[id.split('--')[0]] ?? [[], undefined];
  return kinds.includes(kind) ? reason : undefined;
}
