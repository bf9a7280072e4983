import type { CareExample, ExampleRender } from '@caremode/core';
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { auditStory, formatFindings } from '../audit/audit.js';
import { settle, type FoundStory } from '../audit/story-render.js';
import { resetMode, themeModes } from './modes.js';

/**
 * The part of every component's tests that is the same for all: each named example, rendered
 * in default and care mode, must pass axe and the target measurement.
 */
export function describeExamples<Args>(component: string, examples: Record<string, CareExample<Args>>, renderExample: ExampleRender<Args>): void {
  const [defaultMode, careMode] = themeModes;
  describe(`${component} examples: axe and target sizes`, () => {
    after(resetMode);
    for (const [name, example] of Object.entries(examples)) {
      const story: FoundStory = {
        title: component,
        name,
        async renderInto(container, locale) {
          render(renderExample(example.args, locale), container);
          await settle(container);
        },
      };
      for (const mode of [defaultMode!, careMode!]) {
        it(`${name} in ${mode.name} mode`, async () => {
          const findings = await auditStory(story, mode);
          expect(findings, `\n${formatFindings(findings)}`).to.deep.equal([]);
        });
      }
    }
  });
}
