import type { Catalog, Messages } from '@caremode/core';
import { cnResidentStrings } from './cn-resident.strings.js';
import { dateStrings } from './date.strings.js';
import { idNikStrings } from './id-nik.strings.js';
import { phoneStrings } from './phone.strings.js';
import { vnCccdStrings } from './vn-cccd.strings.js';

/**
 * The validators' sentences. Each says what is wrong and what to do, in everyday words; the
 * official name of a card appears where people would look for it. Numbers that count take a
 * plural form; ISO dates in `{min}` and `{max}` and the month name in `{monthName}` are put
 * into words by `problemParams`. Each validator keeps its own catalog, so a field carries only
 * the sentences it can show; this is all of them, for `describeProblem`.
 */
const merge = (...catalogs: Catalog[]): Catalog => {
  const all: Record<string, Messages> = {};
  for (const catalog of catalogs) for (const [locale, messages] of Object.entries(catalog)) all[locale] = { ...all[locale], ...messages };
  return all as Catalog;
};

export const validatorsStrings = merge(phoneStrings, vnCccdStrings, cnResidentStrings, idNikStrings, dateStrings) as typeof phoneStrings &
  typeof vnCccdStrings &
  typeof cnResidentStrings &
  typeof idNikStrings &
  typeof dateStrings;
