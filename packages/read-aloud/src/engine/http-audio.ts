import { getClock } from '@caremode/core';
import type { EngineListener, EngineUtterance, EngineVoice, SpeechEngine } from './types.js';
import { matchVoices } from './voices.js';

export interface HttpAudioOptions {
  /**
   * Where the audio of one sentence comes from. A template whose `{text}`, `{lang}`, `{voice}`
   * and `{rate}` are replaced (URL-encoded), e.g.
   * `https://tts.example.gov/speak?text={text}&lang={lang}&voice={voice}&rate={rate}`;
   * or a function returning the URL (it may fetch and return an object URL).
   */
  url: string | ((utterance: EngineUtterance) => string | Promise<string>);
  /**
   * The voices the service has: a list, or the URL of a JSON list (`[{ id, name, lang }]`, or
   * `{ voices: [...] }` as the reference server answers). Without it every language is tried.
   */
  voices?: EngineVoice[] | string;
  /**
   * Whether the service speaks at the requested rate (true when the template has `{rate}`):
   * the audio then plays at its own speed; otherwise the audio element changes the speed.
   */
  serviceRate?: boolean;
  /** How long a sentence's audio may take to begin before it counts as a network failure. */
  startWaitMs?: number;
}

interface Playing {
  utterance: EngineUtterance;
  listener: EngineListener;
  src?: string;
  started?: boolean;
  unwatch?: () => void;
}

/**
 * Speech from a portal's own text-to-speech service (or the reference server,
 * `npm run tts-server`), played through an audio element: real pause and resume in the middle
 * of a sentence, and speed changes that apply at once. The text leaves the device, so this
 * engine refuses private text; the reader gives such text to an on-device engine or skips it.
 */
export class HttpAudioEngine implements SpeechEngine {
  readonly id = 'http-audio';
  readonly capabilities = { onDevice: false, exactPause: true, boundaries: false };

  private current?: Playing;
  private element?: HTMLAudioElement;
  private list?: Promise<EngineVoice[] | undefined>;

  constructor(private readonly options: HttpAudioOptions) {}

  /** The audio element sentences play through (made on first use), e.g. to inspect its position. */
  get audio(): HTMLAudioElement | undefined {
    return this.element;
  }

  voices(): Promise<EngineVoice[]> {
    return this.known().then((v) => v ?? []);
  }

  async voicesFor(lang: string): Promise<EngineVoice[]> {
    const known = await this.known();
    return known ? matchVoices(known, lang) : [{ id: '', name: lang, lang }];
  }

  speak(utterance: EngineUtterance, listener: EngineListener): void {
    this.cancel();
    if (utterance.private) {
      queueMicrotask(() => listener({ type: 'error', error: 'private' }));
      return;
    }
    const entry: Playing = { utterance, listener };
    this.current = entry;
    this.watch(entry);
    const { url } = this.options;
    let src: string | Promise<string>;
    try {
      src = typeof url === 'function' ? url(utterance) : fill(url, utterance);
    } catch (error) {
      src = Promise.reject(error);
    }
    // A template gives its URL at once, so play() runs inside the tap that asked for it.
    if (typeof src === 'string') this.start(entry, src);
    else src.then((s) => this.start(entry, s), (e) => this.fail(entry, 'network', String(e)));
  }

  pause(): void {
    if (!this.current) return;
    this.current.unwatch?.();
    this.element?.pause();
  }

  resume(): void {
    const entry = this.current;
    if (!entry?.src || !this.element) return;
    if (!entry.started) this.watch(entry);
    this.play(entry);
  }

  cancel(): void {
    const entry = this.current;
    this.current = undefined;
    entry?.unwatch?.();
    if (entry && this.element) {
      this.element.pause();
      this.element.removeAttribute('src');
    }
  }

  setRate(rate: number): void {
    const entry = this.current;
    if (entry && this.element) this.element.playbackRate = this.speed(entry, rate);
  }

  private get serviceRate(): boolean {
    const { serviceRate, url } = this.options;
    return serviceRate ?? (typeof url === 'string' && url.includes('{rate}'));
  }

  private speed(entry: Playing, rate: number): number {
    const clamp = (r: number) => Math.min(2, Math.max(0.5, Number(r) || 1));
    return this.serviceRate ? clamp(rate) / clamp(entry.utterance.rate) : clamp(rate);
  }

  private start(entry: Playing, src: string): void {
    if (this.current !== entry) return;
    const audio = (this.element ??= this.makeAudio());
    entry.src = src;
    audio.src = src;
    audio.preservesPitch = true;
    audio.playbackRate = audio.defaultPlaybackRate = this.speed(entry, entry.utterance.rate);
    this.play(entry);
  }

  private play(entry: Playing): void {
    this.element!.play().catch((error: DOMException) => {
      // An AbortError only says a newer sentence replaced this one.
      if (error?.name === 'AbortError') return;
      this.fail(entry, error?.name === 'NotAllowedError' ? 'not-allowed' : 'failed', error?.name);
    });
  }

  private makeAudio(): HTMLAudioElement {
    const audio = new Audio();
    audio.preload = 'auto';
    const mine = (): Playing | undefined => {
      const entry = this.current;
      return entry?.src && audio.src && entry.src === audio.getAttribute('src') ? entry : undefined;
    };
    audio.addEventListener('playing', () => {
      const entry = mine();
      if (!entry || entry.started) return;
      entry.started = true;
      entry.unwatch?.();
      entry.listener({ type: 'start' });
    });
    audio.addEventListener('ended', () => {
      const entry = mine();
      if (!entry) return;
      this.current = undefined;
      entry.listener({ type: 'end' });
    });
    audio.addEventListener('error', () => {
      const entry = mine();
      if (entry) this.fail(entry, 'network', audio.error?.message || `media error ${audio.error?.code}`);
    });
    return audio;
  }

  private fail(entry: Playing, error: 'network' | 'not-allowed' | 'failed' | 'timeout', detail?: string): void {
    if (this.current !== entry) return;
    this.cancel();
    entry.listener({ type: 'error', error, ...(detail ? { detail } : {}) });
  }

  private watch(entry: Playing): void {
    entry.unwatch?.();
    const wait = this.options.startWaitMs ?? 15000;
    entry.unwatch = getClock().at(getClock().now() + wait, () => this.fail(entry, 'timeout', 'no audio'));
  }

  private known(): Promise<EngineVoice[] | undefined> {
    const { voices } = this.options;
    if (typeof voices !== 'string') return Promise.resolve(voices);
    return (this.list ??= fetch(voices)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`voices: HTTP ${r.status}`))))
      .then((json) => (Array.isArray(json) ? json : json?.voices) as EngineVoice[])
      .catch(() => {
        // Unreachable now: ask again next time instead of believing the service has no voices.
        this.list = undefined;
        return [];
      }));
  }
}

/** Fills a URL template; every value is encoded, so text can never change the URL's shape. */
export const fill = (template: string, u: EngineUtterance): string =>
  template.replace(/\{(text|lang|voice|rate)\}/g, (_, key: string) =>
    encodeURIComponent(key === 'voice' ? (u.voice?.id ?? '') : key === 'rate' ? String(u.rate) : String(u[key as 'text' | 'lang'])),
  );
