import { careLocales } from '@caremode/core';
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { axNode, emulateMedia } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import '../define/care-checkbox-group.js';
import '../define/care-button.js';
import { fieldStrings as fieldStringsEn } from '../internal/field.strings.js';
import { clickCard, errorText, expectTargetSizes, inputs, part, settle, shiftTab, tick } from '../radio-group/test-choice.js';
import { CareCheckboxGroup } from './checkbox-group.js';
import type { CareCheckbox } from './checkbox.js';
import { checkboxExamples, renderCheckbox } from './checkbox.examples.js';
import { checkboxStrings as checkboxStringsEn } from './checkbox.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const fieldStrings = withLocales(fieldStringsEn);
const checkboxStrings = withLocales(checkboxStringsEn);

describeExamples('care-checkbox', checkboxExamples, renderCheckbox);

runFormControlSuite({
  tag: 'care-checkbox',
  render: (o) => html`<care-checkbox id=${o.id} name=${o.name} value="yes" hint=${o.hint} ?required=${o.required}>${o.label}</care-checkbox>`,
  fill: (el) => clickCard(inputs(el)[0]!),
  filledValue: ['yes'],
  initialValue: [],
  role: 'checkbox',
  axSelector: (id) => `#${id} >>> input`,
});

runFormControlSuite({
  tag: 'care-checkbox (enhancing)',
  render: (o) => html`<care-checkbox id=${o.id} hint=${o.hint}>
    <input type="checkbox" id="${o.id}-input" name=${o.name} value="yes" ?required=${o.required} /><label for="${o.id}-input">${o.label}</label>
  </care-checkbox>`,
  fill: (el) => clickCard(inputs(el)[0]!),
  filledValue: ['yes'],
  initialValue: [],
  role: 'checkbox',
  axSelector: (id) => `#${id}-input`,
});

runFormControlSuite({
  tag: 'care-checkbox-group',
  render: (o) => html`<care-checkbox-group id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} ?required=${o.required}>
    <care-checkbox value="a">Giấy chứng sinh</care-checkbox><care-checkbox value="b">Sổ hộ khẩu</care-checkbox><care-checkbox value="c">Căn cước</care-checkbox>
  </care-checkbox-group>`,
  fill: async (el) => {
    await clickCard(inputs(el)[0]!);
    await clickCard(inputs(el)[2]!);
  },
  filledValue: ['a', 'c'],
  initialValue: [],
  role: 'group',
  // A disabled fieldset is left out of the snapshot the suite takes; its checkboxes carry the state.
  axSelector: (id) => `#${id} >>> fieldset:not(:disabled), #${id} >>> input:disabled`,
});

runFormControlSuite({
  tag: 'care-checkbox-group (enhancing)',
  render: (o) => html`<care-checkbox-group id=${o.id} hint=${o.hint} ?required=${o.required}>
    <fieldset>
      <legend>${o.label}</legend>
      <label><input type="checkbox" name=${o.name} value="a" /> Giấy chứng sinh</label>
      <label><input type="checkbox" name=${o.name} value="b" /> Sổ hộ khẩu</label>
      <label><input type="checkbox" name=${o.name} value="c" /> Căn cước</label>
    </fieldset>
  </care-checkbox-group>`,
  fill: async (el) => {
    await clickCard(inputs(el)[0]!);
    await clickCard(inputs(el)[2]!);
  },
  filledValue: ['a', 'c'],
  initialValue: [],
  role: 'group',
  axSelector: (id) => `#${id} fieldset:not(:disabled), #${id} input:disabled`,
});

const ownGroup = () => html`<care-checkbox-group label="Giấy tờ bạn có" name="docs" hint="Chọn tất cả">
  <care-checkbox value="birth" description="Của trẻ">Giấy chứng sinh</care-checkbox>
  <care-checkbox value="household" checked>Sổ hộ khẩu</care-checkbox>
  <care-checkbox value="id">Căn cước</care-checkbox>
</care-checkbox-group>`;

const enhancedGroup = () => html`<care-checkbox-group hint="Chọn tất cả">
  <fieldset>
    <legend>Giấy tờ bạn có</legend>
    <label><input type="checkbox" name="docs" value="birth" /> Giấy chứng sinh</label>
    <input type="checkbox" id="household" name="docs" value="household" checked /><label for="household">Sổ hộ khẩu</label>
    <label><input type="checkbox" name="docs" value="id" /> Căn cước</label>
  </fieldset>
</care-checkbox-group>`;

const ownSingle = () => html`<care-checkbox name="agree" value="yes" hint="Khai man là vi phạm pháp luật">Tôi xin cam đoan</care-checkbox>`;
const enhancedSingle = () => html`<care-checkbox hint="Khai man là vi phạm pháp luật">
  <input type="checkbox" id="agree" name="agree" value="yes" /><label for="agree">Tôi xin cam đoan</label>
</care-checkbox>`;

const groups = { 'own checkboxes': ownGroup, 'enhancing the portal’s checkboxes': enhancedGroup };
const singles = { 'own checkbox': ownSingle, 'enhancing the portal’s checkbox': enhancedSingle };

type Choice = CareCheckbox | CareCheckboxGroup;

async function setup(render: () => TemplateResult) {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="button" id="before">before</button>${render()}<button type="button" id="after">after</button><care-button type="submit">Gửi</care-button></form>`,
  );
  const el = form.querySelector<Choice>('care-checkbox-group, care-checkbox')!;
  await settle(el);
  return { form, el, boxes: inputs(el) };
}

const active = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

const submitAttempt = async (form: HTMLFormElement, el: Choice) => {
  let submitted = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted++;
  });
  form.querySelector('care-button')!.click();
  await tick();
  await settle(el);
  return submitted;
};

describe('care-checkbox-group', () => {
  afterEach(() => resetMouse());

  for (const [path, render] of Object.entries(groups)) {
    describe(path, () => {
      it('makes every box a tab stop, toggles with Space, and leaves the arrow keys alone', async () => {
        const { form, el, boxes } = await setup(render);
        form.querySelector<HTMLButtonElement>('#before')!.focus();
        for (const box of boxes) {
          await sendKeys({ press: 'Tab' });
          expect(active()).to.equal(box);
        }
        await sendKeys({ press: 'Tab' });
        expect(active()).to.equal(form.querySelector('#after'));
        await shiftTab();
        await sendKeys({ press: 'Space' });
        expect(el.value).to.deep.equal(['household', 'id']);
        await sendKeys({ press: 'ArrowUp' });
        expect(active()).to.equal(boxes[2]);
        expect(el.value).to.deep.equal(['household', 'id']);
        await sendKeys({ press: 'Space' });
        expect(el.value).to.deep.equal(['household']);
      });

      it('toggles by a tap anywhere on the card', async () => {
        const { el, boxes } = await setup(render);
        await clickCard(boxes[0]!);
        await clickCard(boxes[1]!, 'box');
        expect(el.value).to.deep.equal(['birth']);
        expect(boxes.map((b) => b.checked)).to.deep.equal([true, false, false]);
      });

      it('submits one entry per ticked box, never twice, and resets to the boxes ticked at first', async () => {
        const { form, el, boxes } = await setup(render);
        const events: string[] = [];
        // Each listener reads the value, as Vue's v-model and React's onInput do.
        const value = () => (el as CareCheckboxGroup).value.join('+');
        el.addEventListener('input', () => events.push(`input ${value()}`));
        el.addEventListener('change', () => events.push(`change ${value()}`));
        await clickCard(boxes[2]!);
        expect(events).to.deep.equal(['input household+id', 'change household+id']);
        expect(new FormData(form).getAll('docs')).to.deep.equal(['household', 'id']);
        (el as CareCheckboxGroup).value = ['birth'];
        expect(new FormData(form).getAll('docs')).to.deep.equal(['birth']);
        form.reset();
        await settle(el);
        expect(el.value).to.deep.equal(['household']);
        expect(new FormData(form).getAll('docs')).to.deep.equal(['household']);
        await settle(el);
        expect(inputs(el).map((b) => b.checked)).to.deep.equal([false, true, false]);
      });

      it('says nothing until the person leaves the group having unticked every box', async () => {
        const { form, el, boxes } = await setup(render);
        el.toggleAttribute('required', true);
        await settle(el);
        await clickCard(boxes[1]!);
        await settle(el);
        expect(errorText(el), 'still inside the group').to.equal('');
        boxes[1]!.focus();
        await sendKeys({ press: 'Tab' });
        await settle(el);
        expect(errorText(el), 'moving to the next box is not leaving').to.equal('');
        form.querySelector<HTMLButtonElement>('#after')!.focus();
        await settle(el);
        expect(errorText(el)).to.equal('Error: Giấy tờ bạn có: choose at least one');
        expect(part(el, 'error')!.querySelector('svg')).to.not.equal(null);
        const fieldset = el.querySelector('fieldset') ?? el.shadowRoot!.querySelector('fieldset')!;
        expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
        await clickCard(boxes[0]!);
        await settle(el);
        expect(errorText(el)).to.equal('');
      });

      it('has cards of at least the target size, with the target gap, in default and care mode', async () => {
        const { el } = await setup(render);
        await expectTargetSizes(el);
      });
    });
  }

  needs('accessibility-tree')('is a group named by its legend, described by its hint; each box has its name, description and state', async () => {
    const { el } = await setup(ownGroup);
    el.id = 'cg1';
    expect(await axNode('#cg1 >>> fieldset')).to.include({ role: 'group', name: 'Giấy tờ bạn có', description: 'Chọn tất cả' });
    expect(await axNode('#cg1 >>> input[value="birth"]')).to.include({ role: 'checkbox', name: 'Giấy chứng sinh', description: 'Của trẻ', checked: false });
    expect(await axNode('#cg1 >>> input[value="household"]')).to.include({ checked: true });
  });

  it('shows every error on a submit attempt and lets form.reportValidity() focus the first box', async () => {
    const { form, el, boxes } = await setup(() => html`<care-checkbox-group label="Giấy tờ" name="d" required>
      <care-checkbox value="a">A</care-checkbox><care-checkbox value="b">B</care-checkbox>
    </care-checkbox-group>`);
    expect(await submitAttempt(form, el)).to.equal(0);
    expect(errorText(el)).to.equal('Error: Giấy tờ: choose at least one');
    expect(form.reportValidity()).to.equal(false);
    expect(active()).to.equal(boxes[0]);
  });

  it('keeps what was ticked when the server sends an error, and drops the error on a change', async () => {
    const { form, el, boxes } = await setup(ownGroup);
    el.setAttribute('error-message', 'Thiếu giấy tờ tùy thân');
    await settle(el);
    expect(errorText(el)).to.contain('Thiếu giấy tờ tùy thân');
    expect(new FormData(form).getAll('docs')).to.deep.equal(['household']);
    await clickCard(boxes[2]!);
    await settle(el);
    expect(errorText(el)).to.equal('');
    expect(el.validity.valid).to.equal(true);
  });

  it('turns boxes that rendered before the group was defined into its options', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><late-checkbox-group label="Muộn" name="late">
      <care-checkbox value="a">A</care-checkbox><care-checkbox value="b" checked>B</care-checkbox>
    </late-checkbox-group></form>`);
    const boxes = [...form.querySelectorAll('care-checkbox')];
    await settle(boxes[0]!);
    expect(boxes[0]!.shadowRoot!.querySelector('input'), 'alone, a box renders its own input').to.not.equal(null);
    customElements.define('late-checkbox-group', class extends CareCheckboxGroup {});
    const group = form.querySelector<CareCheckboxGroup>('late-checkbox-group')!;
    await settle(group);
    await settle(boxes[0]!);
    expect(boxes.map((b) => b.shadowRoot!.querySelector('input'))).to.deep.equal([null, null]);
    expect(inputs(group)).to.have.length(2);
    expect([...new FormData(form)]).to.deep.equal([['late', 'b']]);
  });

  it('does not submit its boxes on their own', async () => {
    const { form } = await setup(ownGroup);
    expect([...new FormData(form)]).to.deep.equal([['docs', 'household']]);
    expect(form.querySelectorAll('care-checkbox')[0]!.shadowRoot!.querySelector('input'), 'an option renders no input').to.equal(null);
  });
});

describe('care-checkbox', () => {
  afterEach(() => resetMouse());

  for (const [path, render] of Object.entries(singles)) {
    describe(path, () => {
      it('toggles with Space and a tap anywhere on the card', async () => {
        const { form, el, boxes } = await setup(render);
        form.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(active()).to.equal(boxes[0]);
        await sendKeys({ press: 'Space' });
        expect((el as CareCheckbox).checked).to.equal(true);
        expect([...new FormData(form)]).to.deep.equal([['agree', 'yes']]);
        await clickCard(boxes[0]!);
        expect((el as CareCheckbox).checked).to.equal(false);
        expect([...new FormData(form)]).to.deep.equal([]);
      });

      it('must be ticked when required: error on leaving after unticking, and on a submit attempt', async () => {
        const { form, el, boxes } = await setup(render);
        el.toggleAttribute('required', true);
        await settle(el);
        expect(await submitAttempt(form, el)).to.equal(0);
        expect(errorText(el)).to.equal('Error: Tôi xin cam đoan: tick this box');
        await clickCard(boxes[0]!);
        await settle(el);
        expect(errorText(el)).to.equal('');
        await clickCard(boxes[0]!);
        await settle(el);
        expect(errorText(el), 'not while the person is still on it').to.equal('');
        form.querySelector<HTMLButtonElement>('#after')!.focus();
        await settle(el);
        expect(errorText(el)).to.equal('Error: Tôi xin cam đoan: tick this box');
        expect(boxes[0]!.getAttribute('aria-invalid')).to.equal('true');
        expect(boxes[0]!.getAttribute('aria-describedby')!.split(' ')).to.include(part(el, 'error')!.id);
      });

      needs('accessibility-tree')('is named by its text and described by its hint', async () => {
        const { el, boxes } = await setup(render);
        el.id = 'c1';
        boxes[0]!.setAttribute('data-probe', '');
        const ax = await axNode('#c1 [data-probe], #c1 >>> [data-probe]');
        expect(ax).to.include({ role: 'checkbox', name: 'Tôi xin cam đoan', description: 'Khai man là vi phạm pháp luật', checked: false });
        el.toggleAttribute('required', true);
        await settle(el);
        // Chromium does not expose "required" on checkboxes; other browsers read these.
        expect(boxes[0]!.required || boxes[0]!.getAttribute('aria-required') === 'true').to.equal(true);
      });

      it('has a card of at least the target size in default and care mode', async () => {
        const { el } = await setup(render);
        await expectTargetSizes(el);
      });
    });
  }

  it('keeps the portal’s checkbox to submit itself, puts validity on it, and works the same without JavaScript', async () => {
    const { form, el, boxes } = await setup(() => html`<care-checkbox>
      <input type="checkbox" id="c2" name="agree" value="yes" required /><label for="c2">Tôi xin cam đoan</label>
    </care-checkbox>`);
    expect(el.shadowRoot!.querySelector('input'), 'no second checkbox').to.equal(null);
    expect(el.required).to.equal(true);
    expect(boxes[0]!.validationMessage).to.equal('Tôi xin cam đoan: tick this box');
    expect(form.reportValidity()).to.equal(false);
    expect(document.activeElement).to.equal(boxes[0]);
    (el as CareCheckbox).checked = true;
    expect([...new FormData(form)]).to.deep.equal([['agree', 'yes']]);
    expect(boxes[0]!.closest('label')!.htmlFor, 'the input moved into its own label').to.equal('c2');
  });

  needs('media-emulation')('shows the tick and a thicker border when ticked, a focus ring, and follows forced colours and reduced motion', async () => {
    const { form, boxes } = await setup(ownSingle);
    const box = boxes[0]!;
    const drawn = box.nextElementSibling!;
    const width = parseFloat(getComputedStyle(box).borderTopWidth);
    expect(getComputedStyle(drawn, '::after').content).to.equal('none');
    form.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const style = getComputedStyle(box);
    expect([style.outlineWidth, style.outlineStyle]).to.deep.equal(['3px', 'solid']);
    expect(parseFloat(style.borderTopWidth)).to.equal(width * 2);
    expect(getComputedStyle(drawn, '::after').content, 'a tick').to.equal('""');
    await emulateMedia({ 'forced-colors': 'active' });
    try {
      expect(getComputedStyle(drawn).forcedColorAdjust).to.equal('none');
    } finally {
      await emulateMedia({});
    }
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    try {
      expect(getComputedStyle(box).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({});
    }
  });

  it('says every built-in message in the page language, with no English left', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}>
        <care-checkbox required>X</care-checkbox>
        <care-checkbox-group label="Y" required><care-checkbox value="1">1</care-checkbox></care-checkbox-group>
      </div>`);
      const single = wrapper.querySelector<CareCheckbox>('care-checkbox')!;
      const group = wrapper.querySelector<CareCheckboxGroup>('care-checkbox-group')!;
      single.reportValidity();
      group.reportValidity();
      await settle(single);
      await settle(group);
      const prefix = fieldStrings[locale]['field.error-prefix'];
      const strings = checkboxStrings[locale];
      expect(errorText(single)).to.equal(`${prefix} ${strings['checkbox.required'].replace('{label}', 'X')}`);
      expect(errorText(group)).to.equal(`${prefix} ${strings['checkbox-group.required'].replace('{label}', 'Y')}`);
      if (locale !== 'en') expect(errorText(single) + errorText(group)).not.to.match(/tick|choose|least|Error/);
    }
  });

  it('renders safely with odd attribute values and odd markup', async () => {
    const { form, el } = await setup(() => html`<care-checkbox name="x" value=${'"<b>'} description=${'d'.repeat(2000)} checked="false" required="no">
      <b>Đậm</b> và <i>nghiêng</i>
    </care-checkbox>`);
    const box = el as CareCheckbox;
    expect(box.checked, 'a present checked attribute means checked, as on a native checkbox').to.equal(true);
    expect(new FormData(form).getAll('x')).to.deep.equal(['"<b>']);
    box.checked = 'yes' as unknown as boolean;
    expect(box.checked).to.equal(true);
    const group = await fixture<CareCheckboxGroup>(html`<care-checkbox-group label="Trống" name="g"></care-checkbox-group>`);
    for (const odd of [undefined, null, 'a', 3, {}] as unknown as string[][]) group.value = odd;
    expect(group.value).to.deep.equal([]);
    group.focus();
    const unlabeled = await fixture<CareCheckbox>(html`<care-checkbox><input type="checkbox" name="u" /></care-checkbox>`);
    await settle(unlabeled);
    expect(unlabeled.querySelector('label[data-care-part="option"] > input')).to.not.equal(null);
    const nested = await fixture<CareCheckboxGroup>(html`<care-checkbox-group label="G" name="n">
      <care-checkbox>không có value</care-checkbox><div><care-checkbox value="deep">Lồng sâu</care-checkbox></div>
    </care-checkbox-group>`);
    await settle(nested);
    expect(inputs(nested)).to.have.length(1);
  });
});
