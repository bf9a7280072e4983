import { careLocales } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import '../define/care-error-summary.js';
import '../define/care-text-field.js';
import '../define/care-button.js';
import type { CareTextField } from '../text-field/text-field.js';
import type { CareErrorSummary } from './error-summary.js';
import { errorSummaryExamples, renderErrorSummary } from './error-summary.examples.js';
import { errorSummaryStrings as errorSummaryStringsEn } from './error-summary.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const errorSummaryStrings = withLocales(errorSummaryStringsEn);

describeExamples('care-error-summary', errorSummaryExamples, renderErrorSummary);

const links = (s: CareErrorSummary) => [...s.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
const tick = () => new Promise((r) => setTimeout(r, 0));

async function setup() {
  const form = await fixture<HTMLFormElement>(html`<form>
    <care-error-summary></care-error-summary>
    <care-text-field id="name" name="name" label="Họ và tên" required></care-text-field>
    <care-text-field name="email" label="Email" type="email" value="lan@"></care-text-field>
    <care-text-field hint="Như trên giấy chứng sinh">
      <label for="place">Nơi sinh</label><input id="place" name="place" required />
    </care-text-field>
    <care-button type="submit">Gửi</care-button>
  </form>`);
  const submitted: number[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(1);
  });
  return { form, summary: form.querySelector('care-error-summary')!, submitted };
}

describe('care-error-summary', () => {
  it('takes over from the browser’s bubbles by setting novalidate on its form', async () => {
    const { form } = await setup();
    expect(form.noValidate).to.equal(true);
  });

  needs('accessibility-tree')('lists every problem in order on a failed submit, blocks it and takes focus', async () => {
    const { form, summary, submitted } = await setup();
    form.querySelector('care-button')!.click();
    await tick();
    await summary.updateComplete;
    expect(submitted).to.deep.equal([]);
    expect(links(summary)).to.deep.equal(['Họ và tên: enter an answer', 'Email: Enter an email address like name@example.com', 'Nơi sinh: enter an answer']);
    await waitUntil(() => summary.shadowRoot!.activeElement?.classList.contains('summary'));
    const ax = await axNode('care-error-summary >>> .summary', false);
    expect(ax).to.include({ role: 'group', name: 'There is a problem' });
    // Each field shows its own error too.
    expect((form.querySelector('#name') as CareTextField).errorText).to.contain('enter an answer');
  });

  it('moves focus to the field when a link is followed, by keyboard', async () => {
    const { form, summary } = await setup();
    form.querySelector('care-button')!.click();
    await tick();
    await summary.updateComplete;
    await waitUntil(() => summary.shadowRoot!.activeElement);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const field = form.querySelector('#name') as CareTextField;
    expect(field.shadowRoot!.activeElement).to.equal(field.control);
    summary.shadowRoot!.querySelectorAll('a')[2]!.click();
    expect(document.activeElement).to.equal(form.querySelector('#place'));
  });

  it('updates as problems are fixed, then says everything is fine', async () => {
    const { form, summary } = await setup();
    form.querySelector('care-button')!.click();
    await tick();
    await summary.updateComplete;
    (form.querySelector('#name') as CareTextField).focus();
    await sendKeys({ type: 'Lò Văn Páo' });
    await summary.updateComplete;
    expect(links(summary).length).to.equal(2);
    const email = form.querySelectorAll('care-text-field')[1] as CareTextField;
    email.focus();
    await sendKeys({ type: 'example.vn' });
    (form.querySelector('#place') as HTMLInputElement).focus();
    await sendKeys({ type: 'Hà Giang' });
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('.fixed')!.textContent).to.equal(errorSummaryStrings.en['summary.fixed']);
  });

  it('names a radio by its question, not by its option', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <care-error-summary></care-error-summary>
      <fieldset><legend>Giới tính của trẻ</legend>
        <label><input type="radio" name="sex" value="f" required /> Nữ</label><label><input type="radio" name="sex" value="m" /> Nam</label>
      </fieldset>
    </form>`);
    const summary = form.querySelector('care-error-summary')!;
    summary.validate();
    await summary.updateComplete;
    expect(links(summary)[0]).to.match(/^Giới tính của trẻ: /);
  });

  it('lets a valid form submit untouched', async () => {
    const { form, submitted } = await setup();
    for (const [i, v] of ['An', 'an@example.vn'].entries()) (form.querySelectorAll('care-text-field')[i] as CareTextField).value = v;
    (form.querySelector('#place') as HTMLInputElement).value = 'Huế';
    await tick();
    form.querySelector('care-button')!.click();
    await tick();
    expect(submitted).to.deep.equal([1]);
  });

  it('watches a form named by `for`, and never throws without one', async () => {
    const wrapper = await fixture(html`<div>
      <care-error-summary for="f"></care-error-summary>
      <form id="f"><care-text-field name="a" label="A" required></care-text-field></form>
      <care-error-summary for="nowhere"></care-error-summary>
    </div>`);
    const [summary, orphan] = wrapper.querySelectorAll('care-error-summary');
    expect(summary!.validate()).to.equal(false);
    await summary!.updateComplete;
    expect(links(summary!)).to.deep.equal(['A: enter an answer']);
    expect(orphan!.validate()).to.equal(true);
  });

  it('speaks the page language', async () => {
    for (const locale of careLocales) {
      const form = await fixture<HTMLFormElement>(html`<form lang=${locale}>
        <care-error-summary heading-level="9"></care-error-summary><care-text-field name="a" label="A" required></care-text-field>
      </form>`);
      const summary = form.querySelector('care-error-summary')!;
      summary.validate();
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(errorSummaryStrings[locale]['summary.title']);
      expect(summary.shadowRoot!.querySelector('.title')!.getAttribute('aria-level')).to.equal('6');
    }
  });
});
