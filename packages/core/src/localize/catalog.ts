import { shared } from '../shared-global.js';
import { resolveLocale, type CareLocale } from './locale.js';

/** A message: plain text with `{name}` placeholders, or one text per plural category. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
export type Messages = Record<string, Message>;
/** English is complete; other locales may omit a string, which then falls back to English. */
export type Catalog = { en: Messages } & Partial<Record<Exclude<CareLocale, 'en'>, Messages>>;
export type StringOverrides = Partial<Record<CareLocale, Messages>>;
export type MessageParams = Record<string, string | number>;

interface Registry {
  catalogs: Partial<Record<CareLocale, Messages>>;
  overrides: Partial<Record<CareLocale, Messages>>;
  listeners: Set<() => void>;
}

const registry = (): Registry => shared('strings.v1', () => ({ catalogs: {}, overrides: {}, listeners: new Set() }));

/** Adds a component's built-in strings. Keys are namespaced by component (`button.busy`). */
export function registerStrings(catalog: Catalog): void {
  const { catalogs } = registry();
  for (const [locale, messages] of Object.entries(catalog) as [CareLocale, Messages][]) {
    catalogs[locale] = { ...catalogs[locale], ...messages };
  }
}

/**
 * Replaces built-in strings for the whole page, e.g. a ministry's own wording:
 * `overrideStrings({ vi: { 'button.busy': 'Đang gửi…' } })`. Locale keys may be any BCP 47 tag.
 */
export function overrideStrings(overrides: Record<string, Messages>): void {
  const reg = registry();
  for (const [tag, messages] of Object.entries(overrides ?? {})) {
    const locale = resolveLocale(tag);
    reg.overrides[locale] = { ...reg.overrides[locale], ...messages };
  }
  for (const listener of [...reg.listeners]) listener();
}

/** Forgets every page-level override. */
export function clearStringOverrides(): void {
  const reg = registry();
  reg.overrides = {};
  for (const listener of [...reg.listeners]) listener();
}

export const onStringsChanged = (listener: () => void): (() => void) => {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Looks up a string: element overrides, page overrides, the locale's catalog, then English.
 * Never returns the key itself: a person must not read `button.busy`.
 */
export function lookup(locale: CareLocale, key: string, local?: StringOverrides): { message: Message; locale: CareLocale } | undefined {
  const { catalogs, overrides } = registry();
  for (const loc of locale === 'en' ? (['en'] as const) : [locale, 'en' as const]) {
    const message = local?.[loc]?.[key] ?? overrides[loc]?.[key] ?? catalogs[loc]?.[key];
    if (message !== undefined) return { message, locale: loc };
  }
  return undefined;
}

/**
 * A string for `locale`, formatted: `local` overrides, page overrides, the locale's catalog,
 * then English; '' when no locale has it. For code without an element (validators, servers).
 */
export function translate(locale: CareLocale, key: string, params?: MessageParams, local?: StringOverrides): string {
  const found = lookup(locale, key, local);
  return found ? formatMessage(found.message, found.locale, params) : '';
}

/** Fills `{name}` placeholders and picks the plural form by `params.count`. */
export function formatMessage(message: Message, locale: CareLocale, params: MessageParams = {}): string {
  const count = Number(params.count);
  const text =
    typeof message === 'string' ? message : (count >= 0 ? message[new Intl.PluralRules(locale).select(count)] : undefined) ?? message.other;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}
