import { expect } from '@open-wc/testing';
import { reflowModes, themeModes, resetMode } from '../helpers/modes.js';
import { auditStory, REFLOW_RULE, TARGET_RULE } from './audit.js';
import * as negative from './fixtures/negative.stories.js';
import { storiesOf } from './story-render.js';

const [defaultMode, careMode] = themeModes as [(typeof themeModes)[0], (typeof themeModes)[0]];
const story = (name: string) => storiesOf(negative as never).find((s) => s.name === name)!;
const ids = async (name: string, mode = defaultMode) => (await auditStory(story(name), mode)).map((f) => f.id);

describe('the story audit flags its negative fixtures', () => {
  after(resetMode);

  it('a button without a name', async () => {
    expect(await ids('NamelessButton')).to.include('button-name');
  });

  it('text below 7:1 contrast that passes AA', async () => {
    const found = await ids('LowContrastText');
    expect(found).to.include('color-contrast-enhanced');
    expect(found, 'AA contrast passes, so only the AAA rule may fire').not.to.include('color-contrast');
  });

  it('a 40 px target, by default and in care mode', async () => {
    expect(await ids('SmallTarget', defaultMode)).to.include(TARGET_RULE);
    expect(await ids('SmallTarget', careMode)).to.include(TARGET_RULE);
  });

  it('content wider than a 320 px screen, only when the screen is that narrow', async () => {
    expect(await ids('TooWideFor320', reflowModes[0])).to.include(REFLOW_RULE);
    expect(await ids('TooWideFor320', defaultMode)).not.to.include(REFLOW_RULE);
  });

  it('a 50 px target only in care mode', async () => {
    expect(await ids('TargetTooSmallForCareMode', defaultMode)).not.to.include(TARGET_RULE);
    expect(await ids('TargetTooSmallForCareMode', careMode)).to.include(TARGET_RULE);
  });
});
