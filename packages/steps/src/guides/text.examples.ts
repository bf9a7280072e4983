import type { CareLocale } from '@caremode/core';

/** A sentence in each language. */
export type Text = Record<CareLocale, string>;

/** Keeps a table of texts typed: every entry must have all four languages. */
export const texts = <K extends string>(table: Record<K, Text>) => table;

/** The same table, in one language. */
export const inLocale = <K extends string>(table: Record<K, Text>, locale: CareLocale) =>
  Object.fromEntries(Object.entries(table).map(([key, text]) => [key, (text as Text)[locale]])) as Record<K, string>;
