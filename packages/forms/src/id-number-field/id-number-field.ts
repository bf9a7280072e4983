import { registerStrings } from '@caremode/core';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { CareTextField } from '../text-field/text-field.js';
import { textValidators } from '../internal/text-validators.js';
import { problemParams, validateCnResident, validateIdNik, validateVnCccd, type ValidationResult } from '../validators/index.js';
import { cnResidentStrings } from '../validators/cn-resident.strings.js';
import { idNikStrings } from '../validators/id-nik.strings.js';
import { vnCccdStrings } from '../validators/vn-cccd.strings.js';
import { formsLocales } from '../locales/index.js';

// Only the sentences this field can show; registered here because bundlers may leave out the
// validators' index.
registerStrings(vnCccdStrings, formsLocales);
registerStrings(cnResidentStrings, formsLocales);
registerStrings(idNikStrings, formsLocales);

export type IdNumberKind = 'vn-cccd' | 'cn-resident' | 'id-nik';

const VALIDATE: Record<IdNumberKind, (input: string) => ValidationResult> = {
  'vn-cccd': (v) => validateVnCccd(v),
  'cn-resident': (v) => validateCnResident(v),
  'id-nik': (v) => validateIdNik(v),
};
const BY_LOCALE: Record<string, IdNumberKind> = { vi: 'vn-cccd', 'zh-Hans': 'cn-resident', id: 'id-nik' };

/**
 * A national identity number field: Vietnam's căn cước công dân number (`vn-cccd`), China's
 * 居民身份证 number (`cn-resident`) or Indonesia's NIK (`id-nik`). It accepts spaces, dashes and
 * full-width digits, checks the number by its published rules, and says what is wrong in
 * plain words ("The last character does not match the rest of the number. Check the number on
 * your card."). The form receives the digits only when the element renders its own input.
 *
 * The number is personal data: the element is marked `data-care-private`, so read-aloud never
 * sends it to a network speech service.
 *
 * @tagname care-id-number-field
 * @summary Identity number field for Vietnam (CCCD), China (居民身份证) and Indonesia (NIK).
 *
 * @slot - In the enhancing path: the portal's `<label>` and `<input>`.
 * @slot hint - A hint with markup.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The input.
 * @event input - As on a native input.
 * @event change - As on a native input.
 */
export class CareIdNumberField extends CareTextField {
  static override properties: PropertyDeclarations = { kind: {} };

  /** `vn-cccd`, `cn-resident` or `id-nik`; by default the one of the page's language. */
  kind?: IdNumberKind;

  constructor() {
    super();
    this.autocomplete = 'off';
  }

  override connectedCallback(): void {
    // Attributes cannot be added in a custom element's constructor.
    this.setAttribute('data-care-private', '');
    super.connectedCallback();
  }

  /** The kind of number whose rules apply now. */
  get effectiveKind(): IdNumberKind {
    return this.kind && this.kind in VALIDATE ? this.kind : (BY_LOCALE[this.localize.locale] ?? 'vn-cccd');
  }

  private check(): ValidationResult {
    return VALIDATE[this.effectiveKind](this.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A Chinese number may end in X, which numeric keypads lack.
    this.inputmode = this.effectiveKind === 'cn-resident' ? 'text' : 'numeric';
    super.willUpdate(changed);
  }

  protected override formValue(): string {
    const result = this.check();
    return result.valid ? result.value : this.value;
  }

  protected override get validators() {
    return [
      ...textValidators,
      {
        check: () => {
          if (!this.value.trim()) return undefined;
          const result = this.check();
          if (result.valid) return undefined;
          return { flag: 'patternMismatch' as const, message: this.message(result.problem.key, problemParams(result.problem, this.localize.locale)) };
        },
      },
    ];
  }
}
