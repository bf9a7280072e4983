import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@caremode/forms/define/care-error-summary.js';
import '@caremode/forms/define/care-id-number-field.js';
import '@caremode/forms/define/care-phone-field.js';
import '@caremode/forms/define/care-radio-group.js';
import '@caremode/forms/define/care-text-field.js';
import '@caremode/steps/define/care-checklist.js';
import '@caremode/steps/define/care-help.js';
import '@caremode/steps/define/care-step-guide.js';
import '@caremode/steps/guide-json.js';
import { renderStepGuide, stepGuideExamples, type StepGuideArgs } from '../../packages/steps/src/step-guide/step-guide.examples.js';
import { storyLocale } from '../story-locale.js';

const meta: Meta<StepGuideArgs> = {
  title: 'Steps/Step guide',
  component: 'care-step-guide',
  tags: ['autodocs'],
  render: (args, context) => renderStepGuide(args, storyLocale(context)),
  argTypes: {
    guide: { control: 'inline-radio', options: ['vneid', 'birth-registration', 'social-insurance', 'broken'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A public-service procedure one step per screen, in the language chosen in the toolbar. Answer, go Back and Continue, reload the page: the guide offers to continue where you left off. Turn on care mode with a read-aloud engine registered and each step is read as it opens.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<StepGuideArgs>;
const story = (name: keyof typeof stepGuideExamples): Story => ({
  args: stepGuideExamples[name].args,
  parameters: { docs: { description: { story: stepGuideExamples[name].description } } },
});

export const ActivatingElectronicIdentification = story('vneid');
export const RegisteringABirthOnline = story('birthRegistration');
export const PayingVoluntarySocialInsurance = story('socialInsurance');
export const ContinueWhereYouLeftOff = story('returning');
export const DefinitionWithAMistake = story('broken');
