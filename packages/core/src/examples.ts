import type { TemplateResult } from 'lit';
import type { CareLocale } from './localize/locale.js';

/**
 * A named example of a component, written once and used by its stories, its tests (axe in
 * every mode) and its screenshots. `render` receives the locale so content is real text in
 * each language, not English in every story.
 */
export interface CareExample<Args> {
  /** What the example shows, for the story's description. */
  description: string;
  args: Args;
}

export type ExampleRender<Args> = (args: Args, locale: CareLocale) => TemplateResult;
