import { careLocales } from '@caremode/core';
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { axNode, emulateMedia } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import '../define/care-radio-group.js';
import '../define/care-button.js';
import { fieldStrings as fieldStringsEn } from '../internal/field.strings.js';
import { radioGroupExamples, renderRadioGroup } from './radio-group.examples.js';
import type { CareRadioGroup } from './radio-group.js';
import { radioGroupStrings as radioGroupStringsEn } from './radio-group.strings.js';
import { clickCard, shiftTab, errorText, expectTargetSizes, inputs, part, settle, tick } from './test-choice.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { engine, needs } from '../../../../test/helpers/engines.js';

const fieldStrings = withLocales(fieldStringsEn);
const radioGroupStrings = withLocales(radioGroupStringsEn);

describeExamples('care-radio-group', radioGroupExamples, renderRadioGroup);

runFormControlSuite({
  tag: 'care-radio-group',
  render: (o) => html`<care-radio-group id=${o.id} name=${o.name} label=${o.label} hint=${o.hint} ?required=${o.required}>
    <care-radio value="hn">Hà Nội</care-radio><care-radio value="hcm">TP. Hồ Chí Minh</care-radio>
  </care-radio-group>`,
  fill: (el) => clickCard(inputs(el)[1]!),
  filledValue: ['hcm'],
  initialValue: [],
  role: 'radiogroup',
  // A disabled fieldset is left out of the snapshot the suite takes; its radios carry the state.
  axSelector: (id) => `#${id} >>> fieldset:not(:disabled), #${id} >>> input:disabled`,
});

runFormControlSuite({
  tag: 'care-radio-group (enhancing)',
  render: (o) => html`<care-radio-group id=${o.id} hint=${o.hint}>
    <fieldset>
      <legend>${o.label}</legend>
      <label><input type="radio" name=${o.name} value="hn" ?required=${o.required} /> Hà Nội</label>
      <label><input type="radio" name=${o.name} value="hcm" ?required=${o.required} /> TP. Hồ Chí Minh</label>
    </fieldset>
  </care-radio-group>`,
  fill: (el) => clickCard(inputs(el)[1]!),
  filledValue: ['hcm'],
  initialValue: [],
  role: 'radiogroup',
  axSelector: (id) => `#${id} fieldset:not(:disabled), #${id} input:disabled`,
});

const own = (extra: TemplateResult | string = '') =>
  html`<care-radio-group label="Hình thức nhận kết quả" name="delivery" hint="Chọn một">
    <care-radio value="post" description="Trả cước khi nhận">Qua bưu điện</care-radio>
    <care-radio value="office">Tại bộ phận một cửa</care-radio>
    <care-radio value="online">Trực tuyến</care-radio>${extra}
  </care-radio-group>`;

const enhanced = () => html`<care-radio-group hint="Chọn một">
  <fieldset>
    <legend>Hình thức nhận kết quả</legend>
    <label><input type="radio" name="delivery" value="post" /> Qua bưu điện</label>
    <input type="radio" id="office" name="delivery" value="office" /><label for="office">Tại bộ phận một cửa</label>
    <label><input type="radio" name="delivery" value="online" /> Trực tuyến</label>
  </fieldset>
</care-radio-group>`;

const paths = { 'own radios': own, 'enhancing the portal’s radios': enhanced };

/** A group between two buttons, in a form, so Tab has somewhere to come from and go to. */
async function setup(render: () => TemplateResult) {
  const form = await fixture<HTMLFormElement>(html`<form><button type="button" id="before">before</button>${render()}<button type="button" id="after">after</button></form>`);
  const group = form.querySelector('care-radio-group')!;
  await settle(group);
  return { form, group, radios: inputs(group) };
}

const active = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

describe('care-radio-group', () => {
  afterEach(() => resetMouse());

  for (const [path, render] of Object.entries(paths)) {
    describe(`keyboard, ${path}`, () => {
      it('is one tab stop: the first radio when none is chosen, from either side', async () => {
        const { form, radios } = await setup(render);
        form.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(active()).to.equal(radios[0]);
        await sendKeys({ press: 'Tab' });
        expect(active()).to.equal(form.querySelector('#after'));
        await shiftTab();
        expect(active(), 'Shift+Tab comes back to the first, as the ARIA pattern asks').to.equal(radios[0]);
      });

      it('is one tab stop: the chosen radio', async () => {
        const { form, group, radios } = await setup(render);
        (group as CareRadioGroup).value = 'online';
        await settle(group);
        form.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(active()).to.equal(radios[2]);
        await sendKeys({ press: 'Tab' });
        expect(active()).to.equal(form.querySelector('#after'));
        await shiftTab();
        expect(active()).to.equal(radios[2]);
      });

      it('moves and chooses with the arrow keys, wrapping at both ends', async () => {
        const { group, radios } = await setup(render);
        const el = group as CareRadioGroup;
        radios[0]!.focus();
        await sendKeys({ press: 'ArrowDown' });
        expect([active(), el.value]).to.deep.equal([radios[1], 'office']);
        await sendKeys({ press: 'ArrowRight' });
        expect([active(), el.value]).to.deep.equal([radios[2], 'online']);
        await sendKeys({ press: 'ArrowDown' });
        expect([active(), el.value], 'wraps to the first').to.deep.equal([radios[0], 'post']);
        await sendKeys({ press: 'ArrowUp' });
        expect([active(), el.value], 'wraps to the last').to.deep.equal([radios[2], 'online']);
        await sendKeys({ press: 'ArrowLeft' });
        expect([active(), el.value]).to.deep.equal([radios[1], 'office']);
        expect(radios.filter((r) => r.checked)).to.deep.equal([radios[1]]);
        await settle(group);
        expect(radios.map((r) => r.tabIndex), 'the chosen radio is the tab stop').to.deep.equal([-1, 0, -1]);
      });

      it('chooses the focused radio with Space', async () => {
        const { form, group } = await setup(render);
        form.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        expect((group as CareRadioGroup).value).to.equal('post');
      });

      it('chooses by a tap anywhere on the card and keeps the other cards unchosen', async () => {
        const { group, radios } = await setup(render);
        await clickCard(radios[1]!);
        expect((group as CareRadioGroup).value).to.equal('office');
        await clickCard(radios[2]!, 'box');
        expect((group as CareRadioGroup).value).to.equal('online');
        expect(radios.map((r) => r.checked)).to.deep.equal([false, false, true]);
      });

      it('has cards of at least the target size, with the target gap, in default and care mode', async () => {
        const { group } = await setup(render);
        await expectTargetSizes(group);
      });
    });
  }

  it('skips options that are not available with the arrow keys', async () => {
    const { group, radios } = await setup(() => html`<care-radio-group label="A" name="a">
      <care-radio value="1">Một</care-radio><care-radio value="2" disabled>Hai</care-radio><care-radio value="3">Ba</care-radio>
    </care-radio-group>`);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect((group as CareRadioGroup).value).to.equal('3');
    expect(active()).to.equal(radios[2]);
  });

  it('ignores arrow keys with modifiers, which belong to the browser and screen readers', async () => {
    const { group, radios } = await setup(own);
    radios[0]!.focus();
    let prevented: boolean | undefined;
    const seen = (e: KeyboardEvent) => (prevented = e.key === 'ArrowDown' ? e.defaultPrevented : prevented);
    window.addEventListener('keydown', seen);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    window.removeEventListener('keydown', seen);
    expect(prevented, 'the key is left to the browser').to.equal(false);
    // What the browser then does is its own: WebKit's native radios take Alt+Arrow as a plain
    // arrow on any page (its radio keydown checks no modifier; Chromium's and Firefox's do).
    expect((group as CareRadioGroup).value).to.equal(engine === 'webkit' ? 'office' : '');
  });

  describe('in Chromium’s accessibility tree', () => {
    needs('accessibility-tree')('is a radio group named by its legend and described by its hint; each radio has its name, description and state', async () => {
      const { group } = await setup(own);
      group.id = 'ax1';
      expect(await axNode('#ax1 >>> fieldset')).to.include({ role: 'radiogroup', name: 'Hình thức nhận kết quả', description: 'Chọn một' });
      const first = await axNode('#ax1 >>> input[value="post"]');
      expect(first).to.include({ role: 'radio', name: 'Qua bưu điện', description: 'Trả cước khi nhận', checked: false });
      await clickCard(inputs(group)[0]!);
      expect(await axNode('#ax1 >>> input[value="post"]')).to.include({ checked: true });
    });

    needs('accessibility-tree')('keeps the portal’s radios named by their labels, and describes the fieldset', async () => {
      const { group } = await setup(enhanced);
      group.id = 'ax2';
      expect(await axNode('#ax2 fieldset')).to.include({ role: 'radiogroup', name: 'Hình thức nhận kết quả', description: 'Chọn một' });
      expect(await axNode('#office')).to.include({ role: 'radio', name: 'Tại bộ phận một cửa', checked: false });
    });
  });

  describe('errors appear only after leaving or submitting', () => {
    for (const [path, render] of Object.entries(paths)) {
      it(`says nothing while moving through the options, shows the error on a submit attempt, clears it on choosing (${path})`, async () => {
        const { form, group, radios } = await setup(() =>
          html`<div>${render()}</div><care-button type="submit">Gửi</care-button>`,
        );
        group.toggleAttribute('required', true);
        await settle(group);
        let submitted = 0;
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          submitted++;
        });
        radios[0]!.focus();
        await sendKeys({ press: 'Tab' });
        await shiftTab();
        await settle(group);
        expect(errorText(group), 'nothing chosen, nothing said yet').to.equal('');
        form.querySelector('care-button')!.click();
        await tick();
        await settle(group);
        expect(submitted).to.equal(0);
        expect(errorText(group)).to.equal(`${fieldStrings.en['field.error-prefix']} Hình thức nhận kết quả: choose an answer`);
        expect(part(group, 'error')!.querySelector('svg'), 'an icon, not colour alone').to.not.equal(null);
        expect(group.matches(':state(user-invalid)')).to.equal(true);
        const fieldset = group.querySelector('fieldset') ?? group.shadowRoot!.querySelector('fieldset')!;
        expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
        expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include(part(group, 'error')!.id);
        await clickCard(radios[1]!);
        await settle(group);
        expect(errorText(group)).to.equal('');
        expect(group.hasAttribute('data-user-invalid')).to.equal(false);
      });
    }

    needs('accessibility-tree')('lets form.reportValidity() focus the first radio and says "Error:" before the message', async () => {
      const { form, group, radios } = await setup(() => html`<care-radio-group id="ax3" label="Giới tính" name="sex" required>
        <care-radio value="f">Nữ</care-radio><care-radio value="m">Nam</care-radio>
      </care-radio-group>`);
      expect(form.reportValidity()).to.equal(false);
      expect(active()).to.equal(radios[0]);
      await settle(group);
      const ax = await axNode('#ax3 >>> fieldset');
      expect(ax).to.include({ description: 'Error: Giới tính: choose an answer', invalid: 'true', required: true });
    });

    it('shows a server error at once, keeps what was chosen, and drops the error on a new choice', async () => {
      const { form, group, radios } = await setup(() => own(html`<care-radio value="pickup" checked>Tự đến lấy</care-radio>`));
      group.setAttribute('error-message', 'Không còn nhận tại chỗ');
      await settle(group);
      expect(errorText(group)).to.contain('Không còn nhận tại chỗ');
      expect((group as CareRadioGroup).value).to.equal('pickup');
      expect(new FormData(form).getAll('delivery')).to.deep.equal(['pickup']);
      expect((group as CareRadioGroup).validity.customError).to.equal(true);
      await clickCard(radios[0]!);
      await settle(group);
      expect(errorText(group)).to.equal('');
      expect((group as CareRadioGroup).validity.valid).to.equal(true);
    });
  });

  describe('in a form', () => {
    it('submits the chosen value once, sends input and change from the host, and resets to the checked option', async () => {
      const { form, group, radios } = await setup(() => own(html`<care-radio value="pickup" checked>Tự đến lấy</care-radio>`));
      const events: string[] = [];
      // Each listener reads the value, as Vue's v-model and React's onInput do.
      const value = () => (group as CareRadioGroup).value;
      group.addEventListener('input', () => events.push(`input ${value()}`));
      group.addEventListener('change', () => events.push(`change ${value()}`));
      expect([...new FormData(form)]).to.deep.equal([['delivery', 'pickup']]);
      await clickCard(radios[1]!);
      expect(events).to.deep.equal(['input office', 'change office']);
      expect([...new FormData(form)]).to.deep.equal([['delivery', 'office']]);
      form.reset();
      await settle(group);
      expect((group as CareRadioGroup).value).to.equal('pickup');
      expect(radios[3]!.checked).to.equal(true);
    });

    it('leaves the portal’s radios to submit themselves, never twice, as without JavaScript', async () => {
      const plain = await fixture<HTMLFormElement>(html`<form><fieldset><input type="radio" name="delivery" value="post" checked /></fieldset></form>`);
      const { form, group, radios } = await setup(enhanced);
      await clickCard(radios[2]!);
      expect([...new FormData(form)]).to.deep.equal([['delivery', 'online']]);
      expect([...new FormData(plain)]).to.deep.equal([['delivery', 'post']]);
      expect(group.shadowRoot!.querySelector('input'), 'no second radio').to.equal(null);
      expect(radios[2]!.validationMessage).to.equal('');
      form.reset();
      await settle(group);
      expect((group as CareRadioGroup).value).to.equal('');
      expect(radios.map((r) => r.tabIndex)).to.deep.equal([0, -1, -1]);
    });

    it('gets and sets its value as a property', async () => {
      const { form, group } = await setup(own);
      const el = group as CareRadioGroup;
      el.value = 'online';
      expect(el.value).to.equal('online');
      expect(new FormData(form).get('delivery')).to.equal('online');
      el.value = 'nowhere';
      expect(el.value).to.equal('');
    });

    needs('accessibility-tree')('puts validity on the portal’s radio, so the browser points at what the person sees', async () => {
      const { form, group, radios } = await setup(enhanced);
      group.setAttribute('required', '');
      await settle(group);
      expect(form.checkValidity()).to.equal(false);
      expect(radios[0]!.validationMessage).to.equal('Hình thức nhận kết quả: choose an answer');
      expect((group as CareRadioGroup).validity.customError).to.equal(true);
      expect(radios.filter((r) => !r.validity.valid), 'one problem per question, for an error summary').to.deep.equal([radios[0]]);
      group.id = 'ax4';
      expect(await axNode('#ax4 fieldset')).to.include({ role: 'radiogroup', required: true });
    });
  });

  it('says every built-in message in the page language, with no English left', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-radio-group label="X" required><care-radio value="1">1</care-radio></care-radio-group></div>`);
      const el = wrapper.querySelector('care-radio-group')!;
      el.reportValidity();
      await settle(el);
      const text = errorText(el);
      expect(text).to.equal(`${fieldStrings[locale]['field.error-prefix']} ${radioGroupStrings[locale]['radio-group.required'].replace('{label}', 'X')}`);
      if (locale !== 'en') expect(text).not.to.match(/choose|answer|Error/);
    }
  });

  needs('media-emulation')('draws the focus ring, the chosen state by shape and weight, and follows forced colours and reduced motion', async () => {
    const { radios } = await setup(own);
    const radio = radios[0]!;
    const box = radio.nextElementSibling!;
    const width = parseFloat(getComputedStyle(radio).borderTopWidth);
    radio.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    const focused = getComputedStyle(radio);
    expect(focused.outlineWidth).to.equal('3px');
    expect(focused.outlineStyle).to.equal('solid');
    expect(parseFloat(focused.borderTopWidth), 'chosen: a thicker border').to.equal(width * 2);
    expect(getComputedStyle(box, '::after').content, 'chosen: a dot').to.equal('""');
    expect(getComputedStyle(radios[1]!.nextElementSibling!, '::after').content).to.equal('none');
    await emulateMedia({ 'forced-colors': 'active' });
    try {
      expect(getComputedStyle(box).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(box, '::after').backgroundColor, 'the dot in the system highlight colour').to.not.equal(getComputedStyle(radios[1]!.nextElementSibling!).backgroundColor);
    } finally {
      await emulateMedia({});
    }
    expect(getComputedStyle(radio).transitionDuration).to.not.equal('0s');
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    try {
      expect(getComputedStyle(radio).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({});
    }
  });

  it('renders safely with odd attribute values and odd markup', async () => {
    const { form, group } = await setup(() => html`<care-radio-group label="<b>x</b>" name="a&b" required="banana" error-message="" hint=${'h'.repeat(3000)}>
      <care-radio>Không có value</care-radio>
      <care-radio value='"quoted" <tag>' description="">Có dấu ngoặc</care-radio>
      <care-radio value='"quoted" <tag>'>Trùng value</care-radio>
      <span>Không phải lựa chọn</span>
    </care-radio-group>`);
    const el = group as CareRadioGroup;
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('<b>x</b>');
    expect(inputs(el)).to.have.length(3);
    el.value = '"quoted" <tag>';
    await settle(el);
    expect(inputs(el).filter((i) => i.checked), 'only one of two equal values is chosen').to.have.length(1);
    expect(new FormData(form).getAll('a&b')).to.deep.equal(['"quoted" <tag>']);
    for (const odd of [undefined, null, 42, {}] as unknown as string[]) el.value = odd;
    expect(el.value).to.equal('');
    const empty = await fixture<CareRadioGroup>(html`<care-radio-group label="Trống" required></care-radio-group>`);
    expect(empty.checkValidity()).to.equal(false);
    empty.focus();
    const stray = await fixture(html`<care-radio value="1">Ngoài nhóm</care-radio>`);
    expect(stray.textContent).to.equal('Ngoài nhóm');
    const bare = await fixture<CareRadioGroup>(html`<care-radio-group label="Không có fieldset">
      <input type="radio" name="n" value="1" /><input type="radio" name="n" value="2" />
    </care-radio-group>`);
    await settle(bare);
    expect(bare.querySelector('fieldset > legend')!.textContent).to.equal('Không có fieldset');
    expect(bare.querySelectorAll('label[data-care-part="option"] > input')).to.have.length(2);
  });

  it('keeps a portal’s own disabled option disabled', async () => {
    const { group, radios } = await setup(() => html`<care-radio-group>
      <fieldset><legend>A</legend>
        <label><input type="radio" name="a" value="1" /> 1</label><label><input type="radio" name="a" value="2" disabled /> 2</label>
      </fieldset>
    </care-radio-group>`);
    group.toggleAttribute('disabled', true);
    await settle(group);
    expect(radios.map((r) => r.disabled)).to.deep.equal([true, true]);
    group.toggleAttribute('disabled', false);
    await settle(group);
    expect(radios.map((r) => r.disabled)).to.deep.equal([false, true]);
  });
});
