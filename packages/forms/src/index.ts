export { CareButton, type ButtonVariant, type ButtonType } from './button/button.js';
