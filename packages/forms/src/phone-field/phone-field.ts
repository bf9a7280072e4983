import { registerStrings } from '@caremode/core';
import type { PropertyDeclarations } from 'lit';
import { CareTextField } from '../text-field/text-field.js';
import { textValidators } from '../internal/text-validators.js';
import { problemParams, validatePhone, type PhoneCountry } from '../validators/index.js';
import { phoneStrings } from '../validators/phone.strings.js';
import { formsLocales } from '../locales/index.js';

// Only the sentences this field can show; registered here because bundlers may leave out the
// validators' index.
registerStrings(phoneStrings, formsLocales);

const COUNTRIES: PhoneCountry[] = ['vn', 'cn', 'id'];
const BY_LOCALE: Record<string, PhoneCountry> = { vi: 'vn', 'zh-Hans': 'cn', id: 'id' };

/**
 * A phone number field that accepts the number however people write it (spaces, dashes, dots,
 * brackets, full-width digits, +84 / +86 / +62, 0084, or the national 0) and checks it for the
 * country: Vietnamese, Chinese or Indonesian numbers. The form receives the number in E.164
 * (`+84912345678`) when the element renders its own input; when it enhances the portal's input,
 * that input submits what the person typed and the server normalises it (the same validator
 * runs in Node: `validatePhone` from `@caremode/forms/validators.js`). What the person typed is
 * never rewritten on screen.
 *
 * @tagname care-phone-field
 * @summary Phone number field for Vietnam, China and Indonesia; E.164 value.
 *
 * @slot - In the enhancing path: the portal's `<label>` and `<input>`.
 * @slot hint - A hint with markup.
 * @slot prefix - Shown before the input, e.g. "+84".
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The input.
 * @event input - As on a native input.
 * @event change - As on a native input.
 */
export class CarePhoneField extends CareTextField {
  static override properties: PropertyDeclarations = {
    country: {},
    mobileOnly: { type: Boolean, attribute: 'mobile-only' },
  };

  /** `vn`, `cn` or `id`; by default the country of the page's language (Vietnam for English). */
  country?: PhoneCountry;
  /** Refuse landlines, e.g. when the number will receive a code by text message. */
  mobileOnly = false;

  constructor() {
    super();
    this.type = 'tel';
    this.inputmode = 'tel';
    this.autocomplete = 'tel';
  }

  /** The country whose rules apply now. */
  get effectiveCountry(): PhoneCountry {
    return this.country && COUNTRIES.includes(this.country) ? this.country : (BY_LOCALE[this.localize.locale] ?? 'vn');
  }

  /** The number in E.164 (`+84912345678`), or '' while it is not a valid number. */
  get e164(): string {
    const result = validatePhone(this.value, this.effectiveCountry, { mobileOnly: this.mobileOnly });
    return result.valid ? result.value : '';
  }

  protected override formValue(): string {
    return this.e164 || this.value;
  }

  protected override get validators() {
    return [
      ...textValidators,
      {
        check: () => {
          if (!this.value.trim()) return undefined;
          const result = validatePhone(this.value, this.effectiveCountry, { mobileOnly: this.mobileOnly });
          if (result.valid) return undefined;
          return { flag: 'patternMismatch' as const, message: this.message(result.problem.key, problemParams(result.problem, this.localize.locale)) };
        },
      },
    ];
  }
}
