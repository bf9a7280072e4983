import { careLocales, clearMyData, ManualClock, PersistentRecord, setClock } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import '../define/care-form-draft.js';
import '../define/care-text-field.js';
import '../define/care-error-summary.js';
import '../define/care-date-field.js';
import type { CareDateField } from '../date-field/date-field.js';
import type { CareTextField } from '../text-field/text-field.js';
import type { CareFormDraft, DraftData } from './form-draft.js';
import { formDraftExamples, renderFormDraft } from './form-draft.examples.js';
import { formDraftStrings as formDraftStringsEn } from './form-draft.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const formDraftStrings = withLocales(formDraftStringsEn);

describeExamples('care-form-draft', formDraftExamples, renderFormDraft);

const stored = (id: string) => new PersistentRecord<DraftData>('form-draft', id).read()?.data;

// A form with every kind of control a draft must bring back.
const birthForm = (id: string) => html`<care-form-draft draft-id=${id}>
  <form target="sink" action="about:blank">
    <care-text-field name="childName" label="Họ và tên của trẻ"></care-text-field>
    <care-text-field><label for="${id}-place">Nơi sinh</label><input id="${id}-place" name="place" /></care-text-field>
    <fieldset><legend>Giới tính</legend>
      <label><input type="radio" name="sex" value="f" /> Nữ</label><label><input type="radio" name="sex" value="m" /> Nam</label>
    </fieldset>
    <label><input type="checkbox" name="docs" value="birth-certificate" /> Giấy chứng sinh</label>
    <label><input type="checkbox" name="docs" value="marriage" /> Giấy đăng ký kết hôn</label>
    <label>Tỉnh <select name="province"><option value="">Chọn</option><option value="08">Tuyên Quang</option><option value="22">Quảng Ninh</option></select></label>
    <label>Mật khẩu <input type="password" name="password" /></label>
    <label>Mã xác nhận <input name="otp" autocomplete="one-time-code" /></label>
    <div data-care-sensitive><label>Ghi chú riêng <input name="note" /></label></div>
    <input type="hidden" name="csrf" value="token-1" />
    <button>Gửi</button>
  </form>
</care-form-draft>`;

async function fill(draft: CareFormDraft) {
  const form = draft.querySelector('form')!;
  const own = form.querySelector<CareTextField>('care-text-field[name="childName"]')!;
  own.focus();
  await sendKeys({ type: 'Lò Thị Mai' });
  (form.querySelector('input[name="place"]') as HTMLInputElement).focus();
  await sendKeys({ type: 'Trạm y tế xã' });
  (form.querySelector('input[value="f"]') as HTMLInputElement).click();
  (form.querySelector('input[value="marriage"]') as HTMLInputElement).click();
  const select = form.querySelector('select')!;
  select.value = '22';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  for (const name of ['password', 'otp', 'note']) {
    (form.querySelector(`input[name="${name}"]`) as HTMLInputElement).focus();
    await sendKeys({ type: 'bí mật' });
  }
}

describe('care-form-draft', () => {
  let sink: HTMLIFrameElement;
  before(() => {
    // Native submissions land in a frame, so the test page stays.
    sink = document.createElement('iframe');
    sink.name = 'sink';
    document.body.append(sink);
  });
  after(() => sink.remove());
  afterEach(() => clearMyData());

  it('keeps what is typed, a moment after each change, without secrets', async () => {
    const draft = await fixture<CareFormDraft>(birthForm('keep'));
    await fill(draft);
    await waitUntil(() => stored('keep')?.sex, 'nothing was saved', { timeout: 3000 });
    expect(stored('keep')).to.deep.equal({
      childName: ['Lò Thị Mai'],
      place: ['Trạm y tế xã'],
      sex: ['f'],
      docs: ['marriage'],
      province: ['22'],
    });
  });

  needs('accessibility-tree')('offers to continue after a reload, and brings every answer back', async () => {
    const first = await fixture<CareFormDraft>(birthForm('reload'));
    await fill(first);
    first.save();
    first.remove();
    const draft = await fixture<CareFormDraft>(birthForm('reload'));
    await draft.updateComplete;
    const ax = await axNode('care-form-draft >>> .prompt', false);
    expect(ax).to.include({ role: 'group', name: formDraftStrings.en['draft.title'] });
    const form = draft.querySelector('form')!;
    expect((form.querySelector('input[name="place"]') as HTMLInputElement).value).to.equal('');
    // By keyboard: Tab to "Continue where I left off" and press Enter.
    draft.shadowRoot!.querySelector('care-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await draft.updateComplete;
    expect(draft.shadowRoot!.querySelector('.prompt')).to.equal(null);
    const own = form.querySelector<CareTextField>('care-text-field[name="childName"]')!;
    await own.updateComplete;
    expect(own.value).to.equal('Lò Thị Mai');
    expect((form.querySelector('input[name="place"]') as HTMLInputElement).value).to.equal('Trạm y tế xã');
    expect((form.querySelector('input[value="f"]') as HTMLInputElement).checked).to.equal(true);
    expect((form.querySelector('input[value="marriage"]') as HTMLInputElement).checked).to.equal(true);
    expect((form.querySelector('input[value="birth-certificate"]') as HTMLInputElement).checked).to.equal(false);
    expect(form.querySelector('select')!.value).to.equal('22');
    expect((form.querySelector('input[name="password"]') as HTMLInputElement).value).to.equal('');
    expect((form.querySelector('input[name="csrf"]') as HTMLInputElement).value, 'hidden inputs keep the page’s own value').to.equal('token-1');
  });

  it('keeps a half-typed date, which the form would not submit yet', async () => {
    const template = () => html`<care-form-draft draft-id="half-date"><form><care-date-field name="born" label="Ngày sinh"></care-date-field></form></care-form-draft>`;
    const first = await fixture<CareFormDraft>(template());
    const date = first.querySelector<CareDateField>('care-date-field')!;
    await date.updateComplete;
    date.focus();
    await sendKeys({ type: '27' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    first.save();
    first.remove();
    const draft = await fixture<CareFormDraft>(template());
    await draft.updateComplete;
    draft.shadowRoot!.querySelector('care-button')!.click();
    const restored = draft.querySelector<CareDateField>('care-date-field')!;
    await restored.updateComplete;
    expect({ ...restored.parts }).to.deep.equal({ day: '27', month: '3', year: '' });
  });

  it('forgets the draft when the person starts again', async () => {
    new PersistentRecord<DraftData>('form-draft', 'again').write({ childName: ['An'] });
    const draft = await fixture<CareFormDraft>(birthForm('again'));
    draft.shadowRoot!.querySelectorAll('care-button')[1]!.click();
    await draft.updateComplete;
    expect(stored('again')).to.equal(undefined);
    expect(draft.querySelector<CareTextField>('care-text-field')!.value).to.equal('');
  });

  it('does not overwrite a waiting draft while the person has not chosen', async () => {
    new PersistentRecord<DraftData>('form-draft', 'wait').write({ childName: ['An'] });
    const draft = await fixture<CareFormDraft>(birthForm('wait'));
    draft.querySelector<CareTextField>('care-text-field')!.focus();
    await sendKeys({ type: 'x' });
    await new Promise((r) => setTimeout(r, 600));
    expect(stored('wait')).to.deep.equal({ childName: ['An'] });
  });

  it('lets drafts expire after max-age-days', async () => {
    const clock = new ManualClock(Date.now());
    const restore = setClock(clock);
    try {
      const first = await fixture<CareFormDraft>(html`<care-form-draft draft-id="old" max-age-days="2"><form><input name="a" aria-label="a" value="x" /></form></care-form-draft>`);
      first.save();
      first.remove();
      clock.advance(3 * 24 * 60 * 60 * 1000);
      const draft = await fixture<CareFormDraft>(html`<care-form-draft draft-id="old" max-age-days="2"><form><input name="a" aria-label="a" /></form></care-form-draft>`);
      expect(draft.shadowRoot!.querySelector('.prompt')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('is cleared by a submission that goes ahead, and kept when the error summary stops one', async () => {
    const draft = await fixture<CareFormDraft>(html`<care-form-draft draft-id="sent">
      <form target="sink" action="about:blank"><care-error-summary></care-error-summary>
        <input name="a" aria-label="a" required /><input name="b" aria-label="b" /><button>Gửi</button>
      </form></care-form-draft>`);
    const form = draft.querySelector('form')!;
    (form.querySelector('input[name="b"]') as HTMLInputElement).value = 'kept';
    draft.save();
    form.requestSubmit();
    expect(stored('sent'), 'an invalid form was not submitted').to.deep.equal({ a: [''], b: ['kept'] });
    (form.querySelector('input[name="a"]') as HTMLInputElement).value = 'ok';
    form.requestSubmit();
    expect(stored('sent')).to.equal(undefined);
  });

  it('works without storage: no error, no prompt', async () => {
    let size = 1024 * 1024;
    let i = 0;
    while (size >= 1 && i < 1000) {
      try {
        localStorage.setItem(`fill:${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    try {
      const draft = await fixture<CareFormDraft>(birthForm('full'));
      await fill(draft);
      expect(() => draft.save()).not.to.throw();
      expect(draft.shadowRoot!.querySelector('.prompt')).to.equal(null);
    } finally {
      for (let j = 0; j < i; j++) localStorage.removeItem(`fill:${j}`);
    }
  });

  it('asks in the page language, with the date in words', async () => {
    for (const locale of careLocales) {
      new PersistentRecord<DraftData>('form-draft', `lang-${locale}`).write({ a: ['x'] });
      const wrapper = await fixture(html`<div lang=${locale}><care-form-draft draft-id="lang-${locale}"><form><input name="a" aria-label="a" /></form></care-form-draft></div>`);
      const draft = wrapper.querySelector('care-form-draft')!;
      await draft.updateComplete;
      const text = draft.shadowRoot!.querySelector('.prompt')!.textContent!;
      expect(text).to.contain(formDraftStrings[locale]['draft.title']);
      expect(text).to.contain(formDraftStrings[locale]['draft.continue']);
      expect(text).to.match(/\d{4}|\d{1,2}/);
    }
  });
});
