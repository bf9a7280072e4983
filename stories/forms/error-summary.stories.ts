import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-error-summary.js';
import '@caremode/forms/define/care-text-field.js';
import '@caremode/forms/define/care-button.js';
import {
  errorSummaryExamples,
  renderErrorSummary,
  type ErrorSummaryArgs,
} from '../../packages/forms/src/error-summary/error-summary.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<ErrorSummaryArgs> = {
  title: 'Forms/Error summary',
  component: 'care-error-summary',
  tags: ['autodocs'],
  render: (args, context) => renderErrorSummary(args, storyLocale(context)),
};
export default meta;

type Story = StoryObj<ErrorSummaryArgs>;
const story = (name: keyof typeof errorSummaryExamples): Story => ({
  args: errorSummaryExamples[name].args,
  parameters: { docs: { description: { story: errorSummaryExamples[name].description } } },
});

export const AfterSubmit = story('afterSubmit');
export const BeforeSubmit = story('beforeSubmit');
