import { shared } from '../shared-global.js';
import { resolveLocale, type CareLocale } from './locale.js';

/** A message: plain text with `{name}` placeholders, or one text per plural category. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
export type Messages = Record<string, Message>;
/** English is complete; other locales may omit a string, which then falls back to English. */
export type Catalog = { en: Messages } & Partial<Record<Exclude<CareLocale, 'en'>, Messages>>;
export type StringOverrides = Partial<Record<CareLocale, Messages>>;
export type MessageParams = Record<string, string | number>;
/** Where a package's strings in other languages are, loaded when first needed: `{ vi: () => import('./vi.js') }`. */
export type LocaleLoaders = Partial<Record<Exclude<CareLocale, 'en'>, () => Promise<{ default: Messages }>>>;

interface Registry {
  catalogs: Partial<Record<CareLocale, Messages>>;
  overrides: Partial<Record<CareLocale, Messages>>;
  listeners: Set<() => void>;
}

const registry = (): Registry => shared('strings.v1', () => ({ catalogs: {}, overrides: {}, listeners: new Set() }));

// Kept apart from the `strings.v1` registry so that copies of core from before lazy locales
// still share their catalogs with this one.
interface LazyRegistry {
  /** Each package's loaders, with what became of each locale: loading, or done (loaded or failed). */
  packages: Map<LocaleLoaders, Partial<Record<CareLocale, Promise<void> | true>>>;
  /** Locales some element or page asked for: packages registered later load them at once. */
  wanted: Set<CareLocale>;
}

const lazyRegistry = (): LazyRegistry => shared('strings.lazy.v1', () => ({ packages: new Map(), wanted: new Set() }));

const notify = () => {
  for (const listener of [...registry().listeners]) listener();
};

/**
 * Adds a component's built-in strings. Keys are namespaced by component (`button.busy`).
 * `locales` says where the package keeps its other languages; they load when first needed.
 */
export function registerStrings(catalog: Catalog, locales?: LocaleLoaders): void {
  const { catalogs } = registry();
  for (const [locale, messages] of Object.entries(catalog) as [CareLocale, Messages][]) {
    catalogs[locale] = { ...catalogs[locale], ...messages };
  }
  const lazy = lazyRegistry();
  if (!locales || lazy.packages.has(locales)) return;
  lazy.packages.set(locales, {});
  for (const locale of lazy.wanted) void loadLocale(locale);
}

/**
 * Loads every registered package's strings for a language (any BCP 47 tag), and those of
 * packages registered later. Elements call it themselves and wait before their first render;
 * code without an element (a validator's sentence, a server) awaits it before `translate`.
 * Never rejects: strings that cannot be fetched fall back to English, with a console warning.
 */
export function loadLocale(tag: string | null | undefined): Promise<void> {
  const locale = resolveLocale(tag);
  if (locale === 'en') return Promise.resolve();
  const lazy = lazyRegistry();
  lazy.wanted.add(locale);
  const loading: Promise<void>[] = [];
  for (const [loaders, state] of lazy.packages) {
    const load = loaders[locale];
    const current = state[locale];
    if (!load || current === true) continue;
    loading.push(
      (state[locale] = current ?? load().then(
        (module) => {
          registerStrings({ en: {}, [locale]: module.default });
          state[locale] = true;
          notify();
        },
        (error: unknown) => {
          // English is better than a blank control; a failed chunk is not retried on every render.
          state[locale] = true;
          console.warn(`Caremode: strings for "${locale}" could not be loaded; showing English.`, error);
        },
      )),
    );
  }
  return Promise.all(loading).then(() => undefined);
}

/** Nothing when `locale`'s strings are all here; else the promise of their loading. */
export function localeReady(locale: CareLocale): Promise<void> | undefined {
  for (const [loaders, state] of lazyRegistry().packages) {
    if (loaders[locale as Exclude<CareLocale, 'en'>] && state[locale] !== true) return loadLocale(locale);
  }
  return undefined;
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
  notify();
}

/** Forgets every page-level override. */
export function clearStringOverrides(): void {
  const reg = registry();
  reg.overrides = {};
  notify();
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
