import { FormControl, announce, registerStrings } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { buttonStrings } from './button.strings.js';
import { buttonStyles } from './button.styles.js';
import { formsLocales } from '../locales/index.js';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'quiet';
export type ButtonType = 'button' | 'submit' | 'reset';

registerStrings(buttonStrings, formsLocales);

/**
 * A large button that never shrinks below the target size (44 x 44 px; 60 x 60 px in care mode).
 *
 * Two ways to use it. Let it render its own button:
 * `<care-button type="submit" name="action" value="send">Send</care-button>`; or wrap a
 * native button the portal already wrote, which keeps native submission and works before and
 * without JavaScript: `<care-button><button type="submit">Send</button></care-button>`.
 *
 * In a form, `type="submit"` submits through the form's normal path (validation, the submit
 * event, the button's `name` and `value` in FormData). A form-associated custom element cannot
 * be a submitter itself, so the submit event's `submitter` is a hidden native stand-in carrying
 * the same name, value and `form*` attributes, marked `data-care-submitter`.
 *
 * @tagname care-button
 * @summary Large-target button, form-associated, with busy and focusable-disabled states.
 *
 * @slot - The label. In the enhancing path, a native `<button>`.
 * @slot icon - An icon before the label (decorative: mark it `aria-hidden="true"`).
 * @slot icon-end - An icon after the label.
 *
 * @csspart control - The rendered `<button>` (absent in the enhancing path).
 * @csspart label - The wrapper of the label.
 * @csspart spinner - The busy indicator.
 *
 * @cssprop --care-color-primary - Background of the primary variant.
 * @cssprop --care-target-min - Minimum width and height.
 *
 * @event click - Fired as a native button's; not fired while disabled, soft-disabled or busy.
 */
export class CareButton extends FormControl {
  static override styles = [...FormControl.styles, buttonStyles];
  static override shadowRootOptions: ShadowRootInit = { ...FormControl.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    type: { reflect: true },
    value: {},
    softDisabled: { type: Boolean, reflect: true, attribute: 'soft-disabled' },
    busy: { type: Boolean, reflect: true },
    fullWidth: { attribute: 'full-width', reflect: true },
  };

  /** Visual weight: `primary` (default), `secondary`, `warning` or `quiet`. */
  variant: ButtonVariant = 'primary';
  /** `button` (default), `submit` or `reset`, as on a native button inside a form. */
  type: ButtonType = 'button';
  /** Submitted with `name` when this button submits its form. */
  value = '';
  /**
   * Disabled but still focusable, so a screen-reader or keyboard user finds it and can be told
   * why it is unavailable (pair it with a hint). Announced as unavailable; clicks do nothing.
   */
  softDisabled = false;
  /** Work in progress (e.g. sending): shows a spinner, announces "Please wait", blocks repeat clicks. */
  busy = false;
  /** `full-width` (always) or `full-width="narrow"` (only on narrow screens, <= 30em). */
  fullWidth?: string;

  /** The portal's own `<button>` when enhancing one. */
  private native: HTMLButtonElement | null = null;

  override focus(options?: FocusOptions): void {
    this.target()?.focus(options);
  }

  override click(): void {
    this.target()?.click();
  }

  override connectedCallback(): void {
    this.native = this.querySelector(':scope>button');
    super.connectedCallback();
    this.addEventListener('click', this.onHostClick);
  }

  protected override render() {
    const t = this.localize;
    const busy = this.busy
      ? html`<span part="spinner" class="spinner" aria-hidden="true"></span
          ><span class="visually-hidden" lang=${t.langOf('button.busy')}>${t.t('button.busy')}</span>`
      : nothing;
    if (this.native) return html`<slot @slotchange=${this.onSlotChange}></slot>${busy}`;
    return html`<button
      part="control"
      class="control"
      type="button"
      ?disabled=${this.isDisabled && !this.softDisabled}
      aria-disabled=${this.softDisabled || this.busy ? 'true' : nothing}
      @click=${this.onControlClick}
    >
      <slot name="icon"></slot><span part="label"><slot @slotchange=${this.onSlotChange}></slot></span
      ><slot name="icon-end"></slot>${busy}
    </button>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const t = this.localize;
    if (this.busy && changed.get('busy') === false) announce(t.t('button.busy'), { lang: t.langOf('button.busy') });
    const native = this.native;
    if (!native) return;
    // Only what this element changed is passed on: a native button the portal disabled stays so.
    // A disabled fieldset needs no help: it disables the native button itself.
    if (this.disabled || changed.get('disabled')) native.disabled = this.disabled && !this.softDisabled;
    if (this.softDisabled || this.busy) native.setAttribute('aria-disabled', 'true');
    else if (changed.has('softDisabled') || changed.has('busy')) native.removeAttribute('aria-disabled');
  }

  private target(): HTMLButtonElement | null | undefined {
    return this.native ?? this.shadowRoot?.querySelector('button');
  }

  private blocked(): boolean {
    return this.softDisabled || this.busy || this.isDisabled;
  }

  // Clicks on the rendered button: stopped here while blocked so no listener on the host runs.
  private onControlClick = (event: MouseEvent) => {
    if (this.blocked()) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  private onHostClick = (event: MouseEvent) => {
    const form = this.form;
    // A canceled click on a native submit button cancels its submission.
    if (this.native) return this.blocked() && event.preventDefault();
    if (this.blocked() || !form || !/^(submit|reset)$/.test(this.type)) return;
    // After every click listener has run, as a native button does: one that cancels the
    // click cancels the submission or reset too.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      if (this.type === 'reset') return form.reset();
      const stand = document.createElement('button');
      stand.hidden = true;
      stand.setAttribute('data-care-submitter', '');
      if (this.name) {
        stand.name = this.name;
        stand.value = this.value;
      }
      for (const name of ['formaction', 'formenctype', 'formmethod', 'formnovalidate', 'formtarget']) {
        const value = this.getAttribute(name);
        if (value !== null) stand.setAttribute(name, value);
      }
      form.append(stand);
      stand.click();
      stand.remove();
    });
  };

  private onSlotChange = () => {
    const native = this.querySelector<HTMLButtonElement>(':scope>button');
    if (native !== this.native) {
      this.native = native;
      this.requestUpdate();
    }
  };
}
