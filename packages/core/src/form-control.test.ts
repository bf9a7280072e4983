import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { FormControl } from './form-control.js';
import { defineElement } from './define.js';

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

  it('hears form.reset()', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-form-control></test-form-control></form>`);
    form.reset();
    expect((form.querySelector('test-form-control') as TestControl).resets).to.equal(1);
  });
});
