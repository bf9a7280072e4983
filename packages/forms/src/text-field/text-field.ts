import { FormControl, announce, registerStrings, type MessageParams } from '@caremode/core';
import { html, nothing, render, type PropertyDeclarations, type PropertyValues, isServer } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorContent } from '../internal/field-messages.js';
import { fieldStrings } from '../internal/field.strings.js';
import { fieldStyles } from '../internal/field.styles.js';
import { submitOnEnter } from '../internal/implicit-submit.js';
import { textValidators, type TextRuleHost } from '../internal/text-validators.js';
import { textFieldStyles } from './text-field.styles.js';
import { formsLocales } from '../locales/index.js';

registerStrings(fieldStrings, formsLocales);

const TYPES = ['text', 'email', 'tel', 'url', 'password', 'search'];
// Near the limit the count is spoken; elsewhere it is only shown.
const NEAR_LIMIT_RATIO = 0.2;
const COUNT_PAUSE_MS = 1000;
let id = 0;

/**
 * A single-line text field with its label always visible above, a hint, and an error with an
 * icon that appears only after the person has left the field or tried to submit.
 *
 * Enhances a portal's own control: `<care-text-field><label for="n">Họ và tên</label><input
 * id="n" name="n" autocomplete="name"></care-text-field>` keeps that input (the form works
 * before and without JavaScript, autofill sees an ordinary input) and adds the hint, error
 * and care-mode sizes next to it in light DOM. Without a native input inside, it renders its
 * own in its shadow root and takes part in the form through ElementInternals.
 *
 * Placeholders are not supported: they vanish while typing and are too faint to read. Use `hint`.
 * Numbers are typed as text with `inputmode="numeric"`; `type="number"` is treated as that.
 *
 * @tagname care-text-field
 * @summary Large text field with label, hint, error, character count; form-associated.
 *
 * @slot - In the enhancing path: the portal's `<label>` and `<input>` or `<textarea>`.
 * @slot hint - A hint with markup (instead of the `hint` attribute).
 * @slot prefix - Text or an icon before the input (e.g. "+84").
 * @slot suffix - Text or an icon after the input (e.g. "kg").
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart base - The wrapper of prefix, input and suffix.
 * @csspart control - The input.
 * @csspart count - The character count.
 *
 * @event input - As on a native input.
 * @event change - As on a native input, when the person commits a change.
 */
export class CareTextField extends FormControl implements TextRuleHost {
  static override styles = [...FormControl.styles, fieldStyles, textFieldStyles];
  static override shadowRootOptions: ShadowRootInit = { ...FormControl.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    value: { attribute: false },
    defaultValue: { attribute: 'value' },
    type: {},
    autocomplete: {},
    inputmode: {},
    enterkeyhint: {},
    pattern: {},
    maxlength: { type: Number },
    minlength: { type: Number },
    readonly: { type: Boolean, reflect: true },
    showCount: { type: Boolean, attribute: 'show-count' },
    errorMessage: { attribute: 'error-message' },
    hasHintSlot: { state: true, attribute: false },
  };

  /** The visible label, above the field (in the enhancing path the portal's `<label>` is used). */
  label = '';
  /** Help shown under the label: what to enter and in which form ("As on your identity card"). */
  hint = '';
  /** The current value. */
  value = '';
  /** The initial value, from the `value` attribute; `form.reset()` returns to it. */
  defaultValue = '';
  /** `text` (default), `email`, `tel`, `url`, `password` or `search`. */
  type = 'text';
  /** Passed to the input for the browser's autofill, e.g. `name`, `tel`, `one-time-code`. */
  autocomplete?: string;
  /** Keyboard on phones: `numeric`, `tel`, `email`... */
  inputmode?: string;
  enterkeyhint?: string;
  /** A regular expression the whole value must match. Say the expected form in the hint. */
  pattern?: string;
  /** Most characters allowed. Typing past it is allowed and then reported, so nothing pasted is cut off. */
  maxlength?: number;
  minlength?: number;
  readonly = false;
  /** Shows how many characters are left (needs `maxlength`); spoken only near the limit, when typing pauses. */
  showCount = false;
  /**
   * An error to show now, e.g. from the server after a submit. It stays until the person
   * changes the value.
   */
  errorMessage = '';

  private hasHintSlot = false;
  protected native: HTMLInputElement | HTMLTextAreaElement | null = null;
  private light?: { hint: HTMLElement; error: HTMLElement; count: HTMLElement };
  private readonly uid = `care-field-${++id}`;
  protected composing = false;
  private countTimer?: ReturnType<typeof setTimeout>;

  /** The `type` the input gets: never `number` (spin buttons, lost leading zeros, scroll changes). */
  protected get inputType(): string {
    return TYPES.includes(this.type) ? this.type : 'text';
  }

  protected get keyboardMode(): string | undefined {
    return this.type === 'number' ? 'numeric' : this.inputmode;
  }

  /** The native control that holds the value: the portal's, or the one rendered here. */
  get control(): HTMLInputElement | HTMLTextAreaElement | null {
    return this.native ?? this.renderRoot?.querySelector?.('.control') ?? null;
  }

  /** The field's string for `key`, in the language of the page around it. */
  message(key: string, params?: MessageParams): string {
    return this.localize.t(key, params);
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  /** Selects the text, as on a native input. */
  select(): void {
    this.control?.select();
  }

  protected override get validators() {
    return textValidators;
  }

  protected override get validationAnchor(): HTMLElement | undefined {
    return this.control ?? undefined;
  }

  protected override get delegate() {
    return this.native ?? undefined;
  }

  // A portal's script may set the native input's value without an input event: the rules must
  // judge what is in the input now.
  protected override updateValidity(): void {
    if (this.native && this.native.value !== this.value) this.value = this.native.value;
    super.updateValidity();
  }

  override connectedCallback(): void {
    this.native = this.querySelector(':scope > input, :scope > textarea');
    if (this.native) this.adoptNative(this.native);
    if (this.hasAttribute('placeholder')) console.warn(`Caremode: <${this.localName}> does not show placeholders; use hint.`);
    super.connectedCallback();
  }

  protected override render() {
    const error = this.errorText;
    if (this.native) {
      this.renderLight(error);
      return html`<slot></slot>`;
    }
    // A server cannot see children: a field without `label` is the portal's own <label> and
    // <input>, which must show (and submit) before any script.
    if (isServer && !this.label) return html`<slot></slot>`;
    const hint = this.hint || this.hasHintSlot;
    const describedBy = [hint && 'hint', error && 'error', this.showCount && this.maxlength && 'count'].filter(Boolean).join(' ');
    return html`
      <label part="label" class="label" for="control">${this.label}</label>
      <div part="hint" class="hint" id="hint" ?hidden=${!hint}><slot name="hint" @slotchange=${this.onHintSlot}>${this.hint}</slot></div>
      <div part="error" class="error" id="error" ?hidden=${!error}>${this.errorTemplate(error)}</div>
      ${this.renderControl(describedBy)}
      ${this.showCount && this.maxlength ? html`<div part="count" class="count" id="count">${this.countText()}</div>` : nothing}
    `;
  }

  /** The control itself, wired to the label, hint and error; the textarea renders its own. */
  protected renderControl(describedBy: string) {
    return html`
      <div part="base" class="base">
        <slot name="prefix"></slot>
        <input
          part="control"
          class="control"
          id="control"
          type=${this.inputType}
          name=${this.name || nothing}
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          autocomplete=${this.autocomplete ?? nothing}
          inputmode=${this.keyboardMode ?? nothing}
          enterkeyhint=${this.enterkeyhint ?? nothing}
          autocapitalize=${this.getAttribute('autocapitalize') ?? nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${this.userInvalid ? 'true' : nothing}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${this.onBlur}
          @keydown=${this.onKeyDown}
          @compositionstart=${this.onCompositionStart}
          @compositionend=${this.onCompositionEnd}
        />
        <slot name="suffix"></slot>
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered, and typed in before the script arrived: what the person typed stays.
    const typed = this.hasUpdated || this.native ? '' : this.renderRoot?.querySelector?.<HTMLInputElement>('.control')?.value;
    if (typed && typed !== this.value) this.value = typed;
    if (changed.has('defaultValue') && !this.hasUpdated && !this.native && !this.value) this.value = this.defaultValue;
    if (changed.has('errorMessage') && this.errorMessage) {
      this.setCustomValidity(this.errorMessage);
      this.setUserInvalid(true);
    }
    super.willUpdate(changed);
    // Every render re-checks, so a message follows a change of language or rule, not only of value.
    if (!this.composing) this.updateValidity();
    if (!this.native && changed.has('value')) this.internals.setFormValue(this.formValue(), this.value);
    this.toggleAttribute('data-over-limit', this.remaining() < 0);
  }

  protected override firstUpdated(): void {
    // The validity anchor (the rendered input) exists only now.
    if (!this.native && !this.composing) this.updateValidity();
  }

  override formResetCallback(): void {
    if (!this.native) this.value = this.defaultValue;
    // The portal's own control is reset by the form after this callback: read it back then.
    else queueMicrotask(() => (this.value = this.native?.value ?? ''));
    this.errorMessage = '';
    this.setCustomValidity('');
    super.formResetCallback();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** What the form submits: the value as typed; fields that normalise (phone, ID) override this. */
  protected formValue(): string {
    return this.value;
  }

  protected errorTemplate(error: string) {
    const prefix = this.localize.t('field.error-prefix');
    return errorContent(prefix, error, this.localize.langOf('field.error-prefix'));
  }

  protected remaining(): number {
    return this.maxlength ? this.maxlength - [...this.value.normalize('NFC')].length : Infinity;
  }

  protected countText(): string {
    const left = this.remaining();
    return left >= 0 ? this.localize.t('field.count-left', { count: left }) : this.localize.t('field.count-over', { count: -left });
  }

  protected onInput = (event: Event) => {
    this.value = (event.target as HTMLInputElement).value;
    if (this.errorMessage) {
      this.errorMessage = '';
      this.setCustomValidity('');
    }
    if (this.composing) return;
    this.markInteracted();
    this.scheduleCountAnnouncement();
  };

  // `change` does not cross a shadow root: it is sent again from the host.
  protected onChange = () => {
    if (!this.native) this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  protected onBlur = () => this.markLeft();

  protected onCompositionStart = () => {
    this.composing = true;
  };

  // Input methods (Telex, VNI, pinyin) compose text before committing it: nothing is checked
  // until the person has committed.
  protected onCompositionEnd = (event: CompositionEvent) => {
    this.composing = false;
    this.onInput(event);
  };

  protected onKeyDown = (event: KeyboardEvent) => {
    // The portal's own input submits natively.
    if (!this.native) submitOnEnter(event, this.form, this.composing);
  };

  protected onHintSlot = (event: Event) => {
    this.hasHintSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  protected scheduleCountAnnouncement(): void {
    if (!this.showCount || !this.maxlength) return;
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      if (this.remaining() <= this.maxlength! * NEAR_LIMIT_RATIO) announce(this.countText(), { lang: this.localize.langOf('field.count-left') });
    }, COUNT_PAUSE_MS);
  }

  /** The enhancing path: take the portal's control and add what it lacks next to it. */
  private adoptNative(native: HTMLInputElement | HTMLTextAreaElement): void {
    native.id ||= `${this.uid}-control`;
    this.name ||= native.name;
    this.required ||= native.required;
    if (!this.hasAttribute('maxlength') && native.maxLength >= 0) {
      this.maxlength = native.maxLength;
      // Typing past the limit is reported instead of silently cut off.
      native.removeAttribute('maxlength');
    }
    if (!this.hasAttribute('minlength') && native.minLength > 0) this.minlength = native.minLength;
    this.pattern ??= native.getAttribute('pattern') ?? undefined;
    if (!this.hasAttribute('type')) this.type = native.type;
    this.value = native.value;
    if (native instanceof HTMLInputElement && native.type === 'number') {
      native.type = 'text';
      native.inputMode = 'numeric';
    }
    if (!this.querySelector(`:scope > label[for="${native.id}"]`) && this.label) {
      const label = document.createElement('label');
      label.htmlFor = native.id;
      label.textContent = this.label;
      this.insertBefore(label, native);
    }
    this.label ||= this.querySelector(`:scope > label[for="${native.id}"]`)?.textContent?.trim() ?? '';
    if (!this.light) {
      const part = (name: string) => {
        const el = document.createElement('div');
        el.setAttribute('data-care-part', name);
        el.id = `${this.uid}-${name}`;
        return el;
      };
      this.light = { hint: part('hint'), error: part('error'), count: part('count') };
      native.before(this.light.hint, this.light.error);
      native.after(this.light.count);
    }
    native.addEventListener('input', this.onInput);
    native.addEventListener('blur', this.onBlur);
    native.addEventListener('compositionstart', this.onCompositionStart);
    native.addEventListener('compositionend', this.onCompositionEnd as EventListener);
    this.internals.setFormValue(null);
  }

  private renderLight(error: string): void {
    const native = this.native!;
    const { hint, error: errorEl, count } = this.light!;
    hint.hidden = !this.hint;
    hint.textContent = this.hint;
    errorEl.hidden = !error;
    render(this.errorTemplate(error), errorEl);
    const counting = this.showCount && !!this.maxlength;
    count.hidden = !counting;
    count.textContent = counting ? this.countText() : '';
    const ours = [this.hint && hint.id, error && errorEl.id, counting && count.id].filter(Boolean) as string[];
    const theirs = (native.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && !t.startsWith(this.uid));
    const describedBy = [...theirs, ...ours].join(' ');
    if (describedBy) native.setAttribute('aria-describedby', describedBy);
    else native.removeAttribute('aria-describedby');
    if (this.userInvalid) native.setAttribute('aria-invalid', 'true');
    else native.removeAttribute('aria-invalid');
    native.disabled = this.isDisabled;
    native.required = this.required;
  }
}
