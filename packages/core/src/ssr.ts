import { hostCss, tokensCss } from '@caremode/tokens';
import { loadLocale } from './localize/catalog.js';
import { resolveLocale, setFallbackLang, type CareLocale } from './localize/locale.js';
import { getPreferencesStore } from './preferences/store.js';

/** The cookie a portal sets (`caremode-care=1`) so its server renders every page in care mode. */
export const CARE_MODE_COOKIE = 'caremode-care';

/** What a server knows about a request: its URL (for `?care=1`), its `Cookie` header and its page language. */
export interface CareRequest {
  /** The request URL, absolute or just the path and query (`/apply?care=1`). */
  url?: string | URL | null;
  /** The request's `Cookie` header. */
  cookie?: string | null;
  /** The page's language, any BCP 47 tag (`vi`, `zh-CN`); English when absent. */
  lang?: string | null;
}

/** What the page needs in order to look right before, and without, any script. */
export interface CarePage {
  careMode: boolean;
  /** The page's `lang`, as given. */
  lang: string;
  /** The Caremode locale the built-in strings are rendered in. */
  locale: CareLocale;
  /** Attributes for `<html>`: the ones the preferences store sets in the browser, and `lang`. */
  htmlAttributes: Record<string, string>;
  /** The same, as markup: `<html ${page.htmlAttributesMarkup}>`. */
  htmlAttributesMarkup: string;
  /** A `<style>` for `<head>`: the tokens and the host stylesheet, which script would otherwise adopt. */
  headStyles: string;
}

const ON = /^(1|on|true)$/i;
const OFF = /^(0|off|false)$/i;

/**
 * Care mode as a request asks for it: `?care=1` / `?care=0` win, then the `caremode-care`
 * cookie; `undefined` when the request says nothing (the person's stored choice then applies
 * once the script runs).
 */
export function careModeFromRequest(request: Pick<CareRequest, 'url' | 'cookie'>): boolean | undefined {
  const query = request.url ? new URL(String(request.url), 'http://localhost').searchParams.get('care') : null;
  if (query && (ON.test(query) || OFF.test(query))) return ON.test(query);
  for (const part of (request.cookie ?? '').split(';')) {
    const [name, ...value] = part.split('=');
    if (name?.trim() !== CARE_MODE_COOKIE) continue;
    const text = decodeURIComponent(value.join('=').trim());
    if (ON.test(text) || OFF.test(text)) return ON.test(text);
  }
  return undefined;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Gets the server ready to render one page with `@lit-labs/ssr`: loads the strings of the page's
 * language, puts elements in care mode when the request asks for it, and returns the `<html>`
 * attributes and `<head>` styles the page must carry. Render the page right after awaiting it,
 * in the same turn (`collectResultSync`, or a stream consumed without awaiting anything else):
 * language and care mode are the server's until the next call.
 */
export async function prepareCarePage(request: CareRequest = {}): Promise<CarePage> {
  const lang = String(request.lang ?? '').trim() || 'en';
  const locale = resolveLocale(lang);
  await loadLocale(locale);
  const chosen = careModeFromRequest(request);
  const careMode = chosen ?? false;
  setFallbackLang(lang);
  getPreferencesStore().set({ careMode });
  const htmlAttributes: Record<string, string> = { lang, 'data-care-mode': careMode ? 'on' : 'off', 'data-care-ssr': '' };
  return {
    careMode,
    lang,
    locale,
    htmlAttributes,
    htmlAttributesMarkup: Object.entries(htmlAttributes)
      .map(([name, value]) => (value ? `${name}="${escapeAttribute(value)}"` : name))
      .join(' '),
    headStyles: `<style data-caremode>${tokensCss}${hostCss}</style>`,
  };
}
