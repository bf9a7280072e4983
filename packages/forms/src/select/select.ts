import { FormControl, registerStrings, type ValidationFailure } from '@caremode/core';
import { html, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { errorContent } from '../internal/field-messages.js';
import { fieldStrings } from '../internal/field.strings.js';
import { fieldStyles } from '../internal/field.styles.js';
import { selectStrings } from './select.strings.js';
import { selectStyles } from './select.styles.js';
import { formsLocales } from '../locales/index.js';

registerStrings(fieldStrings, formsLocales);
registerStrings(selectStrings, formsLocales);

/** One choice. Choices with the same `group` are listed together under that heading. */
export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  group?: string;
}

let id = 0;

const text = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

// A portal's data is not always clean: anything but a list gives no choices, and an item with
// neither value nor label is skipped rather than shown as an empty line.
const toOptions = (list: unknown): SelectOption[] | undefined =>
  Array.isArray(list)
    ? list.flatMap((item) => {
        const o = (item !== null && typeof item === 'object' ? item : { value: item }) as Record<string, unknown>;
        const value = text(o.value) ?? text(o.label);
        return value === undefined ? [] : [{ value, label: text(o.label) || value, disabled: o.disabled === true, group: text(o.group) }];
      })
    : undefined;

/**
 * A large native `<select>`: the one list control that works on every phone and in-app browser,
 * with the system's own picker. It stays in light DOM (options cannot be slotted into a select
 * inside a shadow root), is submitted by the form itself, and gets the label above, a hint and
 * an error with an icon next to it, care-mode sizes and a clear arrow.
 *
 * Enhances a portal's own list: `<care-select hint="…"><label for="p">Tỉnh/thành phố</label>
 * <select id="p" name="province">…</select></care-select>`. Or builds one: give `label`, `name`
 * and the `options` property, and the element writes the label and select in its light DOM,
 * starting with an empty "Choose…" option so nothing is chosen by accident.
 *
 * `required` asks for a real choice: an option with an empty value ("Chọn tỉnh/thành phố") does
 * not count.
 *
 * @tagname care-select
 * @summary Large native select with label, hint, error; form-associated; portal's or built from options.
 *
 * Everything a person sees is in light DOM, so a portal styles it directly (`care-select
 * select`, `[data-care-part="hint"]`, `[data-care-part="error"]`) rather than through parts.
 *
 * @slot - The `<label>` and `<select>`, the portal's or the ones built from `options`.
 *
 * @cssprop --care-target-min - Minimum height of the select.
 *
 * @event change - From the native select, when the person chooses.
 * @event input - From the native select.
 */
export class CareSelect extends FormControl {
  static override styles = [...FormControl.styles, fieldStyles, selectStyles];
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    options: { attribute: false },
    value: { attribute: false, noAccessor: true },
    defaultValue: { attribute: 'value' },
    autocomplete: {},
    errorMessage: { attribute: 'error-message' },
  };

  /** The visible label, above the list (a portal's own `<label for>` is used when present). */
  label = '';
  /** Help shown under the label ("Where your birth certificate was issued"). */
  hint = '';
  /**
   * The choices: `[{ value, label, disabled?, group? }]`. Replaces the select's options; leave
   * unset to keep the portal's own.
   */
  options?: SelectOption[];
  /** The value chosen at first, from the `value` attribute; `form.reset()` returns to it. */
  defaultValue = '';
  /** Passed to the select for autofill, e.g. `address-level1` for a province. */
  autocomplete?: string;
  /** An error to show now, e.g. from the server; it stays until the person chooses again. */
  errorMessage = '';

  private select: HTMLSelectElement | null = null;
  private parts?: { label?: HTMLLabelElement; hint: HTMLElement; error: HTMLElement };
  // A value asked for before its option exists (options still loading): chosen once it does.
  private wanted?: string;
  private readonly uid = `care-select-${++id}`;

  /** The native select, the portal's or the one built here. */
  get control(): HTMLSelectElement | null {
    return this.select;
  }

  /** The chosen option's value; '' while nothing real is chosen. */
  get value(): string {
    return this.select?.value ?? this.wanted ?? '';
  }

  set value(next: string) {
    const old = this.value;
    this.wanted = next == null ? '' : String(next);
    this.pick();
    this.updateValidity();
    this.requestUpdate('value', old);
  }

  override focus(options?: FocusOptions): void {
    this.select?.focus(options);
  }

  protected override get validators() {
    return [
      {
        check: (): ValidationFailure | undefined =>
          this.required && !this.value ? { flag: 'valueMissing', message: this.localize.t('select.required', { label: this.labelText() }) } : undefined,
      },
    ];
  }

  protected override get delegate() {
    return this.select ?? undefined;
  }

  override connectedCallback(): void {
    if (!this.select) this.adopt(this.querySelector('select') ?? this.appendChild(document.createElement('select')));
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const select = this.select;
    const list = toOptions(this.options);
    if (select && changed.has('options') && list) this.fill(select, list);
    if (select && (changed.has('options') || changed.has('defaultValue'))) {
      const match = this.defaultValue ? [...select.options].find((o) => o.value === this.defaultValue) : undefined;
      if (match) for (const option of select.options) option.defaultSelected = option === match;
      this.pick();
    }
    if (changed.has('errorMessage') && this.errorMessage) {
      this.setCustomValidity(this.errorMessage);
      this.setUserInvalid(true);
    }
    super.willUpdate(changed);
    this.updateValidity();
  }

  protected override render() {
    this.renderLight();
    return html`<slot></slot>`;
  }

  override formResetCallback(): void {
    // The select has returned to its first choice by itself.
    this.wanted = undefined;
    this.errorMessage = '';
    this.setCustomValidity('');
    super.formResetCallback();
    this.requestUpdate();
  }

  private labelText(): string {
    return this.label || this.select?.labels?.[0]?.textContent?.trim() || '';
  }

  private pick(): void {
    const select = this.select;
    if (select && this.wanted !== undefined && [...select.options].some((o) => o.value === this.wanted)) {
      select.value = this.wanted;
      this.wanted = undefined;
    }
  }

  /** Builds the options, keeping what the person chose when it is still offered. */
  private fill(select: HTMLSelectElement, list: SelectOption[]): void {
    this.wanted ??= select.value || undefined;
    const nodes: HTMLElement[] = [];
    if (!list.some((o) => o.value === '')) {
      const choose = new Option('', '');
      choose.setAttribute('data-care-part', 'choose');
      nodes.push(choose);
    }
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const { value, label, disabled, group } of list) {
      const option = new Option(label, value);
      option.disabled = !!disabled;
      if (!group) {
        nodes.push(option);
        continue;
      }
      let optgroup = groups.get(group);
      if (!optgroup) {
        optgroup = document.createElement('optgroup');
        optgroup.label = group;
        groups.set(group, optgroup);
        nodes.push(optgroup);
      }
      optgroup.append(option);
    }
    select.replaceChildren(...nodes);
  }

  private adopt(select: HTMLSelectElement): void {
    this.select = select;
    select.id ||= `${this.uid}-control`;
    this.name ||= select.name;
    this.required ||= select.required;
    this.disabled ||= select.disabled;
    const part = (name: string) => {
      const el = document.createElement('div');
      el.setAttribute('data-care-part', name);
      el.id = `${this.uid}-${name}`;
      return el;
    };
    this.parts = { hint: part('hint'), error: part('error') };
    // Next to the select, or to the portal's element that holds it.
    let top: Element = select;
    while (top.parentElement && top.parentElement !== this) top = top.parentElement;
    top.before(this.parts.hint, this.parts.error);
    select.addEventListener('change', this.onChange);
    select.addEventListener('blur', this.onBlur);
    // A portal's script may refill the list (districts after a province): the choice, and so
    // the validity, can change without a change event.
    new MutationObserver(() => {
      this.pick();
      this.updateValidity();
      this.requestUpdate();
    }).observe(select, { childList: true, subtree: true });
    this.internals.setFormValue(null);
  }

  private renderLight(): void {
    const select = this.select;
    const parts = this.parts;
    if (!select || !parts) return;
    if (this.label && !parts.label && !select.labels?.length) {
      parts.label = document.createElement('label');
      parts.label.htmlFor = select.id;
      parts.hint.before(parts.label);
    }
    if (parts.label) parts.label.textContent = this.label;
    const error = this.errorText;
    parts.hint.hidden = !this.hint;
    parts.hint.textContent = this.hint;
    parts.error.hidden = !error;
    const prefix = 'field.error-prefix';
    render(errorContent(this.localize.t(prefix), error, this.localize.langOf(prefix)), parts.error);
    const choose = select.querySelector<HTMLOptionElement>('option[data-care-part="choose"]');
    const chooseText = this.localize.t('select.choose');
    if (choose && choose.text !== chooseText) choose.text = chooseText;
    const ours = [this.hint && parts.hint.id, error && parts.error.id].filter(Boolean) as string[];
    const theirs = (select.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && !t.startsWith(this.uid));
    const describedBy = [...theirs, ...ours].join(' ');
    if (describedBy) select.setAttribute('aria-describedby', describedBy);
    else select.removeAttribute('aria-describedby');
    if (this.userInvalid) select.setAttribute('aria-invalid', 'true');
    else select.removeAttribute('aria-invalid');
    if (this.name) select.name = this.name;
    if (this.autocomplete) select.setAttribute('autocomplete', this.autocomplete);
    select.required = this.required;
    select.disabled = this.isDisabled;
  }

  private onChange = () => {
    this.wanted = undefined;
    if (this.errorMessage) {
      this.errorMessage = '';
      this.setCustomValidity('');
    }
    this.markInteracted();
    this.requestUpdate();
  };

  private onBlur = () => this.markLeft();
}
