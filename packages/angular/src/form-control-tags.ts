/**
 * Every Caremode element that holds a form value, which `CareValueAccessor` binds. A test
 * compares this list and the accessor's selector with the form-associated elements in
 * `@caremode/forms`'s custom-elements.json, so a new control cannot be left out unnoticed.
 * (`care-button` is form-associated too, but a button has no value to bind.)
 */
export const CARE_FORM_CONTROL_TAGS = [
  'care-text-field',
  'care-textarea',
  'care-select',
  'care-radio-group',
  'care-checkbox',
  'care-checkbox-group',
  'care-date-field',
  'care-phone-field',
  'care-id-number-field',
  'care-code-field',
] as const;

export type CareFormControlTag = (typeof CARE_FORM_CONTROL_TAGS)[number];
