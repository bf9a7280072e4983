import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-button.js';
import '@caremode/forms/define/care-checkbox.js';
import '@caremode/forms/define/care-date-field.js';
import '@caremode/forms/define/care-error-summary.js';
import '@caremode/forms/define/care-form-draft.js';
import '@caremode/forms/define/care-id-number-field.js';
import '@caremode/forms/define/care-phone-field.js';
import '@caremode/forms/define/care-radio-group.js';
import '@caremode/forms/define/care-text-field.js';
import { storyLocale } from '../story-locale.js';
import { renderBirthRegistration } from './birth-registration.js';

const meta: Meta = {
  title: 'Forms/Examples/Birth registration',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A complete birth-registration form built from Caremode controls, in the language chosen in the toolbar: try sending it empty (the error summary), type a little and reload (the draft keeper offers to continue).',
      },
    },
  },
};
export default meta;

export const BirthRegistration: StoryObj = {
  render: (_args, context) => renderBirthRegistration(storyLocale(context)),
};
