// The elements a step guide page registers, through the entries a portal imports.
import '@caremode/forms/define/care-error-summary.js';
import '@caremode/forms/define/care-radio-group.js';
import '@caremode/forms/define/care-radio.js';
import '@caremode/forms/define/care-text-field.js';
import '@caremode/steps/define/care-help.js';
import '@caremode/steps/define/care-step-guide.js';
import '@caremode/steps/define/care-step.js';
