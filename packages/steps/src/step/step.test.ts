import { careLocales } from '@caremode/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import '../define/care-step.js';
import { deepActive, pointAndClick, tabTo } from '../internal/test-guide.js';
import type { CareStep, ReviewRow } from './step.js';
import { renderStep, stepExamples } from './step.examples.js';
import { stepStrings as stepStringsEn } from './step.strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const stepStrings = withLocales(stepStringsEn);

describeExamples('care-step', stepExamples, renderStep);

const rows: ReviewRow[] = [
  { label: 'Child’s full name', value: 'Nguyễn Minh An', step: 'child' },
  { label: 'Are the child’s parents married to each other?', value: 'Yes', step: 'parents' },
];
const heading = (el: CareStep) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const changeButtons = (el: CareStep) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="answers"] button')];

describe('care-step', () => {
  // The examples above leave their last render in the audit stage: keep selectors to this suite's elements.
  before(() => document.querySelector('[data-audit-stage]')?.replaceChildren());

  describe('heading', () => {
    needs('accessibility-tree')('is a heading at the level asked, 2 when none is given', async () => {
      await fixture(html`<div>
        <care-step id="plain" heading="Check your documents"></care-step>
        <care-step id="three" heading="Check your documents" heading-level="3"></care-step>
      </div>`);
      expect(await axNode('#plain >>> [part="heading"]')).to.include({ role: 'heading', level: 2, name: 'Check your documents' });
      expect(await axNode('#three >>> [part="heading"]')).to.include({ role: 'heading', level: 3 });
    });

    needs('accessibility-tree')('keeps the level within 1 to 6, and never fails on a level that is not a number', async () => {
      const cases: [string, number][] = [['1', 1], ['6', 6], ['99', 6], ['-2', 2], ['2.6', 3], ['abc', 2], ['0', 2], ['', 2]];
      const wrapper = await fixture(html`<div>${cases.map(([level], i) => html`<care-step id="level-${i}" heading="Kiểm tra giấy tờ" heading-level=${level}></care-step>`)}</div>`);
      await Promise.all([...wrapper.querySelectorAll<CareStep>('care-step')].map((el) => el.updateComplete));
      const levels: [string, unknown][] = [];
      for (const [i, [level]] of cases.entries()) levels.push([level, (await axNode(`#level-${i} >>> [part="heading"]`))?.level]);
      expect(levels).to.deep.equal(cases);
    });

    it('follows the level when the guide sets it as a property', async () => {
      const el = await fixture<CareStep>(html`<care-step heading="Check your documents"></care-step>`);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(heading(el).getAttribute('aria-level')).to.equal('4');
    });

    it("keeps a portal's own caption in the page's language, and marks the one the guide says is English", async () => {
      const wrapper = await fixture(html`<div lang="th"><care-step heading="ตรวจเอกสาร" .caption=${'ขั้นที่ 2 จาก 5'}></care-step></div>`);
      const el = wrapper.querySelector('care-step')!;
      await el.updateComplete;
      const caption = () => el.shadowRoot!.querySelector('[part="caption"]')!;
      expect(caption().hasAttribute('lang')).to.equal(false, 'inherits th from the page');
      el.caption = 'Step 2 of 5';
      el.captionLang = 'en';
      await el.updateComplete;
      expect(caption().getAttribute('lang')).to.equal('en');
    });

    needs('accessibility-tree')('reads the caption as part of the heading, before the heading text', async () => {
      const el = await fixture<CareStep>(html`<care-step heading="Check your documents" .caption=${'Step 2 of 5'}></care-step>`);
      const ax = await axNode('care-step >>> [part="heading"]');
      expect(ax?.role).to.equal('heading');
      expect(ax?.name).to.match(/^Step 2 of 5 ?: Check your documents$/);
      expect(heading(el).querySelector('[part="caption"]')!.textContent).to.contain('Step 2 of 5');
      el.caption = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="caption"]')).to.equal(null);
      expect((await axNode('care-step >>> [part="heading"]'))?.name).to.equal('Check your documents');
    });

    it('takes focus from focusHeading(), without being a Tab stop', async () => {
      const el = await fixture<CareStep>(html`<care-step heading="Check your documents"><p>Have a clear photo of each ready.</p></care-step>`);
      expect(deepActive()).not.to.equal(heading(el));
      el.focusHeading();
      expect(deepActive()).to.equal(heading(el));
      expect(heading(el).tabIndex).to.equal(-1);
    });
  });

  describe('review step', () => {
    needs('accessibility-tree')('lists each answer as a term and its value, with a Change button named after the question', async () => {
      const el = await fixture<CareStep>(html`<care-step kind="review" heading="Check your answers" .rows=${rows}></care-step>`);
      const listed = [...el.shadowRoot!.querySelectorAll('dl[part="answers"] dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.localName, dt.nextElementSibling!.textContent!.trim()]);
      expect(listed).to.deep.equal([
        ['Child’s full name', 'dd', 'Nguyễn Minh An'],
        ['Are the child’s parents married to each other?', 'dd', 'Yes'],
      ]);
      expect(changeButtons(el)).to.have.length(2);
      expect(changeButtons(el).every((b) => b.type === 'button' && b.closest('dd'))).to.equal(true);
      expect(await axNode('care-step >>> .row:nth-of-type(2) button')).to.include({ role: 'button', name: 'Change Are the child’s parents married to each other?' });
    });

    it('never throws on odd rows, and focusHeading() before the first render does nothing', async () => {
      const detached = document.createElement('care-step') as CareStep;
      expect(() => detached.focusHeading()).not.to.throw();
      for (const odd of [null, undefined, 'rows', { length: 2 }]) {
        const el = await fixture<CareStep>(html`<care-step kind="review" heading="Check your answers" .rows=${odd as unknown as typeof rows}></care-step>`);
        expect(el.shadowRoot!.querySelector('[part="answers"]'), String(odd)).to.equal(null);
        expect(heading(el).textContent).to.contain('Check your answers');
      }
    });

    it('lists nothing when it has no answers, or when it is not a review step', async () => {
      const empty = await fixture<CareStep>(html`<care-step kind="review" heading="Check your answers"></care-step>`);
      expect(empty.shadowRoot!.querySelector('[part="answers"]')).to.equal(null);
      const ordinary = await fixture<CareStep>(html`<care-step heading="Check your documents" .rows=${rows}></care-step>`);
      expect(ordinary.shadowRoot!.querySelector('[part="answers"]')).to.equal(null);
    });

    describe('Change', () => {
      // Inside another shadow root, as in a portal's own component: the event must still reach the page.
      let el: CareStep;
      let events: CustomEvent<{ step: string }>[];
      const listen = (e: Event) => events.push(e as CustomEvent<{ step: string }>);
      beforeEach(async () => {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        render(html`<care-step kind="review" heading="Check your answers" .rows=${rows}></care-step>`, host.attachShadow({ mode: 'open' }));
        el = host.shadowRoot!.querySelector('care-step')!;
        await el.updateComplete;
        events = [];
        document.addEventListener('care-answer-change', listen);
      });
      afterEach(() => document.removeEventListener('care-answer-change', listen));

      const expectChange = (step: string) => {
        expect(events.map((e) => [e.detail.step, e.bubbles, e.composed])).to.deep.equal([[step, true, true]]);
      };

      it('fires care-answer-change with the step to go back to, on a click', async () => {
        await pointAndClick(changeButtons(el)[1]!);
        expectChange('parents');
      });

      it('fires it from the keyboard, with Enter and with Space', async () => {
        await tabTo((a) => a === changeButtons(el)[0], 'the first Change button');
        await sendKeys({ press: 'Enter' });
        expectChange('child');
        events = [];
        await sendKeys({ press: 'Space' });
        expectChange('child');
      });
    });
  });

  it('keeps "Step 5 of 5" above the tick and the words on the completion step', async () => {
    const done = await fixture<CareStep>(html`<care-step kind="done" heading="Application sent" .caption=${'Step 5 of 5'}></care-step>`);
    const caption = heading(done).querySelector('[part="caption"]')!.getBoundingClientRect();
    const tick = heading(done).querySelector('svg')!.getBoundingClientRect();
    expect(caption.bottom).to.be.at.most(tick.top + 0.5);
  });

  it('keeps the completion words beside the tick on a 320 px screen in care mode', async () => {
    await setViewport({ width: 320, height: 640 });
    await applyMode({ careMode: true, contrast: 'default', textScale: 2 });
    try {
      const done = await fixture<CareStep>(html`<care-step kind="done" heading="Application sent to the commune"></care-step>`);
      const tick = heading(done).querySelector('svg')!.getBoundingClientRect();
      const words = heading(done).querySelector('span:last-child')!.getBoundingClientRect();
      expect(words.left, 'right of the tick').to.be.at.least(tick.right);
      expect(words.top, 'on the tick’s line').to.be.below(tick.bottom);
    } finally {
      await resetMode();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('renders no heading at all without words, rather than an empty one', async () => {
    const el = await fixture<CareStep>(html`<care-step heading="   "><p>Bring your papers.</p></care-step>`);
    expect(el.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
    expect(() => el.focusHeading()).not.to.throw();
    el.heading = 'Check your documents';
    await el.updateComplete;
    expect(heading(el).textContent).to.contain('Check your documents');
  });

  needs('accessibility-tree')('puts a tick beside the completion heading, hidden from screen readers, which hear the words', async () => {
    const done = await fixture<CareStep>(html`<care-step kind="done" heading="Application sent"></care-step>`);
    const tick = heading(done).querySelector('svg')!;
    expect(tick.getAttribute('aria-hidden')).to.equal('true');
    expect(tick.getBoundingClientRect().width).to.be.greaterThan(0);
    expect((await axNode('care-step >>> [part="heading"]'))?.name).to.equal('Application sent');
    const ordinary = await fixture<CareStep>(html`<care-step heading="Check your documents"></care-step>`);
    expect(heading(ordinary).querySelector('svg')).to.equal(null);
  });

  it('reflects what the guide reads as attributes', async () => {
    const el = await fixture<CareStep>(html`<care-step heading="Activate in the VNeID app"></care-step>`);
    Object.assign(el, { name: 'activate', kind: 'review', showIf: 'applied=yes & sms=yes', continueLabel: 'I have activated my account' });
    await el.updateComplete;
    expect(['name', 'kind', 'show-if', 'continue-label'].map((a) => el.getAttribute(a))).to.deep.equal(['activate', 'review', 'applied=yes & sms=yes', 'I have activated my account']);
  });

  it('says Change in every language, and marks the language of each part', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-step kind="review" heading="Kiểm tra lại thông tin" .rows=${rows}></care-step></div>`);
      const el = wrapper.querySelector('care-step')!;
      await el.updateComplete;
      const button = changeButtons(el)[0]!;
      const word = stepStrings[locale]['step.change'];
      const label = button.querySelector('span')!;
      expect(word, locale).to.be.a('string');
      if (locale !== 'en') expect(word, locale).not.to.equal(stepStrings.en['step.change']);
      expect(button.textContent!.replace(label.textContent!, '').trim(), locale).to.equal(word);
      expect(button.lang, locale).to.equal(locale);
      // The question is the portal's text, in the page's language whatever the built-in word fell back to.
      expect(label.lang, locale).to.equal(locale);
    }
  });
});
