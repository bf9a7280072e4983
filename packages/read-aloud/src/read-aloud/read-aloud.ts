import { buttonBaseStyles, CareElement, getPreferencesStore, registerStrings, type EffectivePreferences, type ReadAloudOutcome } from '@caremode/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SpeechEngine } from '../engine/types.js';
import { icon, icons } from '../internal/icons.js';
import type { Reader } from '../reader/reader.js';
import { loadRuntime, loadedRuntime, whenIdle } from '../runtime-loader.js';
import type { PlayerBehaviour } from './player-behaviour.js';
import { readAloudStrings } from './read-aloud.strings.js';
import { readAloudStyles } from './read-aloud.styles.js';
import { readAloudLocales } from '../locales/index.js';

registerStrings(readAloudStrings, readAloudLocales);

const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * A read-aloud player: reads its own content, or the element named by `for`, one sentence at a
 * time, highlighting the sentence it reads (CSS Custom Highlight API: the page's markup is never
 * changed) and scrolling it into view.
 *
 * Sentences follow the `lang` of the text they are in, so a Vietnamese page with an English
 * paragraph is read with both voices. Text marked `data-care-private` is never given to a
 * network engine. Speed (0.5x to 2x) is kept in the preferences store for every page.
 *
 * Keys while focus is in the player: K play/pause, Esc stop, ← → previous/next sentence,
 * ↓ ↑ slower/faster.
 *
 * When the browser refuses to speak before the person has touched the page, the play button
 * grows to full width with a plain explanation, and the next tap on it starts reading.
 *
 * @tagname care-read-aloud
 * @summary Play, pause, stop, previous/next sentence and speed, with the sentence highlighted.
 *
 * @slot - The content to read (omit it and use `for`).
 *
 * @csspart controls - The group of buttons.
 * @csspart play - The play / pause / continue button.
 * @csspart stop - The stop button.
 * @csspart previous - The previous-sentence button.
 * @csspart next - The next-sentence button.
 * @csspart slower - The slower button.
 * @csspart faster - The faster button.
 * @csspart rate - The current speed.
 * @csspart progress - "Sentence 2 of 7".
 * @csspart message - Why reading did not start or stopped.
 * @csspart content - The wrapper of the slotted content.
 *
 * @cssprop --care-color-primary - Play button and sentence highlight background.
 *
 * @event care-read-state - The state changed (`detail.state`: idle, starting, playing, paused, refused, no-voice, error).
 * @event care-read-sentence - A sentence began to sound (`detail`: index, count, text, lang, engine).
 */
export class CareReadAloud extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, readAloudStyles];
  static override properties: PropertyDeclarations = {
    for: {},
    ttsUrl: { attribute: 'tts-url' },
    ttsVoices: { attribute: 'tts-voices' },
    engines: { attribute: false },
  };

  /** The id of the element to read, in the same document or shadow root; the content otherwise. */
  for = '';
  /**
   * A TTS service's URL template (`…?text={text}&lang={lang}&voice={voice}&rate={rate}`): tried
   * first, with the browser's voices next. See `HttpAudioEngine`.
   */
  ttsUrl = '';
  /** The URL of that service's voice list (JSON). */
  ttsVoices = '';
  /** The engines, in order of preference, when set: overrides `tts-url` and the page's configuration. */
  engines?: readonly SpeechEngine[];

  private behaviour?: PlayerBehaviour;
  private http?: SpeechEngine;
  private list?: readonly SpeechEngine[];
  private unsubscribe?: () => void;
  private outcome?: Promise<ReadAloudOutcome>;
  private focused?: HTMLElement | null;

  /** The reader, once loaded: state, sentences and position, for portals that show more. */
  get reader(): Reader | undefined {
    return this.behaviour?.reader;
  }

  /** Reads from the start (or continues after a pause); resolves when reading ends, saying how. */
  play(): Promise<ReadAloudOutcome> {
    const b = this.behaviour;
    if (!b || (this.ttsUrl && !this.http)) return this.ready().then(() => this.play());
    const reader = b.reader;
    if (reader.state === 'paused' && this.outcome) {
      reader.resume();
      return this.outcome;
    }
    reader.load(b.collect());
    b.note = reader.sentences.length ? '' : 'readAloud.empty';
    return (this.outcome = reader.play(0));
  }

  pause(): void {
    this.reader?.pause();
  }

  resume(): void {
    this.reader?.resume();
  }

  stop(): void {
    this.reader?.stop();
  }

  next(): void {
    this.reader?.next();
  }

  previous(): void {
    this.reader?.previous();
  }

  /** What the main button does: play, pause, or continue; after a refusal, the same sentence again. */
  toggle(): void {
    const r = this.reader;
    if (r?.state === 'playing' || r?.state === 'starting') return r.pause();
    if (r?.state === 'paused') return r.resume();
    // At once, inside this tap: the browser counts it as the person asking for sound.
    if (r && /refused|no-voice|error/.test(r.state)) return void (this.outcome = r.play(r.index));
    void this.play();
  }

  /** Speed, 0.5 to 2; kept in the preferences store, so every player and page follows it. */
  get rate(): number {
    return getPreferencesStore().get().readAloudRate;
  }
  set rate(rate: number) {
    getPreferencesStore().set({ readAloudRate: rate });
  }

  /** One speed step faster (1) or slower (-1): 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2. */
  step(direction: 1 | -1): void {
    const rate = this.rate;
    const next = direction > 0 ? RATES.find((r) => r > rate + 0.01) : [...RATES].reverse().find((r) => r < rate - 0.01);
    if (next) this.rate = next;
  }

  /** The engines this player uses, in order of preference. */
  engineList(): readonly SpeechEngine[] {
    return (this.list ??= this.engines ?? [...(this.http ? [this.http] : []), ...(loadedRuntime()?.pageEngines() ?? [])]);
  }

  /** Loads the reader (and the TTS service's engine when `tts-url` is set). */
  async ready(): Promise<Reader> {
    const [rt, { PlayerBehaviour }] = await Promise.all([loadRuntime(), import('./player-behaviour.js')]);
    if (this.ttsUrl && !this.http) {
      const { HttpAudioEngine } = await import('../engine/http-audio.js');
      this.http = new HttpAudioEngine({ url: this.ttsUrl, ...(this.ttsVoices ? { voices: this.ttsVoices } : {}) });
      this.list = undefined;
    }
    if (!this.behaviour) {
      const reader = new rt.Reader(() => this.engineList(), { scroll: true });
      reader.rate = this.rate;
      this.behaviour = new PlayerBehaviour(this, reader);
      this.unsubscribe = reader.subscribe(this.behaviour.changed);
      this.requestUpdate();
    }
    return this.behaviour.reader;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.behaviour && !this.unsubscribe) this.unsubscribe = this.behaviour.reader.subscribe(this.behaviour.changed);
    // Ready before the first tap (idle time, or a pointer or focus coming near), so the tap
    // itself can start the sound: browsers only let a tap start speech while it is handled.
    whenIdle(this.prepare);
    this.addEventListener('pointerenter', this.prepare);
    this.addEventListener('focusin', this.prepare);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.reader?.stop();
  }

  protected override preferencesChanged(preferences: Readonly<EffectivePreferences>): void {
    if (this.reader && this.reader.rate !== preferences.readAloudRate) this.reader.setRate(preferences.readAloudRate);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focused = this.shadowRoot?.activeElement as HTMLElement | null;
    if (changed.has('ttsUrl') || changed.has('ttsVoices')) this.http = undefined;
    if (changed.has('engines') || changed.has('ttsUrl') || changed.has('ttsVoices')) this.list = undefined;
  }

  protected override render() {
    const t = this.localize;
    const r = this.reader;
    const state = r?.state ?? 'idle';
    // Stop, previous and next also stay after a sentence with no voice or an error, to skip it.
    const busy = !!r?.busy || state === 'no-voice' || state === 'error';
    const count = r?.sentences.length ?? 0;
    const [main, label] =
      state === 'playing' || state === 'starting' ? [icons.pause, 'readAloud.pause'] : state === 'paused' ? [icons.play, 'readAloud.resume'] : [icons.play, 'readAloud.play'];
    const rate = this.rate;
    // Stop, previous and next appear once reading starts (their words load with the reader): one
    // large button and the speed at first.
    const button = (part: keyof typeof icons, key: string, off: boolean, onClick: () => void, hidden = false) =>
      html`<button part=${part} type="button" ?hidden=${hidden} aria-keyshortcuts=${KEYS[part]!} aria-disabled=${String(off)} @click=${() => off || onClick()}>
        ${icon(icons[part])}<span lang=${t.langOf(key)}>${t.t(key)}</span>
      </button>`;
    return html`<div part="controls" class="controls" role="group" aria-label=${t.t('readAloud.play')} data-care-tap-read="off" @keydown=${(e: KeyboardEvent) => this.behaviour?.key(e)}>
        <button part="play" type="button" class=${state === 'refused' ? 'main start' : 'main'} aria-keyshortcuts="K" @click=${() => this.toggle()}>
          ${icon(main)}<span lang=${t.langOf(label)}>${t.t(label)}</span>
        </button>
        ${r
          ? [
              button('stop', 'readAloud.stop', false, () => this.stop(), !busy),
              button('previous', 'readAloud.previous', false, () => this.previous(), !busy),
              button('next', 'readAloud.next', !busy || r.index >= count - 1, () => this.next(), !busy),
            ]
          : ''}
        <span class="speed">
          <output part="rate" lang=${t.langOf('readAloud.speed')}>${t.t('readAloud.speed', { rate })}</output>
          ${button('slower', 'readAloud.slower', rate <= RATES[0]!, () => this.step(-1))}
          ${button('faster', 'readAloud.faster', rate >= RATES[RATES.length - 1]!, () => this.step(1))}
        </span>
      </div>
      <p part="progress" class="progress" ?hidden=${!busy} lang=${t.langOf('readAloud.progress')}>
        ${busy ? t.t('readAloud.progress', { n: r!.index + 1, count }) : ''}
      </p>
      <p part="message" class="message" role="status">${this.behaviour?.messages(t)}</p>
      <div part="content" class="content"><slot></slot></div>`;
  }

  protected override updated(): void {
    // A button hidden by this update (reading ended) hands focus to the play button. Which one had
    // focus is noted before the update: the browser may drop focus from a hidden button at once.
    if (this.focused?.hidden) this.shadowRoot!.querySelector<HTMLElement>('[part="play"]')!.focus();
  }

  private prepare = () => {
    if (this.isConnected) void this.ready();
  };
}

const KEYS: Partial<Record<keyof typeof icons, string>> = {
  stop: 'Escape',
  previous: 'ArrowLeft',
  next: 'ArrowRight',
  slower: 'ArrowDown',
  faster: 'ArrowUp',
};
