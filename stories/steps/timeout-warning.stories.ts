import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@caremode/steps/define/care-timeout-warning.js';
import { renderTimeoutWarning, timeoutWarningExamples, type TimeoutWarningArgs } from '../../packages/steps/src/timeout-warning/timeout-warning.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<TimeoutWarningArgs> = {
  title: 'Steps/Timeout warning',
  component: 'care-timeout-warning',
  tags: ['autodocs'],
  // The dialog sits in the top layer; the frame keeps room for it in screenshots.
  render: (args, context) => html`<div style="min-height: 30rem">${renderTimeoutWarning(args, storyLocale(context))}</div>`,
  argTypes: { endsIn: { control: { type: 'number', step: 30 } } },
  parameters: {
    // A modal dialog: each story in its own frame, so the docs page stays usable.
    docs: { story: { inline: false, height: '32rem' } },
  },
};
export default meta;

type Story = StoryObj<TimeoutWarningArgs>;
const story = (name: keyof typeof timeoutWarningExamples): Story => ({
  args: timeoutWarningExamples[name].args,
  parameters: { docs: { description: { story: timeoutWarningExamples[name].description } } },
});

export const WarningBeforeTheEnd = story('warning');
export const SessionEnded = story('ended');
