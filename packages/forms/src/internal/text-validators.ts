import type { ValidationFailure, Validator } from '@caremode/core';

/** What the shared text rules need from a field. */
export interface TextRuleHost {
  value: string;
  required: boolean;
  label: string;
  maxlength?: number;
  minlength?: number;
  pattern?: string;
  type?: string;
  /** The field's localized string. */
  message(key: string, params?: Record<string, string | number>): string;
}

const compile = (pattern: string, flags: string): RegExp | undefined => {
  try {
    return new RegExp(`^(?:${pattern})$`, flags);
  } catch {
    return undefined;
  }
};

const fail = (flag: ValidationFailure['flag'], message: string): ValidationFailure => ({ flag, message });

// Length is counted in characters a person sees ("Nguyễn" is 6, whatever its normal form).
const length = (text: string) => [...text.normalize('NFC')].length;

/** Required, length, pattern, email and URL: the native rules, with messages in plain words. */
export const textValidators: Validator<TextRuleHost>[] = [
  {
    check: (f) => (f.required && !f.value.trim() ? fail('valueMissing', f.message('field.required', { label: f.label })) : undefined),
  },
  {
    check: (f) =>
      f.maxlength !== undefined && f.maxlength >= 0 && length(f.value) > f.maxlength
        ? fail('tooLong', f.message('field.too-long', { count: f.maxlength }))
        : undefined,
  },
  {
    check: (f) =>
      f.value && f.minlength && length(f.value) < f.minlength ? fail('tooShort', f.message('field.too-short', { count: f.minlength })) : undefined,
  },
  {
    check: (f) => {
      if (!f.value || !f.pattern) return undefined;
      // As browsers compile `pattern`: the `v` flag where known, `u` before it.
      const re = compile(f.pattern, 'v') ?? compile(f.pattern, 'u');
      // A broken pattern from the portal must not lock a person out.
      if (!re) return undefined;
      return re.test(f.value) ? undefined : fail('patternMismatch', f.message('field.pattern'));
    },
  },
  {
    check: (f) =>
      f.type === 'email' && f.value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.value.trim()) ? fail('typeMismatch', f.message('field.email')) : undefined,
  },
  {
    check: (f) => {
      if (f.type !== 'url' || !f.value) return undefined;
      try {
        new URL(f.value.trim());
        return undefined;
      } catch {
        return fail('typeMismatch', f.message('field.url'));
      }
    },
  },
];
