import { careLocales, clearMyData } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '@caremode/forms/define/care-button.js';
import '@caremode/forms/define/care-checkbox.js';
import '@caremode/forms/define/care-date-field.js';
import '@caremode/forms/define/care-error-summary.js';
import '@caremode/forms/define/care-form-draft.js';
import '@caremode/forms/define/care-id-number-field.js';
import '@caremode/forms/define/care-phone-field.js';
import '@caremode/forms/define/care-radio-group.js';
import '@caremode/forms/define/care-text-field.js';
import type { CareErrorSummary, CareFormDraft, CareTextField } from '@caremode/forms';
import { renderBirthRegistration } from '../../stories/forms/birth-registration.js';

// The complete birth-registration form of the stories, used as a person would: every control,
// the error summary and the draft keeper together.
const settle = async (root: Element) => {
  for (const el of root.querySelectorAll('*')) await (el as { updateComplete?: Promise<unknown> }).updateComplete;
};
const problems = (s: CareErrorSummary) => [...s.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());

describe('birth registration form', () => {
  afterEach(() => clearMyData());

  it('lists all seven unanswered questions when sent empty, in every language', async () => {
    for (const locale of careLocales) {
      const draft = await fixture<CareFormDraft>(renderBirthRegistration(locale, `br-empty-${locale}`));
      draft.lang = locale;
      await settle(draft);
      const form = draft.querySelector('form')!;
      let sent = 0;
      form.addEventListener('submit', () => sent++);
      form.querySelector('care-button')!.click();
      const summary = form.querySelector('care-error-summary')!;
      await waitUntil(() => problems(summary).length > 0, `${locale}: no summary`);
      expect(problems(summary).length, `${locale}: ${problems(summary).join(' | ')}`).to.equal(7);
      expect(sent).to.equal(0);
      if (locale !== 'en') expect(problems(summary).join(' ')).not.to.match(/enter an answer|choose an answer|tick this box/);
    }
  });

  it('keeps a half-filled form through a reload and sends it once complete', async () => {
    let draft = await fixture<CareFormDraft>(renderBirthRegistration('vi', 'br-reload'));
    await settle(draft);
    const name = draft.querySelector<CareTextField>('care-text-field[name="childName"]')!;
    name.focus();
    await sendKeys({ type: 'Vàng Thị Mỷ' });
    draft.save();
    draft.remove();

    draft = await fixture<CareFormDraft>(renderBirthRegistration('vi', 'br-reload'));
    await settle(draft);
    draft.shadowRoot!.querySelector('care-button')!.click();
    await settle(draft);
    const form = draft.querySelector('form')!;
    expect(form.querySelector<CareTextField>('care-text-field[name="childName"]')!.value).to.equal('Vàng Thị Mỷ');

    const set = (selector: string, value: string) => {
      const el = form.querySelector(selector) as HTMLElement & { value: string };
      el.value = value;
    };
    set('care-date-field', '2026-10-02');
    set('care-radio-group', 'female');
    set('care-text-field[name="birthPlace"]', 'Trạm y tế xã Lũng Cú');
    set('care-id-number-field', '002190012345');
    set('care-phone-field', '0912 345 678');
    (form.querySelector('care-checkbox') as HTMLElement & { checked: boolean }).checked = true;
    await settle(form);
    const sent: [string, FormDataEntryValue][][] = [];
    form.addEventListener('submit', () => sent.push([...new FormData(form)]));
    form.querySelector('care-button')!.click();
    await waitUntil(() => sent.length === 1, 'the complete form was not sent');
    expect(Object.fromEntries(sent[0]!)).to.deep.equal({
      childName: 'Vàng Thị Mỷ',
      birthDate: '2026-10-02',
      sex: 'female',
      birthPlace: 'Trạm y tế xã Lũng Cú',
      parentIdNumber: '002190012345',
      phone: '+84912345678',
      declaration: 'yes',
    });
  });
});
