import type { Catalog } from '@caremode/core';

export const settingsStrings = {
  en: {
    'settings.title': 'Display settings',
    'settings.close': 'Close',
    'settings.careMode': 'Care mode: larger text and buttons',
    'settings.textSize': 'Text size',
    'settings.scale1': 'Normal',
    'settings.scale1.25': 'Large',
    'settings.scale1.5': 'Larger',
    'settings.scale2': 'Largest',
    'settings.preview': 'Preview',
    'settings.previewText': 'Your application has been received. We will send you a message when it is ready.',
    'settings.contrast': 'Colours',
    'settings.contrastAuto': 'Same as this device',
    'settings.contrastDefault': 'Standard',
    'settings.contrastHigh': 'High contrast (black on white)',
    'settings.contrastDark': 'Dark',
    'settings.motion': 'Reduce movement on screen',
    'settings.readAloud': 'Read aloud',
    'settings.readAloudOn': 'Offer to read pages aloud',
    'settings.rate': 'Reading speed',
    'settings.rateValue': '{rate}×',
    'settings.language': 'Language',
    'settings.reset': 'Reset to defaults',
    'settings.resetDone': 'Display settings are back to the defaults.',
    'settings.clear': 'Clear my data on this device',
    'settings.clearHint': 'Removes saved forms, progress in guides and saved passes. Do this on a shared phone when you are done.',
    'settings.clearConfirm': 'Remove everything this site saved on this device? This cannot be undone.',
    'settings.clearYes': 'Yes, clear my data',
    'settings.clearNo': 'No, keep it',
    'settings.cleared': { one: 'Cleared: {count} saved item removed.', other: 'Cleared: {count} saved items removed.' },
    'settings.notSaved': 'This browser does not let the site save settings: they last until you close this page.',
  },
} satisfies Catalog;

/** Each language named in itself, so a person finds their own without reading another. */
export const languageNames: Record<string, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  'zh-Hans': '中文（简体）',
  id: 'Bahasa Indonesia',
};
