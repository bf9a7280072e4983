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
const GROUP =
  'a server cannot see the options, so the group renders a slot: without JavaScript each option shows on its own line (radios as their text, checkboxes as their own cards) under the legend, hint and error, and the script then makes the cards of the group, which are taller';
const QR_SMALL = 'whether the container is too small for the code to scan is known in the browser only: the server draws the code, and the script replaces it with the hint';
const DIALOG = 'a modal dialog opens with showModal(), in the browser only';

const GROUP_CHECKS = ['styled', 'layout'];
const gaps = {
  'care-radio-group--childSex': [GROUP_CHECKS, GROUP],
  'care-radio-group--disabled': [GROUP_CHECKS, GROUP],
  'care-radio-group--resultDelivery': [GROUP_CHECKS, GROUP],
  'care-radio-group--serverError': [GROUP_CHECKS, GROUP],
  'care-radio-group--unavailableOption': [GROUP_CHECKS, GROUP],
  'care-radio-group--enhancedNative': [['layout'], ENHANCING],
  'care-checkbox--documents': [GROUP_CHECKS, GROUP],
  'care-checkbox--serverError': [GROUP_CHECKS, GROUP],
  'care-checkbox--enhancedDocuments': [['layout'], ENHANCING],
  'care-checkbox--enhancedDeclaration': [['styled', 'layout', 'dom'], ENHANCING_UNSEEN],
  'care-select--provinceOfBirth': [['visible'], CHILDREN],
  'care-select--grouped': [['visible'], CHILDREN],
  'care-select--serverError': [['visible'], CHILDREN],
  'care-select--disabled': [['visible'], CHILDREN],
  'care-select--relationship': [['layout'], ENHANCING],
  'care-checklist': [['dom'], CHILDREN],
  'care-credential-wallet': [['styled', 'dom'], CHILDREN],
  'care-step-guide': [['styled', 'layout'], `${CHILDREN}; without JavaScript every step shows, with it one at a time`],
  'care-step-guide--vneid': [['styled', 'layout', 'dom'], `${CHILDREN}; it holds a <care-checklist>, which does too`],
  'care-step-guide--birthRegistration': [['visible', 'styled'], 'its steps are made by the script from its JSON definition'],
  'care-qr-code--tooSmall': [['errors', 'dom'], QR_SMALL],
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
