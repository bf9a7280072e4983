import { FormControl, registerStrings, type ValidationFailure, type Validator } from '@caremode/core';
import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type ReactiveElement, isServer } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorContent } from './field-messages.js';
import { fieldStrings } from './field.strings.js';
import { fieldStyles } from './field.styles.js';
import { choiceStyles } from './choice.styles.js';
import { formsLocales } from '../locales/index.js';

registerStrings(fieldStrings, formsLocales);

/** What a choice reads from each option: a portal's native input, or a `<care-radio>` / `<care-checkbox>`. */
export interface ChoiceOption {
  value: string;
  checked: boolean;
  disabled: boolean;
  defaultChecked: boolean;
  description?: string;
}

type OptionElement = ReactiveElement & ChoiceOption;

// The ARIA radio group pattern: Down/Right to the next option, Up/Left to the previous, wrapping.
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
let uid = 0;

const describe = (el: Element, ours: string[], prefix: string) => {
  const ids = [...(el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && !t.startsWith(prefix)), ...ours];
  if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
  else el.removeAttribute('aria-describedby');
};

const flag = (el: Element, name: string, on: boolean) => (on ? el.setAttribute(name, 'true') : el.removeAttribute(name));

/** An option tells its choice when it changed (checked, disabled, description). */
export const notifyChoice = (option: HTMLElement): void => {
  const parent = option.parentElement;
  if (parent instanceof ChoiceControl) parent.requestUpdate();
};

/**
 * What radio groups, checkbox groups and single checkboxes share: large cards whose whole
 * surface is the target, a legend-like label, hint and error, the `required` rule, errors only
 * after leaving or a submit attempt, and both paths.
 *
 * Own path: every native input is rendered in this shadow root next to the legend, hint and
 * error, so `aria-describedby` resolves and Chromium counts the radios ("2 of 3"); each option
 * element's text is slotted into its card. Enhancing path: the portal's inputs stay in light
 * DOM and are submitted by the form themselves; the hint, error and box are added next to them
 * and the card styles are adopted by the page.
 */
export abstract class ChoiceControl extends FormControl {
  static override styles = [...FormControl.styles, fieldStyles, choiceStyles];
  static override shadowRootOptions: ShadowRootInit = { ...FormControl.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    errorMessage: { attribute: 'error-message' },
    hasHintSlot: { state: true, attribute: false },
  };

  /** The visible label above the options (in the enhancing path the portal's `<legend>` is used). */
  label = '';
  /** Help under the label. */
  hint = '';
  /** An error to show now, e.g. from the server; it stays until the person changes the choice. */
  errorMessage = '';

  protected abstract readonly kind: 'radio' | 'checkbox';
  /** The key of the message shown when a required choice is missing. */
  protected abstract readonly requiredKey: string;
  /** The option elements the own path renders cards for. */
  protected abstract get options(): OptionElement[];
  /** One checkbox: no legend, its own text is the card's label. */
  /** True during the first render of a server-rendered group: see willUpdate. */
  protected hydrating = false;
  protected get single(): boolean {
    return false;
  }
  /** A checkbox inside a checkbox group is only an option of that group. */
  protected get isOption(): boolean {
    return false;
  }

  /** In the enhancing path, the portal's own inputs. */
  protected natives: HTMLInputElement[] = [];
  private hasHintSlot = false;
  private light?: { hint: HTMLElement; error: HTMLElement; group: HTMLElement };
  private locked = new Set<HTMLInputElement>();
  private readonly uid = `care-choice-${++uid}`;
  // Servers have no MutationObserver; only a browser's element watches.
  private readonly observer?: MutationObserver = isServer ? undefined : new MutationObserver(() => {
    this.adopt();
    this.requestUpdate();
  });

  override focus(options?: FocusOptions): void {
    this.tabStop()?.focus(options);
  }

  /** The inputs: the portal's, or those rendered here. */
  protected get controls(): HTMLInputElement[] {
    return this.natives.length ? this.natives : [...(this.renderRoot?.querySelectorAll?.('input') ?? [])];
  }

  protected get items(): ChoiceOption[] {
    return this.natives.length ? this.natives : this.options;
  }

  /** The values of the checked options that would be submitted, in order. */
  protected get checkedValues(): string[] {
    return this.items.filter((o) => o.checked && !o.disabled).map((o) => o.value);
  }

  protected setChecked(values: string[]): void {
    let left = this.kind === 'radio' ? 1 : Infinity;
    for (const o of this.items) o.checked = values.includes(o.value) && left-- > 0;
    this.syncFormValue();
    this.updateValidity();
    this.requestUpdate();
  }

  /** The label used in messages, without trailing punctuation ("…result?: choose" reads badly). */
  protected get labelText(): string {
    const source = this.label || (this.single ? (this.natives[0]?.labels?.[0] ?? this) : this.querySelector?.('legend'))?.textContent;
    return (source || '').replace(/\s+/g, ' ').replace(/[\s:：?？]+$/, '').trim();
  }

  protected override get validators(): Validator[] {
    const check = (): ValidationFailure | undefined =>
      this.required && !this.checkedValues.length ? { flag: 'valueMissing', message: this.localize.t(this.requiredKey, { label: this.labelText }) } : undefined;
    return this.isOption ? [] : [{ check }];
  }

  protected override get validationAnchor(): HTMLElement | undefined {
    return this.tabStop();
  }

  protected override get delegate() {
    return this.natives.length ? (this.tabStop() ?? this.natives[0]) : undefined;
  }

  protected override applyValidity(failure: ValidationFailure | undefined): void {
    // The anchor moves with the checked option: the message must not stay behind on another input.
    for (const n of this.natives) n.setCustomValidity('');
    super.applyValidity(failure);
  }

  override connectedCallback(): void {
    this.adopt();
    super.connectedCallback();
    this.observer?.observe(this, { childList: true });
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('change', this.onNativeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override render() {
    const error = this.errorText;
    if (this.natives.length || this.isOption) {
      if (this.light) this.renderLight(error);
      return html`<slot></slot>`;
    }
    // A server cannot see children: a group without `label` is the portal's own fieldset and
    // inputs, which must show (and submit) before any script.
    if (isServer && !this.label && !this.single) return html`<slot></slot>`;
    const hint = !!this.hint || this.hasHintSlot;
    const described = [hint && 'hint', error && 'error'].filter(Boolean).join(' ');
    const invalid = this.userInvalid ? 'true' : nothing;
    const stop = this.tabStopIndex();
    const messages = html`<div part="hint" id="hint" data-care-part="hint" ?hidden=${!hint}><slot name="hint" @slotchange=${this.onHintSlot}>${this.hint}</slot></div>
      <div part="error" id="error" data-care-part="error" ?hidden=${!error}>${this.errorTemplate(error)}</div>`;
    const cards = this.options.map(
      (o, i) => html`<label part="option" data-care-part="option">
        <input
          part="control"
          data-care-part="control"
          type=${this.kind}
          name=${this.uid}
          .value=${o.value}
          .checked=${live(o.checked)}
          ?disabled=${this.isDisabled || o.disabled}
          tabindex=${this.kind === 'radio' && i !== stop ? -1 : nothing}
          aria-labelledby="text-${i}"
          aria-describedby=${[this.single && described, o.description && `desc-${i}`].filter(Boolean).join(' ') || nothing}
          aria-invalid=${this.single ? invalid : nothing}
          aria-required=${this.single && this.required ? 'true' : nothing}
          @input=${(e: Event) => this.choose(o, (e.target as HTMLInputElement).checked)}
          @change=${this.resendChange}
        /><span part="box" data-care-part="box" aria-hidden="true"></span
        ><span data-care-part="text" id="text-${i}"><slot name=${this.single ? nothing : `care-option-${i}`}></slot></span>
        ${o.description ? html`<span part="description" data-care-part="description" id="desc-${i}">${o.description}</span>` : nothing}
      </label>`,
    );
    if (this.single) return html`<div part="base" data-care-choice>${messages}${cards}</div>`;
    return html`<fieldset
      part="base"
      data-care-choice
      tabindex="-1"
      role=${this.kind === 'radio' ? 'radiogroup' : nothing}
      ?disabled=${this.isDisabled}
      aria-required=${this.kind === 'radio' && this.required ? 'true' : nothing}
      aria-describedby=${described || nothing}
      aria-invalid=${invalid}
    >
      <legend part="label">${this.label}</legend>${messages}${isServer || this.hydrating ? html`<slot></slot>` : cards}
    </fieldset>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered: the first render takes over the server's markup, made without the options
    // (a server cannot see children) but with a slot that shows them, one a line, before any
    // script; the next render makes their cards.
    if (!this.hasUpdated && [...(this.shadowRoot?.childNodes ?? [])].some((n) => n.nodeName !== 'STYLE')) this.hydrating = true;
    if (changed.has('errorMessage') && this.errorMessage) {
      this.setCustomValidity(this.errorMessage);
      this.setUserInvalid(true);
    }
    super.willUpdate(changed);
    if (!this.natives.length && !this.single) {
      this.options.forEach((o, i) => {
        if (o.slot === `care-option-${i}`) return;
        o.slot = `care-option-${i}`;
        // An option that rendered before this group was defined renders again, as an option.
        o.requestUpdate();
      });
    }
    this.syncFormValue();
    this.updateValidity();
  }

  protected override updated(): void {
    if (this.hydrating) {
      this.hydrating = false;
      this.requestUpdate();
    }
    // The validity anchor exists only once the inputs are rendered.
    if (!this.natives.length) this.updateValidity();
  }

  override formResetCallback(): void {
    if (!this.natives.length) for (const o of this.options) o.checked = o.defaultChecked;
    this.errorMessage = '';
    this.setCustomValidity('');
    super.formResetCallback();
    // The portal's inputs are reset after this element: read them once they are.
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) this.setChecked(state.getAll(this.name).map(String));
  }

  private tabStopIndex(): number {
    const items = this.items;
    const usable = (o: ChoiceOption) => !o.disabled && !this.isDisabled;
    const checked = this.kind === 'radio' ? items.findIndex((o) => o.checked && usable(o)) : -1;
    return checked >= 0 ? checked : items.findIndex(usable);
  }

  /** The input that takes focus: the checked radio, else the first enabled option. */
  private tabStop(): HTMLInputElement | undefined {
    return this.controls[this.tabStopIndex()];
  }

  private syncFormValue(): void {
    if (this.natives.length || this.isOption) return this.internals.setFormValue(null);
    // One entry per checked box, as native checkboxes give.
    const data = new FormData();
    for (const value of this.checkedValues) data.append(this.name, value);
    this.internals.setFormValue(this.name && data.has(this.name) ? data : null, data);
  }

  private errorTemplate(error: string) {
    return errorContent(this.localize.t('field.error-prefix'), error, this.localize.langOf('field.error-prefix'));
  }

  private choose(option: ChoiceOption, checked: boolean): void {
    if (this.kind === 'radio') for (const o of this.items) o.checked = o === option;
    else option.checked = checked;
    this.changed();
  }

  /** After the person changed what is checked. */
  private changed(): void {
    if (this.errorMessage) {
      this.errorMessage = '';
      this.setCustomValidity('');
    }
    this.syncFormValue();
    this.markInteracted();
    this.requestUpdate();
  }

  /**
   * The choice is made on the inner `input`, which is composed, so the host's own `input`
   * listeners (Vue's v-model, React's onInput) read the new value; `change` does not cross a
   * shadow root and is sent again from the host, after `input`, as a native control orders them.
   */
  private resendChange = () => {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  private onNativeChange = (event: Event) => {
    if (this.natives.includes(event.target as HTMLInputElement)) this.changed();
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const step = this.kind === 'radio' && !event.altKey && !event.ctrlKey && !event.metaKey && STEPS[event.key];
    if (!step) return;
    const enabled = this.controls.filter((c) => !c.disabled);
    const at = enabled.indexOf(event.composedPath()[0] as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    const next = enabled[(at + step + enabled.length) % enabled.length]!;
    next.focus();
    // A click checks it and sends `input` and `change`, as a person's choice does.
    if (!next.checked) next.click();
  };

  // Moving between the options of the group is not leaving it.
  private onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to !== this && !this.contains(to)) this.markLeft();
  };

  private onHintSlot = (event: Event) => {
    this.hasHintSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  /** The enhancing path: each native input becomes a card, and the hint and error are added in light DOM. */
  private adopt(): void {
    if (this.isOption) return;
    const found = [...this.querySelectorAll<HTMLInputElement>(`input[type=${this.kind}]`)].slice(0, this.single ? 1 : undefined);
    if (!found.length) return;
    if (!this.natives.length) this.locked = new Set(found.filter((n) => n.disabled));
    this.natives = found;
    this.setAttribute('data-care-choice', '');
    this.name ||= found[0]!.name;
    // Native `required` on checkboxes of a group means "every box"; the group's own means "at least one".
    this.required ||= found.some((n) => n.required) && (this.kind === 'radio' || this.single);
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = choiceStyles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const n of found) {
      let label = n.closest('label') ?? (n.id ? this.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(n.id)}"]`) : null);
      if (!label || !this.contains(label)) n.before((label = document.createElement('label')));
      // The input covers its whole label, so it moves inside it when the label only pointed at it.
      if (!label.contains(n)) label.prepend(n);
      label.setAttribute('data-care-part', 'option');
      n.setAttribute('data-care-part', 'control');
      if (!n.nextElementSibling?.matches('[data-care-part=box]')) {
        const box = document.createElement('span');
        box.setAttribute('data-care-part', 'box');
        box.setAttribute('aria-hidden', 'true');
        n.after(box);
      }
    }
    if (this.light) return;
    const part = (name: string) => {
      const el = document.createElement('div');
      el.setAttribute('data-care-part', name);
      el.id = `${this.uid}-${name}`;
      return el;
    };
    const hint = part('hint');
    const error = part('error');
    if (this.single) {
      found[0]!.closest('label')!.before(hint, error);
      this.light = { hint, error, group: found[0]! };
      return;
    }
    let fieldset = this.querySelector('fieldset');
    if (!fieldset) {
      fieldset = document.createElement('fieldset');
      fieldset.append(...this.childNodes);
      this.append(fieldset);
    }
    // The group is focusable from script, never by Tab: an error summary's link can move focus
    // to the whole question, and the screen reader reads its label and error.
    if (!fieldset.hasAttribute('tabindex')) fieldset.tabIndex = -1;
    if (this.kind === 'radio' && !fieldset.hasAttribute('role')) fieldset.setAttribute('role', 'radiogroup');
    let legend = fieldset.querySelector(':scope > legend');
    if (!legend && this.label) {
      legend = document.createElement('legend');
      legend.textContent = this.label;
      fieldset.prepend(legend);
    }
    if (legend) legend.after(hint, error);
    else fieldset.prepend(hint, error);
    this.light = { hint, error, group: fieldset };
  }

  private renderLight(error: string): void {
    const { hint, error: errorEl, group } = this.light!;
    hint.hidden = !this.hint;
    hint.textContent = this.hint;
    errorEl.hidden = !error;
    render(this.errorTemplate(error), errorEl);
    describe(group, [this.hint && hint.id, error && errorEl.id].filter(Boolean) as string[], this.uid);
    flag(group, 'aria-invalid', this.userInvalid);
    const stop = this.tabStop();
    for (const n of this.natives) {
      // A portal's own disabled option stays disabled.
      n.disabled = this.disabled || this.locked.has(n);
      if (this.single) n.required = this.required;
      if (this.kind !== 'radio') continue;
      n.tabIndex = n === stop ? 0 : -1;
      // A required radio makes every radio of its group invalid, and an error summary would list
      // each one: the group says it is required, and only the focused radio carries the error.
      n.required = false;
    }
    if (this.kind === 'radio') flag(group, 'aria-required', this.required);
  }
}
