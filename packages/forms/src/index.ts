export { CareButton, type ButtonVariant, type ButtonType } from './button/button.js';
export { CareTextField } from './text-field/text-field.js';
export { CarePhoneField } from './phone-field/phone-field.js';
export { CareIdNumberField, type IdNumberKind } from './id-number-field/id-number-field.js';
export { CareErrorSummary } from './error-summary/error-summary.js';
export { CareFormDraft, type DraftData } from './form-draft/form-draft.js';
export * from './validators/index.js';
