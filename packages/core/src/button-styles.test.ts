import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { buttonBaseStyles } from './button-styles.js';

/** A button drawn the way Caremode's elements draw theirs: an icon and words, in a shadow root. */
class ButtonStylesProbe extends LitElement {
  static override styles = [buttonBaseStyles];
  protected override render() {
    return html`<button type="button"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 3h18v18H3z"></path></svg><span>Đọc to</span></button>`;
  }
}
customElements.define('button-styles-probe', ButtonStylesProbe);

const deepActive = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

describe('buttonBaseStyles', () => {
  afterEach(() => resetMouse());

  for (const part of ['svg', 'span']) {
    it(`keeps Tab and Shift+Tab moving after a tap on the button's ${part === 'svg' ? 'icon' : 'words'}`, async () => {
      const page = await fixture<HTMLElement>(html`<div><input id="before" /><button-styles-probe></button-styles-probe><input id="after" /></div>`);
      const probe = page.querySelector<ButtonStylesProbe>('button-styles-probe')!;
      await probe.updateComplete;
      const button = probe.shadowRoot!.querySelector('button')!;
      let clicks = 0;
      button.addEventListener('click', () => clicks++);
      const r = probe.shadowRoot!.querySelector(part)!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      expect(clicks, 'the tap pressed the button').to.equal(1);
      // Safari on macOS does not focus a clicked button: where the tap left focus, Tab goes on from the button.
      if (deepActive() !== button) button.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.id).to.equal('after');
      await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
      if (deepActive() !== button) button.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive()?.id).to.equal('before');
    });
  }
});
