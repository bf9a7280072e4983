export { CareButton, type ButtonVariant, type ButtonType } from './button/button.js';
export { CareTextField } from './text-field/text-field.js';
export * from './validators/index.js';
