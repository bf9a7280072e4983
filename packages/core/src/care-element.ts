import { LitElement, type PropertyDeclarations } from 'lit';
import { baseStyles } from './base-styles.js';
import { localeReady, type StringOverrides } from './localize/catalog.js';
import { LocalizeController } from './localize/localize-controller.js';
import { getPreferencesStore, type EffectivePreferences } from './preferences/store.js';

/**
 * The base of every Caremode element: shared styles, strings in the language of the nearest
 * `lang`, and care-mode awareness for the few elements that behave differently in care mode.
 * Looks follow care mode through CSS tokens alone; only elements that define
 * `preferencesChanged` subscribe to the store, so a toggle never re-renders the rest.
 */
export class CareElement extends LitElement {
  static override styles = [baseStyles];
  static override properties: PropertyDeclarations = { strings: { attribute: false } };

  /**
   * This element's own wording, by locale: `el.strings = { vi: { 'button.busy': 'Đang gửi' } }`.
   * Wins over page-level overrides and built-in strings.
   */
  strings?: StringOverrides;

  protected readonly localize = new LocalizeController(this);
  private unsubscribePreferences?: () => void;

  /** The preferences as they apply now (care mode, contrast, motion, read-aloud). */
  protected get preferences(): Readonly<EffectivePreferences> {
    return getPreferencesStore().effective;
  }

  /** Override to react to preference changes; defining it is what subscribes the element. */
  protected preferencesChanged?(preferences: Readonly<EffectivePreferences>): void;

  // Waits for the strings of the element's language before rendering, so a Vietnamese page never
  // shows (or announces) English first; once they are here, updates run as in any Lit element.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = localeReady(this.localize.locale);
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.preferencesChanged) {
      this.unsubscribePreferences = getPreferencesStore().subscribe((p) => this.preferencesChanged?.(p));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribePreferences?.();
    this.unsubscribePreferences = undefined;
  }
}
