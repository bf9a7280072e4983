/**
 * What a validator found wrong: a key in the validators' catalog and the values its sentence
 * needs. Problems carry no language, so the same result can be shown in any locale, on the
 * page or on a server.
 */
export interface ValidationProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** `value` is the normalized value: digits only for ID numbers, E.164 for phones, ISO dates. */
export type ValidationResult = { valid: true; value: string } | { valid: false; problem: ValidationProblem };

export const valid = (value: string): ValidationResult => ({ valid: true, value });

export const invalid = (key: string, params?: Record<string, string | number>): ValidationResult => ({
  valid: false,
  problem: params ? { key, params } : { key },
});
