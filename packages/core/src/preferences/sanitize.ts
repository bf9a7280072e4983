import { requirements, type CareTextScale } from '@caremode/tokens';

export type CareContrastChoice = 'auto' | 'default' | 'high' | 'dark';
export type CareContrast = Exclude<CareContrastChoice, 'auto'>;
export type CareMotionChoice = 'auto' | 'reduce' | 'no-preference';

/** What a person chose. `auto` follows the device's own settings live. */
export interface CarePreferences {
  careMode: boolean;
  textScale: CareTextScale;
  contrast: CareContrastChoice;
  motion: CareMotionChoice;
  readAloud: boolean;
  /** Speech rate, 0.5 to 2. */
  readAloudRate: number;
}

export const defaultPreferences: Readonly<CarePreferences> = Object.freeze({
  careMode: false,
  textScale: 1,
  contrast: 'auto',
  motion: 'auto',
  readAloud: false,
  readAloudRate: 1,
});

const oneOf = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const toBoolean = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : /^(true|on|1)$/.test(String(value)) ? true : /^(false|off|0)$/.test(String(value)) ? false : fallback;

/**
 * Accepts anything (stored JSON from an older version, a portal's typo, another tab's write)
 * and returns valid preferences: unknown fields are dropped, bad values keep the fallback.
 */
export function sanitizePreferences(input: unknown, base: CarePreferences = defaultPreferences): CarePreferences {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const { rateMin, rateMax } = requirements.readAloud;
  const rate = typeof raw.readAloudRate === 'number' || typeof raw.readAloudRate === 'string' ? parseFloat(raw.readAloudRate as string) : NaN;
  return {
    careMode: toBoolean(raw.careMode, base.careMode),
    textScale: oneOf(Number(raw.textScale), requirements.text.scales, base.textScale),
    contrast: oneOf(raw.contrast, ['auto', 'default', 'high', 'dark'] as const, base.contrast),
    motion: oneOf(raw.motion, ['auto', 'reduce', 'no-preference'] as const, base.motion),
    readAloud: toBoolean(raw.readAloud, base.readAloud),
    readAloudRate: rate >= 0 ? Math.min(rateMax, Math.max(rateMin, rate)) : base.readAloudRate,
  };
}
