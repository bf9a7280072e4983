import { expect } from '@open-wc/testing';
import { storyFiles } from 'virtual:caremode-stories';
import { auditModes, resetMode } from '../helpers/modes.js';
import { auditStory, formatFindings } from './audit.js';
import { storiesOf } from './story-render.js';

// Every story under stories/, in every mode of the audit matrix: axe (WCAG 2.2 A/AA, AAA
// contrast, target size) and Caremode's own target measurement (44 px; 60 px in care mode).
describe('story audit', () => {
  after(resetMode);

  it('finds stories to audit', () => {
    expect(storyFiles.length, 'no *.stories.ts under stories/').to.be.greaterThan(0);
  });

  for (const [file, module] of storyFiles) {
    const stories = storiesOf(module as never, file);
    describe(file, () => {
      it('exports at least one story', () => {
        expect(stories.length).to.be.greaterThan(0);
      });
      for (const story of stories) {
        for (const mode of auditModes) {
          it(`${story.title} / ${story.name} — ${mode.name}`, async () => {
            const findings = await auditStory(story, mode);
            expect(findings, `\n${formatFindings(findings)}`).to.deep.equal([]);
          });
        }
      }
    });
  }
});
