import { isServer } from 'lit';
import { shared } from '../shared-global.js';

/** The languages every built-in string ships in. */
export const careLocales = ['en', 'vi', 'zh-Hans', 'id'] as const;
export type CareLocale = (typeof careLocales)[number];

/**
 * Maps any BCP 47 tag to a Caremode locale: zh, zh-CN, zh-SG, zh-Hans -> zh-Hans; `in` (the
 * legacy code Android still reports) -> id; anything unknown or malformed -> en.
 * Traditional Chinese also maps to zh-Hans: most readers follow it better than English.
 */
export function resolveLocale(tag: string | null | undefined): CareLocale {
  if (!tag) return 'en';
  let language: string;
  try {
    language = new Intl.Locale(tag.trim().replace(/_/g, '-')).language;
  } catch {
    return 'en';
  }
  if (language === 'zh') return 'zh-Hans';
  if (language === 'in') return 'id';
  return (careLocales as readonly string[]).includes(language) ? (language as CareLocale) : 'en';
}

const fallback = () => shared('locale.fallback', () => ({ lang: '' }));

/**
 * The language to use where a page declares none (`<html>` without `lang`): legacy portals often
 * leave it out. The drop-in sets it from its script tag's `data-locale`.
 */
export function setFallbackLang(tag: string | null | undefined): void {
  fallback().lang = String(tag ?? '').trim();
}

/**
 * The `lang` that applies to a node: the nearest ancestor with a `lang` attribute, looking
 * through shadow roots to their hosts, up to the document element; then the fallback set by
 * `setFallbackLang()`. Empty when none is set.
 */
export function nearestLang(node: Node | null): string {
  // A server-rendered element has no parents to look through: its own `lang`, else the page's.
  if (isServer) return (node as Element | null)?.getAttribute?.('lang') ?? fallback().lang;
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang');
      if (lang !== null) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return fallback().lang;
}
