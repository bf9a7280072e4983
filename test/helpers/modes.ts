import { careLocales, getPreferencesStore, type CareContrast, type CareLocale } from '@caremode/core';

/** The audit matrix of design/ACCEPTANCE.md. */
export interface AuditMode {
  name: string;
  careMode: boolean;
  contrast: CareContrast;
  locale: CareLocale;
  /** Viewport width in CSS px; reflow (WCAG 1.4.10) is checked at 320. */
  width?: number;
}

export const themeModes: AuditMode[] = [
  { name: 'default', careMode: false, contrast: 'default', locale: 'en' },
  { name: 'care', careMode: true, contrast: 'default', locale: 'en' },
  { name: 'high contrast', careMode: false, contrast: 'high', locale: 'en' },
  { name: 'dark', careMode: false, contrast: 'dark', locale: 'en' },
];

/** Care mode in every other locale: longer words and other scripts must fit the larger layout too. */
export const localeModes: AuditMode[] = careLocales
  .filter((l) => l !== 'en')
  .map((locale) => ({ name: `care ${locale}`, careMode: true, contrast: 'default', locale }));

/** Care mode on a 320 px screen in every locale: nothing may scroll sideways (WCAG 1.4.10). */
export const reflowModes: AuditMode[] = careLocales.map((locale) => ({ name: `care 320px ${locale}`, careMode: true, contrast: 'default', locale, width: 320 }));

export const auditModes = [...themeModes, ...localeModes, ...reflowModes];

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Puts the page in a mode through the real preferences store and waits for styles and renders. */
export async function applyMode(mode: Pick<AuditMode, 'careMode' | 'contrast'> & { locale?: CareLocale; textScale?: 1 | 1.25 | 1.5 | 2 }): Promise<void> {
  getPreferencesStore().set({ careMode: mode.careMode, contrast: mode.contrast, textScale: mode.textScale ?? 1 });
  if (mode.locale) document.documentElement.lang = mode.locale;
  await frame();
  await finishTransitions();
}

/** Ends running CSS transitions (a colour fading between themes) so measurements see the final state. */
export async function finishTransitions(): Promise<void> {
  await frame();
  // document.getAnimations() leaves out shadow trees, where component transitions run.
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      for (const animation of el.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  await frame();
}

export async function resetMode(): Promise<void> {
  getPreferencesStore().reset();
  document.documentElement.lang = 'en';
  await frame();
}
