import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { lookup, onStringsChanged, translate, type MessageParams, type StringOverrides } from './catalog.js';
import { nearestLang, resolveLocale, type CareLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides };

// One observer for the whole document, not one per element: a page with a thousand fields
// pays for a single MutationObserver, and a `lang` change anywhere re-checks connected hosts.
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
let stopStrings: (() => void) | undefined;

const refreshAll = (force: boolean) => {
  for (const controller of controllers) controller.refresh(force);
};

function watch(controller: LocalizeController): void {
  controllers.add(controller);
  if (observer) return;
  observer = new MutationObserver(() => refreshAll(false));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  stopStrings = onStringsChanged(() => refreshAll(true));
}

function unwatch(controller: LocalizeController): void {
  controllers.delete(controller);
  if (controllers.size || !observer) return;
  observer.disconnect();
  observer = undefined;
  stopStrings?.();
}

/**
 * Gives an element its strings in the language of the nearest `lang`, and re-renders it when
 * that language or a string override changes.
 */
export class LocalizeController implements ReactiveController {
  /** The Caremode locale in use. */
  locale: CareLocale = 'en';
  /** The `lang` the element sits in, as written by the page. */
  lang = '';

  constructor(private readonly host: Host) {
    host.addController(this);
    // A server render never connects: it speaks the page's language, set by `prepareCarePage()`.
    if (isServer) this.locale = resolveLocale(nearestLang(null));
  }

  /** The string for `key`, formatted; falls back to English, never to the key. */
  t(key: string, params?: MessageParams): string {
    const text = translate(this.locale, key, params, this.host.strings);
    if (!text) console.warn(`Caremode: no string "${key}" in any locale.`);
    return text;
  }

  /**
   * The language a built-in string is actually shown in, for its `lang` attribute: differs from
   * the page when the string fell back to English, so a screen reader switches voice.
   */
  langOf(key: string): CareLocale {
    return lookup(this.locale, key, this.host.strings)?.locale ?? 'en';
  }

  hostConnected(): void {
    watch(this);
    this.refresh(true);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the nearest `lang`; re-renders when it changed or when `force`d (new overrides). */
  refresh(force = false): void {
    const lang = nearestLang(this.host);
    if (lang === this.lang && !force) return;
    this.lang = lang;
    this.locale = resolveLocale(lang);
    this.host.requestUpdate();
  }
}
