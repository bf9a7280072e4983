import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import type { TemplateResult } from 'lit';
import { renderSettings, settingsExamples } from '../../packages/drop-in/src/settings/settings.examples.js';
import { renderToggle, toggleExamples } from '../../packages/drop-in/src/toggle/toggle.examples.js';
import { buttonExamples, renderButton } from '../../packages/forms/src/button/button.examples.js';
import { checkboxExamples, renderCheckbox } from '../../packages/forms/src/checkbox/checkbox.examples.js';
import { codeFieldExamples, renderCodeField } from '../../packages/forms/src/code-field/code-field.examples.js';
import { dateFieldExamples, renderDateField } from '../../packages/forms/src/date-field/date-field.examples.js';
import { errorSummaryExamples, renderErrorSummary } from '../../packages/forms/src/error-summary/error-summary.examples.js';
import { formDraftExamples, renderFormDraft } from '../../packages/forms/src/form-draft/form-draft.examples.js';
import { idNumberFieldExamples, renderIdNumberField } from '../../packages/forms/src/id-number-field/id-number-field.examples.js';
import { phoneFieldExamples, renderPhoneField } from '../../packages/forms/src/phone-field/phone-field.examples.js';
import { radioGroupExamples, renderRadioGroup } from '../../packages/forms/src/radio-group/radio-group.examples.js';
import { renderSelect, selectExamples } from '../../packages/forms/src/select/select.examples.js';
import { renderTextField, textFieldExamples } from '../../packages/forms/src/text-field/text-field.examples.js';
import { renderTextarea, textareaExamples } from '../../packages/forms/src/textarea/textarea.examples.js';
import { renderWallet, walletExamples } from '../../packages/qr/src/credential-wallet/credential-wallet.examples.js';
import { credentialExamples, renderCredentialExample } from '../../packages/qr/src/credential/credential.examples.js';
import { qrCodeExamples, renderQrCode } from '../../packages/qr/src/qr-code/qr-code.examples.js';
import { readAloudExamples, renderReadAloud } from '../../packages/read-aloud/src/read-aloud/read-aloud.examples.js';
import { renderTapToRead, tapToReadExamples } from '../../packages/read-aloud/src/tap-to-read/tap-to-read.examples.js';
import { checklistExamples, renderChecklist } from '../../packages/steps/src/checklist/checklist.examples.js';
import { helpExamples, renderHelp } from '../../packages/steps/src/help/help.examples.js';
import { renderStepGuide, stepGuideExamples } from '../../packages/steps/src/step-guide/step-guide.examples.js';
import { renderStep, stepExamples } from '../../packages/steps/src/step/step.examples.js';
import { renderTimeoutWarning, timeoutWarningExamples } from '../../packages/steps/src/timeout-warning/timeout-warning.examples.js';

/** One example of one component, rendered in a locale: what a server page and a client page both show. */
export interface SsrExample {
  id: string;
  component: string;
  name: string;
  render: (locale: CareLocale) => TemplateResult;
}

const table: [string, Record<string, CareExample<unknown>>, ExampleRender<never>][] = [
  ['care-settings', settingsExamples, renderSettings],
  ['care-mode-toggle', toggleExamples, renderToggle],
  ['care-button', buttonExamples, renderButton],
  ['care-checkbox', checkboxExamples, renderCheckbox],
  ['care-code-field', codeFieldExamples, renderCodeField],
  ['care-date-field', dateFieldExamples, renderDateField],
  ['care-error-summary', errorSummaryExamples, renderErrorSummary],
  ['care-form-draft', formDraftExamples, renderFormDraft],
  ['care-id-number-field', idNumberFieldExamples, renderIdNumberField],
  ['care-phone-field', phoneFieldExamples, renderPhoneField],
  ['care-radio-group', radioGroupExamples, renderRadioGroup],
  ['care-select', selectExamples, renderSelect],
  ['care-text-field', textFieldExamples, renderTextField],
  ['care-textarea', textareaExamples, renderTextarea],
  ['care-credential-wallet', walletExamples, renderWallet],
  ['care-credential', credentialExamples, renderCredentialExample],
  ['care-qr-code', qrCodeExamples, renderQrCode],
  ['care-read-aloud', readAloudExamples, renderReadAloud],
  ['care-tap-to-read', tapToReadExamples, renderTapToRead],
  ['care-checklist', checklistExamples, renderChecklist],
  ['care-help', helpExamples, renderHelp],
  ['care-step-guide', stepGuideExamples, renderStepGuide],
  ['care-step', stepExamples, renderStep],
  ['care-timeout-warning', timeoutWarningExamples, renderTimeoutWarning],
];

export const ssrExamples: SsrExample[] = table.flatMap(([component, examples, render]) =>
  Object.entries(examples).map(([name, example]) => ({
    id: `${component}--${name}`,
    component,
    name,
    render: (locale: CareLocale) => (render as ExampleRender<unknown>)(example.args, locale),
  })),
);
