import { FormControl, getClock, registerStrings, type Validator } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorContent } from '../internal/field-messages.js';
import { fieldStrings } from '../internal/field.strings.js';
import { fieldStyles } from '../internal/field.styles.js';
import { parseIsoDate, todayIso } from '../validators/calendar.js';
import { dateFieldOrder, validateDateParts, type DatePart } from '../validators/date.js';
import { problemParams } from '../validators/describe-problem.js';
import { dateStrings } from '../validators/date.strings.js';
import { dateFieldStrings } from './date-field.strings.js';
import { dateFieldStyles } from './date-field.styles.js';
import { submitOnEnter } from '../internal/implicit-submit.js';
import { formsLocales } from '../locales/index.js';

registerStrings(fieldStrings, formsLocales);
registerStrings(dateStrings, formsLocales);
registerStrings(dateFieldStrings, formsLocales);

/** What the person typed in each part, exactly as typed. */
export type DateFieldParts = Record<DatePart, string>;

const EXAMPLE: DateFieldParts = { day: '27', month: '3', year: '2007' };

const fromIso = (iso: unknown): DateFieldParts => {
  const date = parseIsoDate(iso);
  return date ? { year: String(date[0]).padStart(4, '0'), month: String(date[1]), day: String(date[2]) } : { day: '', month: '', year: '' };
};

// `today` lets a date of birth be limited without the portal computing the date.
const limit = (value: string | undefined) => (value === 'today' ? todayIso(new Date(getClock().now())) : value);

/**
 * A date typed as three fields, day, month and year, in the order the page's language writes
 * them (year first in Chinese), as GOV.UK asks: no calendar to find 1956 in, no `type=number`.
 * Each part is a text field with a numeric keypad that accepts full-width digits; nothing moves
 * focus by itself between parts.
 *
 * The value is the date as `YYYY-MM-DD`, or '' while it is incomplete or not a real date. The
 * error says which part is wrong ("Day must be between 1 and 31", "There is no 30 February")
 * and marks that part alone; it appears once the person leaves the whole date, or tries to
 * submit, never while moving between its three parts.
 *
 * @tagname care-date-field
 * @summary Date as day, month and year fields in the locale's order; ISO value; form-associated.
 *
 * @csspart group - The fieldset around everything.
 * @csspart label - The legend naming the date.
 * @csspart hint - The hint and the example date.
 * @csspart error - The error message.
 * @csspart base - The wrapper of the three parts.
 * @csspart part-label - The label of each part (Day, Month, Year).
 * @csspart control - Each of the three inputs; also `day`, `month` and `year`.
 *
 * @event input - As on a native input, from each part.
 * @event change - When the person commits a change to the date (the value changed).
 */
export class CareDateField extends FormControl {
  static override styles = [...FormControl.styles, fieldStyles, dateFieldStyles];
  static override shadowRootOptions: ShadowRootInit = { ...FormControl.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    defaultValue: { attribute: 'value' },
    min: {},
    max: {},
    autocomplete: {},
    errorMessage: { attribute: 'error-message' },
    parts: { attribute: false },
  };

  /** The visible name of the date, as a legend above its three parts. */
  label = '';
  /** Help above the parts; the example date ("For example, 27 3 2007") is always added. */
  hint = '';
  /** The initial date (`YYYY-MM-DD`), from the `value` attribute; `form.reset()` returns to it. */
  defaultValue = '';
  /** The earliest date allowed, `YYYY-MM-DD` or `today`. Anything else is ignored. */
  min?: string;
  /** The latest date allowed, `YYYY-MM-DD` or `today` (a date of birth). Anything else is ignored. */
  max?: string;
  /** `bday` gives the parts `bday-day`, `bday-month` and `bday-year`, for the browser's autofill. */
  autocomplete?: string;
  /** An error to show now, e.g. from the server. It stays until the person changes the date. */
  errorMessage = '';
  /** What the person typed in each part, as typed: kept through every error. */
  parts: DateFieldParts = fromIso('');

  private order: DatePart[] = ['day', 'month', 'year'];
  private composing = false;
  private committed = '';

  /** The date as `YYYY-MM-DD`; '' while it is incomplete, not a real date or outside `min`/`max`. */
  get value(): string {
    const result = this.check();
    return result?.valid ? result.value : '';
  }

  set value(iso: string) {
    this.parts = fromIso(iso);
  }

  /** Focuses the part that is wrong, else the first part: an error summary's link lands where the fix is. */
  override focus(options?: FocusOptions): void {
    this.validationAnchor?.focus(options);
  }

  protected override get validators(): Validator<CareDateField>[] {
    return [
      {
        check: () => {
          const result = this.check();
          if (!result) return this.required ? { flag: 'valueMissing', message: this.localize.t('field.required', { label: this.label }) } : undefined;
          if (result.valid) return undefined;
          const { key } = result.problem;
          return {
            flag: key.endsWith('-min') ? 'rangeUnderflow' : key.endsWith('-max') ? 'rangeOverflow' : 'badInput',
            message: this.localize.t(key, problemParams(result.problem, this.localize.locale)),
          };
        },
      },
    ];
  }

  // The browser points at, and form.reportValidity() focuses, the part that is wrong.
  protected override get validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector?.<HTMLElement>(`#${this.wrongParts(true)[0]}`) ?? undefined;
  }

  protected override render() {
    const error = this.errorText;
    const wrong = this.userInvalid ? this.wrongParts() : [];
    const example = this.localize.t('date-field.example', { example: this.order.map((p) => EXAMPLE[p]).join(' ') });
    // tabindex -1: a portal can move focus to the date as a whole, and its legend, hint and error are read together.
    return html`
      <fieldset part="group" tabindex="-1" aria-describedby=${error ? 'hint error' : 'hint'} ?disabled=${this.isDisabled} @focusout=${this.onFocusOut}>
        <legend part="label" class="label">${this.label}</legend>
        <div part="hint" class="hint" id="hint">${this.hint ? html`<span>${this.hint}</span> ` : nothing}<span>${example}</span></div>
        <div part="error" class="error" id="error" ?hidden=${!error}>
          ${errorContent(this.localize.t('field.error-prefix'), error, this.localize.langOf('field.error-prefix'))}
        </div>
        <div part="base" class="parts">
          ${this.order.map(
            (p) => html`<div class="part ${p}">
              <label part="part-label" for=${p}>${this.localize.t(`date-field.${p}`)}</label>
              <input
                part="control ${p}"
                class="control"
                id=${p}
                type="text"
                inputmode="numeric"
                spellcheck="false"
                autocomplete=${this.autofill(p) ?? nothing}
                .value=${live(this.parts[p])}
                ?required=${this.required}
                aria-invalid=${wrong.includes(p) ? 'true' : nothing}
                @input=${this.onInput}
                @change=${this.onChange}
                @keydown=${this.onKeyDown}
                @compositionstart=${this.onCompositionStart}
                @compositionend=${this.onCompositionEnd}
              />
            </div>`,
          )}
        </div>
      </fieldset>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered, and typed in before the script arrived: what the person typed stays.
    if (!this.hasUpdated && this.renderRoot?.querySelector?.('.control')) {
      const typed = { ...this.parts };
      for (const p of ['day', 'month', 'year'] as const) typed[p] = this.renderRoot.querySelector<HTMLInputElement>(`#${p}`)?.value ?? typed[p];
      if (JSON.stringify(typed) !== JSON.stringify(this.parts)) this.parts = typed;
    }
    if (changed.has('defaultValue') && !this.hasUpdated && !Object.values(this.parts).join('')) this.parts = fromIso(this.defaultValue);
    if (changed.has('errorMessage') && this.errorMessage) {
      this.setCustomValidity(this.errorMessage);
      this.setUserInvalid(true);
    }
    this.order = dateFieldOrder(this.localize.lang || this.localize.locale);
    super.willUpdate(changed);
    if (!this.composing) this.updateValidity();
    this.internals.setFormValue(this.value, JSON.stringify(this.parts));
  }

  protected override updated(): void {
    // The anchor is the part that is wrong, which exists only once rendered.
    this.updateValidity();
  }

  override formResetCallback(): void {
    this.parts = fromIso(this.defaultValue);
    this.committed = this.value;
    this.errorMessage = '';
    this.setCustomValidity('');
    super.formResetCallback();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    try {
      const parts = JSON.parse(String(state));
      this.parts = { day: String(parts.day ?? ''), month: String(parts.month ?? ''), year: String(parts.year ?? '') };
    } catch {
      // Not a state this element saved.
    }
  }

  private check() {
    if (!Object.values(this.parts).join('').trim()) return undefined;
    return validateDateParts(this.parts, { min: limit(this.min), max: limit(this.max) });
  }

  /** The parts a problem is about: one when the validator names it, else all (in order). */
  private wrongParts(forAnchor = false): DatePart[] {
    const result = this.check();
    const part = result && !result.valid ? (result.problem.params?.part as DatePart | undefined) : undefined;
    return part ? [part] : forAnchor ? [this.order[0]!] : this.order;
  }

  private autofill(part: DatePart): string | undefined {
    const token = this.autocomplete?.trim() ?? '';
    if (token === 'off') return token;
    return /(^|\s)bday$/.test(token) ? `${token}-${part}` : undefined;
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.parts = { ...this.parts, [input.id]: input.value };
    if (this.errorMessage) {
      this.errorMessage = '';
      this.setCustomValidity('');
    }
    if (!this.composing) this.markInteracted();
  };

  // One `change` per change of the date, as a native date input: not one per part.
  private onChange = () => {
    if (this.value === this.committed) return;
    this.committed = this.value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  // Moving between its own parts is not leaving, nor is switching to another app to look
  // something up (the window loses focus, the part keeps it): the error waits for a real leave.
  private onFocusOut = (event: FocusEvent) => {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null) && document.hasFocus()) this.markLeft();
  };

  private onCompositionStart = () => {
    this.composing = true;
  };

  private onCompositionEnd = (event: CompositionEvent) => {
    this.composing = false;
    this.onInput(event);
  };

  private onKeyDown = (event: KeyboardEvent) => submitOnEnter(event, this.form, this.composing);
}
