import { clearMyData, getPreferencesStore, ManualClock, PersistentRecord, registerReadAloudProvider, setClock, type ReadAloudProvider, type ReadAloudSegment } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@caremode/forms/define/care-checkbox.js';
import '@caremode/forms/define/care-date-field.js';
import '@caremode/forms/define/care-error-summary.js';
import '@caremode/forms/define/care-id-number-field.js';
import '@caremode/forms/define/care-phone-field.js';
import '@caremode/forms/define/care-radio-group.js';
import '@caremode/forms/define/care-text-field.js';
import '@caremode/forms/define/care-textarea.js';
import type { CareDateField, CareTextField } from '@caremode/forms';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-checklist.js';
import '../define/care-help.js';
import '../define/care-step-guide.js';
import '../guide-json.js';
import { birthRegistrationDefinition } from '../guides/birth-registration.examples.js';
import { renderSocialInsurance } from '../guides/social-insurance.examples.js';
import { renderVneid } from '../guides/vneid.examples.js';
import {
  answer,
  backButton,
  button,
  continueButton,
  currentStep,
  deepActive,
  expectAccessible,
  onStep,
  pointAndClick,
  proceed,
  prompts,
  settle,
  tabTo,
} from '../internal/test-guide.js';
import type { GuideProgress } from './step-guide.js';
import type { CareStepGuide } from './step-guide.js';
import { stepGuideExamples, renderStepGuide } from './step-guide.examples.js';
import { stepGuideStrings as stepGuideStringsEn } from './step-guide.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const stepGuideStrings = withLocales(stepGuideStringsEn);

describeExamples('care-step-guide', stepGuideExamples, renderStepGuide);

const en = stepGuideStrings.en;
const birth = (guideId = 'birth-test') => html`<care-step-guide guide-id=${guideId} .definition=${birthRegistrationDefinition('en')}></care-step-guide>`;
const stored = (id: string) => new PersistentRecord<GuideProgress>('step-guide', id).read()?.data;
const isHeading = (el: Element) => el.getAttribute('part') === 'heading';
const visibleStep = (guide: CareStepGuide) => guide.steps.find((s) => !s.hidden)!;
const field = <T extends HTMLElement = HTMLElement & { value: string }>(guide: CareStepGuide, name: string) => guide.querySelector<T>(`form [name="${name}"]`)!;

async function mount(template: unknown): Promise<CareStepGuide> {
  const guide = await fixture<CareStepGuide>(template as never);
  await settle(guide);
  return guide;
}

describe('care-step-guide', () => {
  // The examples above leave their last render in the audit stage.
  before(() => document.querySelector('[data-audit-stage]')?.replaceChildren());
  beforeEach(() => clearMyData());
  afterEach(async () => {
    await resetMode();
    clearMyData();
  });

  describe('one step per screen', () => {
    needs('accessibility-tree')('shows the first step, progress in words and a bar, and a Continue button only', async () => {
      const guide = await mount(renderVneid('en', { guideId: 'first' }));
      expect(currentStep(guide)).to.equal('before');
      const heading = await axNode('care-step[name="before"] >>> [part~="heading"]');
      expect(heading).to.include({ role: 'heading', level: 2 });
      expect(heading!.name).to.match(/^Step 1 of 5 ?: What you need$/);
      expect(guide.shadowRoot!.querySelector('[part="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(continueButton(guide)!.textContent!.trim()).to.equal(en['guide.continue']);
      expect(backButton(guide)).to.equal(null);
    });

    it('says where the person is in their language', async () => {
      const wrapper = await fixture(html`<div lang="vi">${renderVneid('vi', { guideId: 'vi-words' })}</div>`);
      const guide = wrapper.querySelector('care-step-guide')!;
      await settle(guide);
      const caption = visibleStep(guide).shadowRoot!.querySelector('[part="caption"]')!;
      expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Bước 1 trên 5:');
      expect(caption.getAttribute('lang')).to.equal('vi');
      expect(continueButton(guide)!.textContent!.trim()).to.equal('Tiếp tục');
    });

    it('marks its English words as English on a page in a language it has no words for', async () => {
      const wrapper = await fixture(html`<div lang="th">${renderVneid('en', { guideId: 'th-page' })}</div>`);
      const guide = wrapper.querySelector('care-step-guide')!;
      await settle(guide);
      const caption = visibleStep(guide).shadowRoot!.querySelector('[part="caption"]')!;
      expect(caption.textContent).to.contain('Step 1 of 5');
      expect(caption.getAttribute('lang')).to.equal('en');
    });

    it('does not take focus when the page loads, only when the person moves on', async () => {
      const guide = await mount(renderVneid('en', { guideId: 'no-steal' }));
      expect(guide.contains(deepActive()) || guide.shadowRoot!.contains(deepActive())).to.equal(false);
      await proceed(guide, 'applied');
      await waitUntil(() => deepActive() && isHeading(deepActive()!), 'focus did not move to the heading');
      expect(deepActive()!.textContent).to.contain('Applying at the police');
    });
  });

  describe('by keyboard alone', () => {
    it('completes the VNeID guide with Tab, Space, typing and Enter', async () => {
      const guide = await mount(renderVneid('en', { guideId: 'keyboard' }));
      const checklist = guide.querySelector('care-checklist')!;
      await tabTo((el) => el.localName === 'input' && checklist.shadowRoot!.contains(el), 'the first checklist item');
      await sendKeys({ press: 'Space' });
      expect(checklist.value).to.deep.equal(['card']);
      await tabTo((el) => el === continueButton(guide), 'Continue');
      await sendKeys({ press: 'Enter' });
      await onStep(guide, 'applied');
      await waitUntil(() => isHeading(deepActive()!), 'heading not focused on "applied"');

      // Continue without an answer: the error summary says what is missing, and the step stays.
      await tabTo((el) => el === continueButton(guide), 'Continue');
      await sendKeys({ press: 'Enter' });
      const summary = visibleStep(guide).querySelector('care-error-summary')!;
      await waitUntil(() => summary.shadowRoot!.querySelectorAll('a').length === 1, 'no error summary');
      expect(currentStep(guide)).to.equal('applied');

      await tabTo((el) => el.localName === 'input' && (el as HTMLInputElement).type === 'radio', 'the first answer');
      await sendKeys({ press: 'Space' });
      await tabTo((el) => el === continueButton(guide), 'Continue');
      await sendKeys({ press: 'Enter' });
      await onStep(guide, 'sms');
      await tabTo((el) => el.localName === 'input' && (el as HTMLInputElement).type === 'radio', 'the first answer');
      await sendKeys({ press: 'Space' });
      await tabTo((el) => el === continueButton(guide), 'Continue');
      await sendKeys({ press: 'Enter' });
      await onStep(guide, 'numbers');

      await tabTo((el) => el.localName === 'input' && !!el.closest('*') && field(guide, 'idNumber').shadowRoot!.contains(el), 'the ID number');
      await sendKeys({ type: '001089012345' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '0912 345 678' });
      // Enter in a field submits its form: the guide moves on, as Continue would.
      await sendKeys({ press: 'Enter' });
      await onStep(guide, 'activate');
      await tabTo((el) => el === continueButton(guide), 'Continue');
      expect(deepActive()!.textContent!.trim()).to.equal('I have activated my account');
      await sendKeys({ press: 'Enter' });
      await onStep(guide, 'done');
      await waitUntil(() => isHeading(deepActive()!), 'heading not focused on "done"');
      expect(guide.shadowRoot!.querySelector('.nav')).to.equal(null);
      expect(guide.getAnswers()).to.deep.equal({ applied: ['yes'], sms: ['yes'], idNumber: ['001089012345'], phone: ['+84912345678'] });
    });
  });

  describe('by pointer', () => {
    needs('accessibility-tree')('completes voluntary social insurance with clicks, changing an answer from the review step', async () => {
      const guide = await mount(renderSocialInsurance('en', { guideId: 'pointer' }));
      await pointAndClick(continueButton(guide)!);
      await onStep(guide, 'number');
      await pointAndClick(field<CareTextField>(guide, 'fullName').shadowRoot!.querySelector('input')!);
      await sendKeys({ type: 'Nguyễn Thị Hoa' });
      await pointAndClick(field<CareTextField>(guide, 'insuranceNumber').shadowRoot!.querySelector('input')!);
      await sendKeys({ type: '7912345678' });
      await pointAndClick(continueButton(guide)!);
      await onStep(guide, 'support');
      const card = (name: string, value: string) => {
        const inputs = [...field(guide, name).shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
        const input = inputs.find((i) => i.value === value);
        if (!input) throw new Error(`no option ${value} of ${name}: ${inputs.map((i) => i.value)}`);
        return input.closest('label')!;
      };
      await pointAndClick(card('household', 'near-poor'));
      await pointAndClick(continueButton(guide)!);
      await onStep(guide, 'period');
      await pointAndClick(card('period', '3'));
      await pointAndClick(continueButton(guide)!);
      await onStep(guide, 'method');
      await pointAndClick(card('method', 'online'));
      await pointAndClick(continueButton(guide)!);
      await onStep(guide, 'check');

      const review = visibleStep(guide);
      const rows = () => [...review.shadowRoot!.querySelectorAll('.row')].map((r) => [r.querySelector('dt')!.textContent!.trim(), r.querySelector('.value')!.textContent!.trim()]);
      expect(rows()).to.deep.equal([
        ['Full name', 'Nguyễn Thị Hoa'],
        ['Social insurance number', '7912345678'],
        ['Which applies to your household?', 'Near-poor household'],
        ['How often do you want to pay?', 'Every 3 months'],
        ['Income you pay on, in đồng a month', '1500000'],
        ['How do you want to pay?', 'Online now, by bank card, banking app or e-wallet'],
      ]);
      expect(continueButton(guide)!.textContent!.trim()).to.equal(en['guide.send']);
      const change = await axNode('care-step[name="check"] >>> .row:nth-of-type(3) button');
      expect(change).to.include({ role: 'button', name: 'Change Which applies to your household?' });

      await pointAndClick(review.shadowRoot!.querySelectorAll('.row button')[2]!);
      await onStep(guide, 'support');
      await pointAndClick(card('household', 'poor'));
      await pointAndClick(continueButton(guide)!);
      // Straight back to the review: the questions in between are answered.
      await onStep(guide, 'check');
      expect(rows()[2]).to.deep.equal(['Which applies to your household?', 'Poor household']);

      let sent: Record<string, string[]> | undefined;
      guide.addEventListener('care-guide-submit', (e) => {
        const { detail } = e as CustomEvent;
        sent = detail.answers;
        detail.waitUntil(new Promise((r) => setTimeout(r, 50)));
      });
      await pointAndClick(continueButton(guide)!);
      await waitUntil(() => continueButton(guide)?.textContent!.trim() === en['guide.sending'], 'no "Sending…" while waiting');
      await onStep(guide, 'pay-online');
      expect(sent).to.deep.equal({ fullName: ['Nguyễn Thị Hoa'], insuranceNumber: ['7912345678'], household: ['poor'], period: ['3'], income: ['1500000'], method: ['online'] });
      expect(stored('pointer'), 'progress is forgotten once sent').to.equal(undefined);
    });
  });

  describe('branching', () => {
    it('follows the answers: informational endings, and steps that appear and disappear', async () => {
      const guide = await mount(renderVneid('en', { guideId: 'branching' }));
      await proceed(guide, 'applied');
      await answer(guide, { applied: 'no' });
      await proceed(guide, 'go-to-police');
      expect(continueButton(guide), 'nothing follows the police step').to.equal(null);
      expect(visibleStep(guide).shadowRoot!.querySelector('[part="caption"]')!.textContent).to.contain('Step 3 of 3');
      backButton(guide)!.click();
      await onStep(guide, 'applied');
      await answer(guide, { applied: 'yes' });
      await proceed(guide, 'sms');
      await answer(guide, { sms: 'no' });
      await proceed(guide, 'wait');
      expect(continueButton(guide)).to.equal(null);
      backButton(guide)!.click();
      await onStep(guide, 'sms');
      await answer(guide, { sms: 'yes' });
      await proceed(guide, 'numbers');
    });

    it('skips steps whose conditions do not hold, and leaves their answers out', async () => {
      const guide = await mount(birth('branch-birth'));
      await proceed(guide, 'declarant');
      await answer(guide, { relation: 'grandparent', declarantName: 'Lò Văn Pợ', declarantId: '014045001234' });
      await proceed(guide, 'authorisation');
      await answer(guide, { authorisation: 'yes' });
      expect(guide.getAnswers().authorisation).to.deep.equal(['yes']);
      backButton(guide)!.click();
      await onStep(guide, 'declarant');
      await answer(guide, { relation: 'mother' });
      await proceed(guide, 'child');
      expect(guide.getAnswers()).not.to.have.property('authorisation');
      await answer(guide, { childName: 'Lò Thị Mai', birthDate: '2026-01-02', sex: 'female', birthPlace: 'Trạm y tế xã Chiềng Ngần' });
      await proceed(guide, 'parents');
      await answer(guide, { married: 'no', motherName: 'Lò Thị Hương', motherId: '014198001234' });
      await proceed(guide, 'result');
      await answer(guide, { delivery: 'office', phone: '0912345678' });
      await proceed(guide, 'check');
      await answer(guide, { declaration: 'yes' });
      expect(guide.getAnswers()).to.include.keys('motherName', 'delivery');
      expect(guide.getAnswers()).not.to.have.any.keys('fatherName', 'postAddress', 'authorisation');
      // The grandparent's tick is still in the form, should the person go back to it.
      expect(guide.querySelector<HTMLElement & { checked: boolean }>('care-checkbox[name="authorisation"]')!.checked).to.equal(true);
    });
  });

  describe('Back and Continue', () => {
    it('never loses what was typed, whichever way the person moves', async () => {
      const guide = await mount(renderSocialInsurance('en', { guideId: 'back-forth' }));
      await proceed(guide, 'number');
      field<CareTextField>(guide, 'fullName').focus();
      await sendKeys({ type: 'Trần Văn Bình' });
      // Back before finishing the step: nothing is checked, nothing is lost.
      backButton(guide)!.click();
      await onStep(guide, 'about');
      await proceed(guide, 'number');
      expect(field(guide, 'fullName').value).to.equal('Trần Văn Bình');
      field<CareTextField>(guide, 'insuranceNumber').focus();
      await sendKeys({ type: '0123456789' });
      await proceed(guide, 'support');
      await answer(guide, { household: 'other' });
      await proceed(guide, 'period');
      await answer(guide, { period: '12' });
      const income = field<CareTextField>(guide, 'income');
      income.value = '';
      income.focus();
      await sendKeys({ type: '2000000' });
      for (const step of ['support', 'number', 'about']) {
        backButton(guide)!.click();
        await onStep(guide, step);
      }
      for (const step of ['number', 'support', 'period']) await proceed(guide, step);
      expect(guide.getAnswers()).to.deep.equal({
        fullName: ['Trần Văn Bình'],
        insuranceNumber: ['0123456789'],
        household: ['other'],
        period: ['12'],
        income: ['2000000'],
      });
    });
  });

  describe("the browser's Back button (url-hash)", () => {
    let url: string;
    before(() => (url = location.href));
    afterEach(() => history.replaceState(null, '', url));

    const popped = () => new Promise((r) => addEventListener('popstate', r, { once: true }));

    it('gives each step a hash, and Back and Forward move between steps', async () => {
      const guide = await mount(renderVneid('en', { guideId: 'hash', urlHash: true }));
      expect(location.hash).to.equal('#before');
      await proceed(guide, 'applied');
      expect(location.hash).to.equal('#applied');
      await answer(guide, { applied: 'yes' });
      await proceed(guide, 'sms');
      expect(location.hash).to.equal('#sms');

      let pop = popped();
      history.back();
      await pop;
      await onStep(guide, 'applied');
      await waitUntil(() => isHeading(deepActive()!), 'focus did not follow the browser back');
      pop = popped();
      history.forward();
      await pop;
      await onStep(guide, 'sms');

      // The guide's own Back goes through history, so the browser's stays in step.
      pop = popped();
      backButton(guide)!.click();
      await pop;
      await onStep(guide, 'applied');
      expect(location.hash).to.equal('#applied');
    });

    it('does not open a step that is not reachable yet, and leaves other hashes alone', async () => {
      const guide = await mount(renderVneid('en', { guideId: 'hash-deep', urlHash: true }));
      await proceed(guide, 'applied');
      location.hash = '#activate';
      await new Promise((r) => setTimeout(r, 50));
      expect(currentStep(guide)).to.equal('applied');
      expect(location.hash).to.equal('#applied');
      location.hash = '#main-content';
      await new Promise((r) => setTimeout(r, 50));
      expect(currentStep(guide)).to.equal('applied');
      expect(location.hash, 'a hash that is not a step is the portal’s').to.equal('#main-content');
    });

    it('leaves the URL alone without url-hash', async () => {
      const guide = await mount(renderVneid('en', { guideId: 'no-hash' }));
      await proceed(guide, 'applied');
      expect(location.hash).to.equal('');
    });
  });

  describe('continue where you left off', () => {
    async function fillBirthRegistration(guide: CareStepGuide) {
      await proceed(guide, 'declarant');
      await answer(guide, { relation: 'father', declarantName: 'Hà Văn Tú' });
      field<HTMLElement>(guide, 'declarantId').focus();
      await sendKeys({ type: '008090001234' });
      await proceed(guide, 'child');
      await answer(guide, { childName: 'Hà Thị Ngọc Ánh', sex: 'female', birthPlace: 'Bệnh viện Đa khoa tỉnh Tuyên Quang' });
      const date = field<CareDateField>(guide, 'birthDate');
      date.focus();
      for (const part of ['3', '1', '2026']) {
        await sendKeys({ type: part });
        await sendKeys({ press: 'Tab' });
      }
      await proceed(guide, 'parents');
      await answer(guide, { married: 'yes', motherName: 'Nông Thị Lan', motherId: '008190005678' });
      await proceed(guide, 'father');
      await answer(guide, { fatherName: 'Hà Văn Tú', fatherId: '008090001234' });
      await proceed(guide, 'result');
      await answer(guide, { delivery: 'post', phone: '0987654321' });
      await proceed(guide, 'address');
      field<HTMLElement>(guide, 'postAddress').focus();
      await sendKeys({ type: 'Tổ 5, phường Minh Xuân' });
    }

    needs('accessibility-tree')('brings back the step and every answer after a reload, with one prompt for guide and forms', async () => {
      const first = await mount(birth('reload'));
      await fillBirthRegistration(first);
      const before = first.getAnswers();
      expect(before.birthDate).to.deep.equal(['2026-01-03']);
      first.remove();

      // A reload: a new element over the same storage.
      const guide = await mount(birth('reload'));
      expect(prompts()).to.have.length(1);
      const prompt = await axNode('care-step-guide >>> [part="prompt"]', false);
      expect(prompt).to.include({ role: 'group', name: en['guide.resume-title'] });
      expect(guide.steps.every((s) => s.hidden), 'no step before the choice').to.equal(true);
      expect(field(guide, 'postAddress').value).to.equal('');

      button(guide, en['guide.resume'])!.click();
      await onStep(guide, 'address');
      expect(prompts()).to.have.length(0);
      expect(field(guide, 'postAddress').value).to.equal('Tổ 5, phường Minh Xuân');
      expect(guide.getAnswers()).to.deep.equal(before);
      // Every earlier step shows what was typed, going back through them.
      for (const [step, name, value] of [
        ['result', 'phone', '+84987654321'],
        ['father', 'fatherId', '008090001234'],
        ['parents', 'motherName', 'Nông Thị Lan'],
        ['child', 'birthDate', '2026-01-03'],
        ['declarant', 'declarantId', '008090001234'],
      ]) {
        backButton(guide)!.click();
        await onStep(guide, step!);
        expect(field(guide, name!).value, name).to.equal(value);
      }
      for (const step of ['child', 'parents', 'father', 'result', 'address', 'check']) await proceed(guide, step);
      const rows = visibleStep(guide).shadowRoot!.querySelectorAll('.row');
      expect(rows.length).to.equal(Object.keys(before).length);
    });

    it('keeps a half-typed date through a reload', async () => {
      const first = await mount(birth('half-date'));
      await proceed(first, 'declarant');
      await answer(first, { relation: 'mother', declarantName: 'Vi Thị Sáu', declarantId: '020185000111' });
      await proceed(first, 'child');
      field<CareDateField>(first, 'birthDate').focus();
      await sendKeys({ type: '14' });
      first.save();
      first.remove();
      const guide = await mount(birth('half-date'));
      button(guide, en['guide.resume'])!.click();
      await onStep(guide, 'child');
      expect({ ...field<CareDateField>(guide, 'birthDate').parts }).to.deep.equal({ day: '14', month: '', year: '' });
    });

    it('starts again when asked, forgetting the saved answers', async () => {
      const first = await mount(renderSocialInsurance('en', { guideId: 'again' }));
      await proceed(first, 'number');
      await answer(first, { fullName: 'Đỗ Văn Nam' });
      first.save();
      first.remove();
      const guide = await mount(renderSocialInsurance('en', { guideId: 'again' }));
      let discarded = false;
      guide.addEventListener('care-draft-discard', () => (discarded = true));
      button(guide, en['guide.restart'])!.click();
      await onStep(guide, 'about');
      expect(discarded).to.equal(true);
      expect(stored('again')).to.equal(undefined);
      await proceed(guide, 'number');
      expect(field(guide, 'fullName').value).to.equal('');
    });

    it('offers to continue days later, and forgets after max-age-days', async () => {
      const clock = new ManualClock(Date.now());
      const restore = setClock(clock);
      try {
        const first = await mount(renderSocialInsurance('en', { guideId: 'days' }));
        await proceed(first, 'number');
        await answer(first, { fullName: 'Lê Thị Thu' });
        first.remove();
        clock.advance(3 * 864e5);
        let guide = await mount(renderSocialInsurance('en', { guideId: 'days' }));
        expect(prompts()).to.have.length(1);
        guide.remove();
        clock.advance(5 * 864e5);
        guide = await mount(renderSocialInsurance('en', { guideId: 'days' }));
        expect(prompts()).to.have.length(0);
        expect(currentStep(guide)).to.equal('about');
      } finally {
        restore();
      }
    });

    it('saves as the person types, without waiting for Continue', async () => {
      const guide = await mount(renderSocialInsurance('en', { guideId: 'typing' }));
      await proceed(guide, 'number');
      field<CareTextField>(guide, 'fullName').focus();
      await sendKeys({ type: 'Mai' });
      await waitUntil(() => stored('typing')?.answers.fullName?.[0] === 'Mai', 'not saved while typing', { timeout: 3000 });
      expect(stored('typing')!.step).to.equal('number');
    });
  });

  describe('a form draft inside a step', () => {
    it('claims the care-draft-claim of a form draft inside it', async () => {
      const guide = await mount(html`<care-step-guide guide-id="claim"><care-step heading="A"><div id="inner"></div></care-step></care-step-guide>`);
      const claim = new CustomEvent('care-draft-claim', { bubbles: true, composed: true, cancelable: true });
      guide.querySelector('#inner')!.dispatchEvent(claim);
      expect(claim.defaultPrevented).to.equal(true);
      const outside = new CustomEvent('care-draft-claim', { bubbles: true, composed: true, cancelable: true });
      document.body.dispatchEvent(outside);
      expect(outside.defaultPrevented).to.equal(false);
    });

    it('shows one prompt for the guide and a care-form-draft inside a step', async () => {
      await import('@caremode/forms/define/care-form-draft.js');
      const template = () => html`<care-step-guide guide-id="with-draft">
        <care-step name="one" heading="Họ tên"
          ><care-form-draft draft-id="inner-draft"
            ><form><care-text-field name="who" label="Họ và tên"></care-text-field></form></care-form-draft
        ></care-step>
        <care-step name="two" heading="Xong" kind="done"></care-step>
      </care-step-guide>`;
      const first = await mount(template());
      field<CareTextField>(first, 'who').focus();
      await sendKeys({ type: 'Lù Văn Sáng' });
      await new Promise((r) => setTimeout(r, 600));
      first.save();
      first.remove();
      expect(new PersistentRecord('form-draft', 'inner-draft').read(), 'the draft kept nothing of its own').to.equal(undefined);
      const guide = await mount(template());
      expect(prompts()).to.have.length(1);
      button(guide, en['guide.resume'])!.click();
      await onStep(guide, 'one');
      expect(field(guide, 'who').value).to.equal('Lù Văn Sáng');
    });
  });

  describe('sending', () => {
    async function toReview(guideId: string) {
      const guide = await mount(renderSocialInsurance('en', { guideId }));
      await proceed(guide, 'number');
      await answer(guide, { fullName: 'Phan Văn Khải', insuranceNumber: '0101010101' });
      await proceed(guide, 'support');
      await answer(guide, { household: 'other' });
      await proceed(guide, 'period');
      await answer(guide, { period: '1' });
      await proceed(guide, 'method');
      await answer(guide, { method: 'in-person' });
      await proceed(guide, 'check');
      return guide;
    }

    it('stays, keeps the answers and says so when sending fails; then sends on a second try', async () => {
      const guide = await toReview('send-fails');
      let attempt = 0;
      guide.addEventListener('care-guide-submit', (e) => {
        attempt++;
        (e as CustomEvent).detail.waitUntil(attempt === 1 ? Promise.reject(new Error('network')) : Promise.resolve());
      });
      continueButton(guide)!.click();
      await waitUntil(() => guide.shadowRoot!.querySelector('.failed'), 'no failure message');
      expect(guide.shadowRoot!.querySelector('.failed')!.getAttribute('role')).to.equal('alert');
      expect(currentStep(guide)).to.equal('check');
      expect(stored('send-fails')?.answers.fullName).to.deep.equal(['Phan Văn Khải']);
      continueButton(guide)!.click();
      await onStep(guide, 'pay-in-person');
      expect(stored('send-fails')).to.equal(undefined);
    });

    it('lets the portal cancel sending', async () => {
      const guide = await toReview('send-cancel');
      guide.addEventListener('care-guide-submit', (e) => e.preventDefault());
      continueButton(guide)!.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(currentStep(guide)).to.equal('check');
    });
  });

  describe('reading a step aloud in care mode', () => {
    let calls: { segments: ReadAloudSegment[] }[] = [];
    let respond: () => Promise<{ status: 'done' | 'refused' }> = async () => ({ status: 'done' });
    let unregister: () => void;
    beforeEach(() => {
      calls = [];
      const provider: ReadAloudProvider = {
        onDevice: true,
        read: async (segments) => {
          calls.push({ segments });
          return respond();
        },
        stop() {},
      };
      unregister = registerReadAloudProvider(provider);
    });
    afterEach(() => {
      unregister();
      respond = async () => ({ status: 'done' });
    });
    const said = (i: number) => calls[i]!.segments.map((s) => s.text).join(' ').replace(/\s+/g, ' ');

    it('reads each step as it opens, through core’s read-aloud service', async () => {
      getPreferencesStore().set({ careMode: true, readAloud: true });
      const guide = await mount(renderVneid('en', { guideId: 'read' }));
      expect(calls, 'not on page load').to.have.length(0);
      await proceed(guide, 'applied');
      await waitUntil(() => calls.length === 1, 'the step was not read');
      expect(said(0)).to.match(/^Step 2 of 5 ?: Applying at the police Have you already applied for a level-2 account at the police\?/);
      expect(said(0)).to.contain('Yes, I have applied');
      expect(said(0)).not.to.contain(en['guide.continue']);
    });

    it('does not read outside care mode, or when the person turned reading off', async () => {
      getPreferencesStore().set({ careMode: false, readAloud: true });
      let guide = await mount(renderVneid('en', { guideId: 'read-off' }));
      await proceed(guide, 'applied');
      getPreferencesStore().set({ careMode: true, readAloud: false });
      guide = await mount(renderVneid('en', { guideId: 'read-off-2' }));
      await proceed(guide, 'applied');
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).to.have.length(0);
    });

    for (const [what, reply] of [
      ['refuses speech', async () => ({ status: 'refused' as const })],
      ['rejects with not-allowed', () => Promise.reject(new DOMException('play() failed because the user didn’t interact with the document first', 'NotAllowedError'))],
    ] as const) {
      it(`offers a large Read aloud button when the browser ${what}`, async () => {
        getPreferencesStore().set({ careMode: true, readAloud: true });
        respond = reply as typeof respond;
        const guide = await mount(renderVneid('en', { guideId: `refused-${what}` }));
        await proceed(guide, 'applied');
        await waitUntil(() => button(guide, /Read aloud/), 'no Read aloud button');
        const read = button(guide, /Read aloud/)!;
        expect(read.getBoundingClientRect().height).to.be.at.least(60);
        respond = async () => ({ status: 'done' });
        await pointAndClick(read);
        await waitUntil(() => calls.length === 2, 'pressing the button did not read');
        expect(said(1)).to.contain('Applying at the police');
        await answer(guide, { applied: 'yes' });
        await proceed(guide, 'sms');
        expect(button(guide, /Read aloud/), 'a new step tries again').to.equal(undefined);
      });
    }
  });

  describe('axe on every step, default and care mode', () => {
    type Walk = { name: string; render: () => unknown; path: [string, Record<string, string>][] };
    const walks: Walk[] = [
      {
        name: 'VNeID, applied and activated',
        render: () => renderVneid('en', { guideId: 'axe-vneid' }),
        path: [
          ['before', {}],
          ['applied', { applied: 'yes' }],
          ['sms', { sms: 'yes' }],
          ['numbers', { idNumber: '001089012345', phone: '0912345678' }],
          ['activate', {}],
          ['done', {}],
        ],
      },
      { name: 'VNeID, not applied yet', render: () => renderVneid('en', { guideId: 'axe-vneid-no' }), path: [['before', {}], ['applied', { applied: 'no' }], ['go-to-police', {}]] },
      {
        name: 'VNeID, waiting for the text message',
        render: () => renderVneid('en', { guideId: 'axe-vneid-wait' }),
        path: [['before', {}], ['applied', { applied: 'yes' }], ['sms', { sms: 'no' }], ['wait', {}]],
      },
      {
        name: 'birth registration by a grandparent, by post',
        render: () => birth('axe-birth'),
        path: [
          ['before', {}],
          ['declarant', { relation: 'grandparent', declarantName: 'Hoàng Thị Nhung', declarantId: '006062001234' }],
          ['authorisation', { authorisation: 'yes' }],
          ['child', { childName: 'Hoàng Minh Khang', birthDate: '2026-01-05', sex: 'male', birthPlace: 'Trạm y tế xã Nà Phặc' }],
          ['parents', { married: 'yes', motherName: 'Nông Thị Hà', motherId: '006195004321' }],
          ['father', { fatherName: 'Hoàng Văn Đức', fatherId: '006093001122' }],
          ['result', { delivery: 'post', phone: '0345678901' }],
          ['address', { postAddress: 'Thôn Nà Phặc, xã Nà Phặc, tỉnh Bắc Kạn' }],
          ['check', { declaration: 'yes' }],
          ['sent', {}],
        ],
      },
      {
        name: 'voluntary social insurance, in person',
        render: () => renderSocialInsurance('en', { guideId: 'axe-insurance' }),
        path: [
          ['about', {}],
          ['number', { fullName: 'Vũ Thị Lan', insuranceNumber: '0123456789' }],
          ['support', { household: 'poor' }],
          ['period', { period: '6' }],
          ['method', { method: 'in-person' }],
          ['check', {}],
          ['pay-in-person', {}],
        ],
      },
    ];
    for (const careMode of [false, true]) {
      for (const walk of walks) {
        it(`${walk.name} — ${careMode ? 'care' : 'default'} mode`, async () => {
          await applyMode({ careMode, contrast: 'default' });
          const guide = await mount(walk.render());
          for (const [i, [step, values]] of walk.path.entries()) {
            await onStep(guide, step);
            await expectAccessible(guide, careMode, `${walk.name}: ${step}`);
            await answer(guide, values);
            if (i < walk.path.length - 1) continueButton(guide)!.click();
          }
        });
      }
    }

    it('the error summary of a step, and the prompt to continue', async () => {
      for (const careMode of [false, true]) {
        await applyMode({ careMode, contrast: 'default' });
        const guide = await mount(renderSocialInsurance('en', { guideId: `axe-errors-${careMode}` }));
        await proceed(guide, 'number');
        continueButton(guide)!.click();
        await waitUntil(() => visibleStep(guide).querySelector('care-error-summary')!.shadowRoot!.querySelector('a'));
        await expectAccessible(guide, careMode, 'error summary');
        guide.save();
        guide.remove();
        const again = await mount(renderSocialInsurance('en', { guideId: `axe-errors-${careMode}` }));
        expect(prompts()).to.have.length(1);
        await expectAccessible(again, careMode, 'prompt');
        again.remove();
      }
    });
  });
});
