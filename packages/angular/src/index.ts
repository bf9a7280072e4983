export { CareValueAccessor } from './care-value-accessor.js';
export { CARE_FORM_CONTROL_TAGS, type CareFormControlTag } from './form-control-tags.js';
