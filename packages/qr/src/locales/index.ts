import type { LocaleLoaders } from '@caremode/core';

/**
 * Where the package's strings in languages other than English are. English ships with each
 * element; the others load the first time an element resolves to them, so a page pays for one
 * language, not four. Elements wait for their language before their first render.
 */
export const qrLocales: LocaleLoaders = {
  vi: () => import('./vi.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  id: () => import('./id.js'),
};
