import type { PropertyDeclarations } from 'lit';
import { CareElement } from './care-element.js';

/**
 * The form-associated base: the element takes part in its `<form>` through ElementInternals
 * (FormData, reset, `fieldset[disabled]`, validity), as a native control does.
 */
export class FormControl extends CareElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true, attribute: false },
  };

  /** Name under which the value is submitted. */
  name = '';
  /** Disables the control; it is skipped by Tab and not submitted. */
  disabled = false;

  /** True while a surrounding `<fieldset disabled>` disables the control. */
  protected formDisabled = false;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The form the control belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements that name this control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {}
}
