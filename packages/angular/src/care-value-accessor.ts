import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import { type ControlValueAccessor, NG_VALIDATORS, NG_VALUE_ACCESSOR, type ValidationErrors, type Validator } from '@angular/forms';

/** The element's side of the binding: what every Caremode form control has. */
interface CareControlElement extends HTMLElement {
  value: unknown;
  checked?: boolean;
  disabled: boolean;
  readonly validity?: ValidityState;
  readonly validationMessage?: string;
  readonly updateComplete?: Promise<unknown>;
}

/**
 * Binds `ngModel`, `formControl` and `formControlName` to Caremode's form controls, so a
 * template needs nothing but the directive in its component's `imports`:
 * `<care-text-field label="Full name" name="fullName" [(ngModel)]="fullName" required>`.
 *
 * The model holds what the element's `value` holds: a string for text, textarea, select, radio
 * group, date (`YYYY-MM-DD`, '' while incomplete), phone, ID number and code fields (as
 * typed); an array of strings for a checkbox group; and `true`/`false` for a single
 * `care-checkbox` (its `checked`). Changes are reported on the element's own `input` and
 * `change` events, the control is touched when focus leaves the whole element (not when it moves
 * between a date's day, month and year), and `disable()` sets the element's `disabled`.
 *
 * The element's own checks (an ID number's rules, a real date, a phone number for the country,
 * `required`, `maxlength`...) reach the control too: while the element is invalid the control has
 * the error `caremode`, whose value is the element's message, in the page's language.
 */
@Directive({
  // Angular matches a directive by a static selector: the tags of CARE_FORM_CONTROL_TAGS, each
  // with the three form directives, so no extra attribute is needed.
  selector:
    'care-text-field[ngModel],care-text-field[formControl],care-text-field[formControlName],' +
    'care-textarea[ngModel],care-textarea[formControl],care-textarea[formControlName],' +
    'care-select[ngModel],care-select[formControl],care-select[formControlName],' +
    'care-radio-group[ngModel],care-radio-group[formControl],care-radio-group[formControlName],' +
    'care-checkbox[ngModel],care-checkbox[formControl],care-checkbox[formControlName],' +
    'care-checkbox-group[ngModel],care-checkbox-group[formControl],care-checkbox-group[formControlName],' +
    'care-date-field[ngModel],care-date-field[formControl],care-date-field[formControlName],' +
    'care-phone-field[ngModel],care-phone-field[formControl],care-phone-field[formControlName],' +
    'care-id-number-field[ngModel],care-id-number-field[formControl],care-id-number-field[formControlName],' +
    'care-code-field[ngModel],care-code-field[formControl],care-code-field[formControlName]',
  host: {
    '(input)': 'viewChanged()',
    '(change)': 'viewChanged()',
    '(focusout)': 'focusLeft($event)',
  },
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CareValueAccessor), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => CareValueAccessor), multi: true },
  ],
})
export class CareValueAccessor implements ControlValueAccessor, Validator {
  private readonly element: CareControlElement = inject<ElementRef<CareControlElement>>(ElementRef).nativeElement;
  private onChange: (value: unknown) => void = () => {};
  private onTouched: () => void = () => {};
  private onValidatorChange: () => void = () => {};
  /** The element's message Angular last read, to ask again only when it changed. */
  private lastError: string | null = null;
  /** What the model last received or was given, to report `input` then `change` of one edit once. */
  private last = '';

  writeValue(value: unknown): void {
    const element = this.element;
    if (this.isSingleCheckbox) element.checked = value === true;
    else if (element.localName === 'care-checkbox-group') element.value = Array.isArray(value) ? value.map(String) : [];
    else element.value = value == null ? '' : String(value);
    this.last = JSON.stringify(this.read());
    this.revalidateAfterUpdate();
  }

  registerOnChange(fn: (value: unknown) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  validate(): ValidationErrors | null {
    this.lastError = this.elementError();
    return this.lastError === null ? null : { caremode: this.lastError };
  }

  registerOnValidatorChange(fn: () => void): void {
    this.onValidatorChange = fn;
  }

  protected viewChanged(): void {
    const value = this.read();
    const key = JSON.stringify(value);
    if (key !== this.last) {
      this.last = key;
      this.onChange(value);
    }
    // The verdict can change while the value does not (a date stays '' while it is incomplete).
    this.revalidateAfterUpdate();
  }

  protected focusLeft(event: FocusEvent): void {
    // Focus moving to another of the element's own controls is not leaving it. Inside its shadow
    // root the browser sends the host no focusout at all; in light DOM (the portal's own radios
    // or checkboxes, enhanced) the event comes, with the next control inside the element.
    const next = event.relatedTarget;
    if (next instanceof Node && this.element.contains(next)) return;
    this.onTouched();
  }

  private get isSingleCheckbox(): boolean {
    return this.element.localName === 'care-checkbox';
  }

  /** The element's validation message, or null while it is valid (or not yet upgraded). */
  private elementError(): string | null {
    const { validity, validationMessage } = this.element;
    return validity && !validity.valid ? validationMessage || 'invalid' : null;
  }

  /**
   * A written value is checked when the element next renders, after Angular has validated the
   * control: ask Angular again then, only if the element's verdict changed.
   */
  private revalidateAfterUpdate(): void {
    void this.element.updateComplete?.then(() => {
      if (this.elementError() !== this.lastError) this.onValidatorChange();
    });
  }

  private read(): unknown {
    const element = this.element;
    if (this.isSingleCheckbox) return element.checked === true;
    const value = element.value;
    return Array.isArray(value) ? [...value] : value;
  }
}
