import { PersistentRecord, type CareExample, type CareLocale, type ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';
import { birthRegistrationDefinition } from '../guides/birth-registration.examples.js';
import { renderSocialInsurance } from '../guides/social-insurance.examples.js';
import { renderVneid } from '../guides/vneid.examples.js';
import type { GuideProgress } from './step-guide.js';

export interface StepGuideArgs {
  guide: 'vneid' | 'birth-registration' | 'social-insurance' | 'broken';
  /** Store progress first, as if the person had stopped half way yesterday. */
  returning?: boolean;
}

// A definition with a mistake an author easily makes: a field without a name.
const brokenDefinition = (locale: CareLocale) => {
  const def = birthRegistrationDefinition(locale);
  const steps = structuredClone(def.steps);
  delete (steps[1]!.fields![1] as { name?: string }).name;
  return { ...def, steps };
};

const SAVED: GuideProgress = {
  step: 'period',
  done: ['about', 'number', 'support'],
  answers: { fullName: ['Nguyễn Thị Hoa'], insuranceNumber: ['7912345678'], household: ['near-poor'] },
};

export const renderStepGuide: ExampleRender<StepGuideArgs> = (args, locale) => {
  if (args.guide === 'vneid') return renderVneid(locale, { guideId: `example-vneid-${locale}` });
  if (args.guide === 'social-insurance') {
    const guideId = `example-insurance-${args.returning ? 'returning' : 'new'}-${locale}`;
    const record = new PersistentRecord<GuideProgress>('step-guide', guideId);
    if (args.returning) record.write(SAVED);
    else record.remove();
    return renderSocialInsurance(locale, { guideId });
  }
  const definition = args.guide === 'broken' ? brokenDefinition(locale) : birthRegistrationDefinition(locale);
  // Help written in the page itself stays on screen even when the definition cannot be used.
  const help = args.guide === 'broken' ? html`<care-help slot="help" phone="1800 1096"></care-help>` : nothing;
  return html`<care-step-guide guide-id="example-${args.guide}-${locale}" .definition=${definition}>${help}</care-step-guide>`;
};

export const stepGuideExamples = {
  vneid: {
    description: 'Activating a level-2 electronic identity in the VNeID app: a checklist, branching on two questions, two informational endings, a number check before the app.',
    args: { guide: 'vneid' },
  },
  birthRegistration: {
    description: 'Registering a birth online, written as a JSON definition: every field type, a step for a relative, a review step with Change buttons and a declaration.',
    args: { guide: 'birth-registration' },
  },
  socialInsurance: {
    description: 'Paying voluntary social insurance: State support explained in the options, a review step, and a completion step for each way of paying.',
    args: { guide: 'social-insurance' },
  },
  returning: {
    description: 'Coming back days later: one "continue where you left off" prompt for the whole guide, forms included.',
    args: { guide: 'social-insurance', returning: true },
  },
  broken: {
    description: 'A definition with a mistake (a field without a name): a clear error naming the path, and help still offered.',
    args: { guide: 'broken' },
  },
} satisfies Record<string, CareExample<StepGuideArgs>>;
