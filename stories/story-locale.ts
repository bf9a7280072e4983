import { resolveLocale, type CareLocale } from '@caremode/core';

/** The locale chosen in Storybook's toolbar (or by the story audit), as a Caremode locale. */
export const storyLocale = (context: { globals?: Record<string, unknown> }): CareLocale =>
  resolveLocale(String(context.globals?.locale ?? 'en'));
