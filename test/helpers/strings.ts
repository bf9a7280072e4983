import { careLocales, type CareLocale, type Messages } from '@caremode/core';
import dropInId from '../../packages/drop-in/src/locales/id.js';
import dropInVi from '../../packages/drop-in/src/locales/vi.js';
import dropInZh from '../../packages/drop-in/src/locales/zh-Hans.js';
import formsId from '../../packages/forms/src/locales/id.js';
import formsVi from '../../packages/forms/src/locales/vi.js';
import formsZh from '../../packages/forms/src/locales/zh-Hans.js';
import qrId from '../../packages/qr/src/locales/id.js';
import qrVi from '../../packages/qr/src/locales/vi.js';
import qrZh from '../../packages/qr/src/locales/zh-Hans.js';
import readAloudId from '../../packages/read-aloud/src/locales/id.js';
import readAloudVi from '../../packages/read-aloud/src/locales/vi.js';
import readAloudZh from '../../packages/read-aloud/src/locales/zh-Hans.js';
import stepsId from '../../packages/steps/src/locales/id.js';
import stepsVi from '../../packages/steps/src/locales/vi.js';
import stepsZh from '../../packages/steps/src/locales/zh-Hans.js';

// Read straight from the files, not through the registry: an element test must still prove
// that the element loads its own language.
const shipped: Record<Exclude<CareLocale, 'en'>, Messages> = {
  vi: { ...dropInVi, ...formsVi, ...qrVi, ...readAloudVi, ...stepsVi },
  'zh-Hans': { ...dropInZh, ...formsZh, ...qrZh, ...readAloudZh, ...stepsZh },
  id: { ...dropInId, ...formsId, ...qrId, ...readAloudId, ...stepsId },
};

/** An element's English catalog with the same keys in every shipped language, for expectations. */
export function withLocales<T extends Messages>(catalog: { en: T }): Record<CareLocale, T> {
  const out = { en: catalog.en } as Record<CareLocale, T>;
  for (const locale of careLocales) {
    if (locale === 'en') continue;
    out[locale] = Object.fromEntries(Object.keys(catalog.en).map((key) => [key, shipped[locale][key]])) as T;
  }
  return out;
}

/** Every shipped string of a non-English locale, by key. */
export const shippedStrings = shipped;
