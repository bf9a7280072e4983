import type { CareSettings } from './settings.js';

/**
 * Opens the page's `<care-settings>`, adding one at the end of `body` when the portal has none,
 * offering `languages` when given, and returns focus to `opener` when it closes.
 */
export async function openSettings(opener: HTMLElement | null, languages?: string): Promise<CareSettings | undefined> {
  let settings = document.querySelector<CareSettings>('care-settings');
  if (!settings) {
    settings = document.createElement('care-settings') as CareSettings;
    if (languages) settings.setAttribute('languages', languages);
    document.body.append(settings);
  }
  await customElements.whenDefined('care-settings');
  await settings.show?.(opener);
  return settings;
}
