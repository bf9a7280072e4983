import { getPreferencesStore } from '../preferences/store.js';
import { shared } from '../shared-global.js';
import { nearestLang } from '../localize/locale.js';
import { collectSegments, type ReadAloudSegment } from './private-text.js';

export type ReadAloudStatus =
  /** Everything was read. */
  | 'done'
  /** Stopped by `stopReadAloud()` or by a newer request. */
  | 'stopped'
  /** No read-aloud provider is registered on this page. */
  | 'unavailable'
  /** An automatic reading while the person has read-aloud turned off. */
  | 'disabled'
  /** The browser refused speech before the person interacted with the page. */
  | 'refused'
  /** No voice for the language. */
  | 'no-voice'
  /** Nothing left to read (empty, or only private text for a network engine). */
  | 'empty'
  | 'error';

export interface ReadAloudOutcome {
  status: ReadAloudStatus;
  /** Plain-language detail for logs; not meant for the person. */
  reason?: string;
}

export interface ReadAloudRequest {
  /** Text to read. */
  text?: string;
  /** Or an element whose visible text is read (private parts are marked). */
  element?: Element;
  /** Language of `text`; an element's language comes from its nearest `lang`. */
  lang?: string;
  /** Rate 0.5-2; defaults to the person's preference. */
  rate?: number;
  /** True when nobody asked (a step read on opening): honours the read-aloud preference. */
  automatic?: boolean;
}

/** What Part 5's reader (or a portal's own) implements to be core's read-aloud service. */
export interface ReadAloudProvider {
  /**
   * True when speech is made on this device. A network provider (false) is never given
   * private segments.
   */
  readonly onDevice: boolean;
  read(segments: ReadAloudSegment[], options: { rate: number; source?: Element }): Promise<ReadAloudOutcome>;
  stop(): void;
}

const providers = (): ReadAloudProvider[] => shared('read-aloud-providers.v1', () => []);

/** Registers a provider; the newest one serves requests. Returns the function that unregisters it. */
export function registerReadAloudProvider(provider: ReadAloudProvider): () => void {
  providers().push(provider);
  return () => {
    const list = providers();
    const index = list.indexOf(provider);
    if (index >= 0) list.splice(index, 1);
  };
}

export const hasReadAloudProvider = (): boolean => providers().length > 0;

/**
 * Asks the registered provider to read a text or an element. Never throws: with no provider,
 * or when the preference is off for an automatic reading, it says why in the outcome.
 */
export async function readAloud(request: ReadAloudRequest): Promise<ReadAloudOutcome> {
  const list = providers();
  const provider = list[list.length - 1];
  if (!provider) return { status: 'unavailable', reason: 'no read-aloud provider registered' };
  const prefs = getPreferencesStore().get();
  if (request.automatic && !prefs.readAloud) return { status: 'disabled', reason: 'read-aloud is off' };

  let segments: ReadAloudSegment[] = request.element
    ? collectSegments(request.element)
    : [{ text: String(request.text ?? '').trim(), lang: request.lang ?? nearestLang(document.documentElement), private: false }];
  if (!provider.onDevice) segments = segments.filter((s) => !s.private);
  segments = segments.filter((s) => s.text);
  if (!segments.length) return { status: 'empty' };

  const rate = Number.isFinite(request.rate) ? Number(request.rate) : prefs.readAloudRate;
  try {
    return await provider.read(segments, { rate, ...(request.element ? { source: request.element } : {}) });
  } catch (error) {
    return { status: 'error', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Stops whatever is being read. */
export function stopReadAloud(): void {
  for (const provider of providers()) {
    try {
      provider.stop();
    } catch {
      // A provider that fails to stop must not break the page.
    }
  }
}
