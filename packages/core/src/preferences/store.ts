import { isServer } from 'lit';
import { shared } from '../shared-global.js';
import { defaultPreferences, sanitizePreferences, type CareContrast, type CarePreferences } from './sanitize.js';

/** Preferences as they apply now: `auto` resolved against the device's media queries. */
export interface EffectivePreferences extends CarePreferences {
  effectiveContrast: CareContrast;
  reducedMotion: boolean;
}

export type PreferencesListener = (preferences: EffectivePreferences) => void;

export interface PreferencesStoreOptions {
  /** The window whose document, storage, URL and media queries the store follows. */
  window?: Window;
  /** Storage key; one key per schema version so an old copy never misreads a new record. */
  key?: string;
  /** Where preferences persist. Defaults to the window's localStorage; a getter so access that throws is caught. */
  storage?: () => Storage | null | undefined;
  /** Read `?care=1` / `?care=0` from the URL on connect. */
  urlSwitch?: boolean;
}

export const PREFERENCES_SCHEMA_VERSION = 1;

const QUERIES = {
  more: '(prefers-contrast: more)',
  dark: '(prefers-color-scheme: dark)',
  reduce: '(prefers-reduced-motion: reduce)',
};

/**
 * The page's care-mode preferences: persisted in localStorage (memory when storage throws),
 * synced across tabs, reflected as `data-care-*` attributes on `<html>` so tokens switch by CSS
 * alone, and subscribable for the few components that must behave differently.
 */
export class PreferencesStore {
  readonly key: string;
  /** False once storage has failed; preferences then last for this page only. */
  persistent = true;

  /** None on a server: preferences then come from `set()` (the request), and nothing persists. */
  private readonly win?: Window;
  private readonly storage: () => Storage | null | undefined;
  private readonly urlSwitch: boolean;
  private chosen: CarePreferences = { ...defaultPreferences };
  private current?: EffectivePreferences;
  private readonly listeners = new Set<PreferencesListener>();
  private media: Partial<Record<keyof typeof QUERIES, MediaQueryList>> = {};

  constructor(options: PreferencesStoreOptions = {}) {
    this.win = options.window ?? (isServer ? undefined : window);
    this.key = options.key ?? `caremode:preferences:v${PREFERENCES_SCHEMA_VERSION}`;
    this.storage = options.storage ?? (() => this.win?.localStorage);
    if (!this.win && !options.storage) this.persistent = false;
    this.urlSwitch = options.urlSwitch ?? true;
  }

  /** The person's choices, `auto` included. */
  get(): Readonly<CarePreferences> {
    return { ...this.chosen };
  }

  /** The choices as applied now. */
  get effective(): Readonly<EffectivePreferences> {
    return { ...(this.current ?? this.resolve()) };
  }

  /** Changes some preferences. Invalid values are ignored, never thrown. */
  set(patch: Partial<CarePreferences>): void {
    this.chosen = sanitizePreferences({ ...this.chosen, ...patch }, this.chosen);
    this.useStorage((s) => s.setItem(this.key, JSON.stringify(this.chosen)));
    this.refresh();
  }

  /** Back to the defaults, and forgets what was stored. */
  reset(): void {
    this.chosen = { ...defaultPreferences };
    this.useStorage((s) => s.removeItem(this.key));
    this.refresh();
  }

  /** Calls `listener` on every change of the effective preferences; returns the unsubscribe function. */
  subscribe(listener: PreferencesListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads, applies the URL switch, reflects to `<html>` and starts following media queries and other tabs. */
  connect(): this {
    this.disconnect();
    if (!this.win) {
      this.refresh(true);
      return this;
    }
    this.load();
    this.keepServerCareMode();
    const care = this.urlSwitch ? new URLSearchParams(this.win.location.search).get('care') : null;
    if (care && /^(1|on|true|0|off|false)$/i.test(care)) this.set({ careMode: /^(1|on|true)$/i.test(care) });
    for (const [name, query] of Object.entries(QUERIES)) {
      const list = (this.media[name as keyof typeof QUERIES] = this.win.matchMedia(query));
      list.addEventListener('change', this.onChange);
    }
    this.win.addEventListener('storage', this.onStorage);
    this.refresh(true);
    return this;
  }

  /** Stops following media queries and other tabs. */
  disconnect(): void {
    for (const list of Object.values(this.media)) list.removeEventListener('change', this.onChange);
    this.media = {};
    this.win?.removeEventListener('storage', this.onStorage);
  }

  /**
   * A page the server rendered in care mode (`<html data-care-ssr data-care-mode="on">`, from
   * `?care=1` or its cookie) stays in care mode when this browser has no choice stored: switching it off on load
   * would lay the whole page out a second time.
   */
  private keepServerCareMode(): void {
    if (!this.persistent || this.useStorage((s) => s.getItem(this.key)) !== null) return;
    const root = this.win?.document.documentElement;
    if (root?.hasAttribute('data-care-ssr') && root.getAttribute('data-care-mode') === 'on') this.chosen = { ...this.chosen, careMode: true };
  }

  private readonly onChange = () => this.refresh();

  private readonly onStorage = (event: StorageEvent) => {
    // key === null: another tab cleared all storage ("clear my data").
    if (event.key === this.key || event.key === null) {
      this.load();
      this.refresh();
    }
  };

  private load(): void {
    const text = this.useStorage((s) => s.getItem(this.key));
    if (text === undefined) return;
    try {
      this.chosen = sanitizePreferences(JSON.parse(text ?? '{}'));
    } catch {
      // A damaged record is worth less than a working page: start from defaults.
      this.chosen = { ...defaultPreferences };
    }
  }

  private useStorage<T>(use: (storage: Storage) => T): T | undefined {
    if (this.persistent) {
      try {
        return use(this.storage()!);
      } catch {
        // Private mode, a full quota or storage disabled by policy: keep working from memory.
        this.persistent = false;
      }
    }
    return undefined;
  }

  private resolve(): EffectivePreferences {
    const matches = (name: keyof typeof QUERIES) => !!this.media[name]?.matches;
    const { contrast, motion } = this.chosen;
    return {
      ...this.chosen,
      effectiveContrast: contrast !== 'auto' ? contrast : matches('more') ? 'high' : matches('dark') ? 'dark' : 'default',
      reducedMotion: motion === 'auto' ? matches('reduce') : motion === 'reduce',
    };
  }

  private refresh(force?: boolean): void {
    const next = this.resolve();
    if (!force && JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    const root = this.win?.document.documentElement;
    const attributes = {
      mode: next.careMode ? 'on' : 'off',
      'text-scale': next.textScale,
      contrast: next.effectiveContrast,
      motion: next.reducedMotion ? 'reduce' : 'no-preference',
    };
    if (root) for (const [name, value] of Object.entries(attributes)) root.setAttribute(`data-care-${name}`, String(value));
    for (const listener of [...this.listeners]) {
      try {
        listener({ ...next });
      } catch (error) {
        // One broken subscriber must not stop the others; the error still reaches the console.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** The page's one preferences store, shared by every copy of Caremode loaded on it. */
export const getPreferencesStore = (): PreferencesStore =>
  shared(`preferences.v${PREFERENCES_SCHEMA_VERSION}`, () => new PreferencesStore().connect());
