import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { FormControl, type Validator } from './form-control.js';
import { defineElement } from './define.js';
import { registerStrings } from './localize/catalog.js';

class TestControl extends FormControl {
  resets = 0;
  protected override render() {
    return litHtml`<input ?disabled=${this.isDisabled} />`;
  }
  override formResetCallback(): void {
    this.resets++;
  }
}
defineElement('test-form-control', TestControl);

/** Takes its value from the `value` attribute in its first update, as Caremode's fields do; three characters or none. */
class TestCodeControl extends FormControl {
  static override properties: PropertyDeclarations = { value: { attribute: false }, defaultValue: { attribute: 'value' } };
  value = '';
  defaultValue = '';
  protected override get validators(): Validator<TestCodeControl>[] {
    return [{ check: () => (this.value && this.value.length !== 3 ? { flag: 'tooShort', message: 'Three characters' } : undefined) }];
  }
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('defaultValue') && !this.hasUpdated) this.value = this.defaultValue;
    super.willUpdate(changed);
    this.updateValidity();
  }
  protected override render() {
    return litHtml`<p>${this.errorText}</p>`;
  }
}
defineElement('test-code-control', TestCodeControl);

describe('FormControl', () => {
  it('belongs to its form and is listed in form.elements', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-form-control name="a"></test-form-control></form>`);
    const el = form.querySelector('test-form-control') as TestControl;
    expect(el.form).to.equal(form);
    expect([...form.elements]).to.include(el);
  });

  it('is named by a <label for>', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><label for="c">Họ và tên</label><test-form-control id="c"></test-form-control></form>`);
    const el = form.querySelector('test-form-control') as TestControl;
    expect(el.labels.length).to.equal(1);
    expect((el.labels[0] as HTMLElement).textContent).to.equal('Họ và tên');
  });

  it('follows a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><test-form-control></test-form-control></fieldset></form>`);
    const el = form.querySelector('test-form-control') as TestControl;
    await el.updateComplete;
    expect(el.isDisabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('input')!.disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(el.isDisabled).to.equal(false);
    expect(el.shadowRoot!.querySelector('input')!.disabled).to.equal(false);
  });

  it('shows what reportValidity() found wrong even when asked before its first render', async () => {
    // The first render waits for the page language's strings: Indonesian arrives only when told.
    let deliver!: () => void;
    const arrived = new Promise<{ default: Record<string, string> }>((resolve) => (deliver = () => resolve({ default: {} })));
    registerStrings({ en: {} }, { id: () => arrived });
    const host = await fixture<HTMLElement>(html`<div lang="id"></div>`);
    const el = document.createElement('test-code-control') as TestCodeControl;
    el.setAttribute('value', '12');
    host.append(el);
    try {
      await new Promise((r) => setTimeout(r, 20));
      expect(el.hasUpdated, 'not rendered while its strings load').to.equal(false);
      el.reportValidity();
    } finally {
      deliver();
    }
    await el.updateComplete;
    expect(el.value).to.equal('12');
    expect(el.validity.tooShort).to.equal(true);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Three characters');
    expect(el.matches('[data-user-invalid]')).to.equal(true);
  });

  it('hears form.reset()', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-form-control></test-form-control></form>`);
    form.reset();
    expect((form.querySelector('test-form-control') as TestControl).resets).to.equal(1);
  });
});
