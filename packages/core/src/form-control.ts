import { isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CareElement } from './care-element.js';
import { registerStrings } from './localize/catalog.js';

registerStrings({
  en: { 'control.invalid': 'Check this answer' },
  vi: { 'control.invalid': 'Vui lòng kiểm tra lại thông tin này' },
  'zh-Hans': { 'control.invalid': '请检查此项' },
  id: { 'control.invalid': 'Periksa kembali isian ini' },
});

/** A problem a validator found: the browser's validity flag and the words a person reads. */
export interface ValidationFailure {
  flag: keyof ValidityStateFlags;
  message: string;
}

/** A small object that checks one rule of a control (required, a pattern, an ID number...). */
export interface Validator<C = FormControl> {
  check(control: C): ValidationFailure | undefined;
}

/**
 * The form-associated base: the element takes part in its `<form>` through ElementInternals
 * (FormData, reset, `fieldset[disabled]`, constraint validation, restore after back/forward),
 * as a native control does.
 *
 * Errors follow the GOV.UK rule: never while typing. `userInvalid` turns on only once the
 * person has left the field having changed it, or tried to submit; it turns off as soon as the
 * value is valid again. It is exposed as the custom state `:state(user-invalid)` where the
 * browser supports custom states, and always as the `data-user-invalid` attribute.
 */
export class FormControl extends CareElement {
  static formAssociated = true;
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    formDisabled: { state: true, attribute: false },
    userInvalid: { state: true, attribute: false },
  };

  /** Name under which the value is submitted. */
  name = '';
  /** Disables the control; it is skipped by Tab and not submitted. */
  disabled = false;
  /** The control must be filled in before the form is submitted. */
  required = false;

  /** True while a surrounding `<fieldset disabled>` disables the control. */
  protected formDisabled = false;
  /** True when the error should be shown (see the class description). */
  protected userInvalid = false;

  protected readonly internals: ElementInternals = this.attachInternals();
  private customMessage = '';
  private serverMessage = '';
  private interacted = false;
  private reportedBeforeUpdate = false;

  /** The form the control belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements that name this control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return (this.delegate ?? this.internals).validity;
  }

  get validationMessage(): string {
    // A server's ElementInternals keeps no message: the one this element set is what it shows.
    if (isServer) return this.serverMessage;
    return (this.delegate ?? this.internals).validationMessage;
  }

  get willValidate(): boolean {
    return (this.delegate ?? this.internals).willValidate;
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  checkValidity(): boolean {
    this.updateValidity();
    return (this.delegate ?? this.internals).checkValidity();
  }

  /** As on a native control: shows the problem now (and the browser focuses the control). */
  reportValidity(): boolean {
    this.updateValidity();
    // The first update, which reads the element's own attributes (its value among them), waits
    // for the page language's strings: a form checked sooner sees the element without them. That
    // update then shows what is wrong, as the person (or the portal) asked.
    if (!this.hasUpdated) this.reportedBeforeUpdate = true;
    this.setUserInvalid(!this.validity.valid);
    return (this.delegate ?? this.internals).reportValidity();
  }

  /** A portal's own rule, as `setCustomValidity` on a native control; '' clears it. */
  setCustomValidity(message: string): void {
    this.customMessage = String(message ?? '');
    this.updateValidity();
  }

  /** The message to show the person, or '' when there is nothing to show. */
  get errorText(): string {
    return this.userInvalid ? this.validationMessage : '';
  }

  /**
   * In the enhancing path, the portal's own native control: it is submitted with the form and
   * carries the validity, so a value is never submitted twice and the browser points at the
   * control the person sees. Undefined when the element renders its own control.
   */
  protected get delegate(): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | undefined {
    return undefined;
  }

  /** Rules checked in order; the first failure is the one shown. Subclasses add theirs. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each control's validators read its own fields
  protected get validators(): Validator<any>[] {
    return [];
  }

  /** The element the browser points at when it reports a problem (the inner native control). */
  protected get validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** Runs the validators and tells the browser the result. Call after every value change. */
  protected updateValidity(): void {
    const failure = this.customMessage
      ? { flag: 'customError' as const, message: this.customMessage }
      : this.isDisabled
        ? undefined
        : this.validators.map((v) => v.check(this)).find(Boolean);
    this.applyValidity(failure);
    if (this.userInvalid && !failure) this.setUserInvalid(false);
  }

  /** Tells the browser: through ElementInternals, or through the portal's own control when enhancing one. */
  protected applyValidity(failure: ValidationFailure | undefined): void {
    const delegate = this.delegate;
    // An empty message would read as "valid" (and ElementInternals refuses it): never leave one.
    if (failure && !failure.message) failure = { ...failure, message: this.localize.t('control.invalid') };
    this.serverMessage = failure?.message ?? '';
    if (delegate) {
      delegate.setCustomValidity(failure?.message ?? '');
      this.internals.setValidity({});
    } else if (failure) {
      this.internals.setValidity({ [failure.flag]: true }, failure.message, this.validationAnchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /** Call when the person changes the value. */
  protected markInteracted(): void {
    this.interacted = true;
    this.updateValidity();
  }

  /** Call when the person leaves the control: shows the error if they changed the value. */
  protected markLeft(): void {
    if (this.interacted) this.setUserInvalid(!this.validity.valid);
  }

  protected setUserInvalid(on: boolean): void {
    this.userInvalid = on;
    this.toggleAttribute('data-user-invalid', on);
    try {
      if (on) this.internals.states.add('user-invalid');
      else this.internals.states.delete('user-invalid');
    } catch {
      // Browsers before custom states (or with the old `--state` syntax) keep the attribute.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The browser fires `invalid` (which does not bubble) on a control that a submit attempt
    // finds invalid: on this element, or on the portal's own control inside it, which the
    // capture phase reaches.
    this.addEventListener('invalid', this.onInvalid, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('required') || changed.has('disabled') || this.reportedBeforeUpdate) this.updateValidity();
    if (this.reportedBeforeUpdate) {
      this.reportedBeforeUpdate = false;
      this.setUserInvalid(!this.validity.valid);
    }
  }

  private onInvalid = () => this.setUserInvalid(true);

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.interacted = false;
    this.setUserInvalid(false);
  }
}
