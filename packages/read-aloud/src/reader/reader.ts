import { getPreferencesStore, shared, type ReadAloudOutcome, type ReadAloudStatus } from '@caremode/core';
import { chooseEngine, type EngineChoice } from '../engine/choose.js';
import type { EngineEvent, SpeechEngine } from '../engine/types.js';
import type { Sentence } from '../text/collect.js';
import { highlight, scrollToRange } from './highlight.js';

/**
 * `starting`: asked to speak, no sound yet. `refused`: the browser wants a tap first.
 * `no-voice`: nothing speaks the current sentence's language (see `missingLang`).
 */
export type ReaderState = 'idle' | 'starting' | 'playing' | 'paused' | 'refused' | 'no-voice' | 'error';

export interface ReaderOptions {
  scroll?: boolean;
}

type Listener = (reader: Reader) => void;

const clampRate = (rate: number) => Math.min(2, Math.max(0.5, Number(rate) || 1));

// One voice at a time on a page: a reader that starts stops whichever reader spoke before.
const activeHolder = () =>
  shared('read-aloud-active.v1', () => {
    // Some browsers keep speaking after the page is left.
    addEventListener('pagehide', () => activeHolder().reader?.stop());
    return { reader: undefined as { stop(): void } | undefined };
  });

/** Stops whichever reader is speaking on the page. */
export const stopActiveReader = (): void => activeHolder().reader?.stop();

/**
 * Reads a list of sentences aloud one at a time: chooses an engine per sentence (by its
 * language and privacy), highlights the sentence being read, and offers play, pause, resume,
 * stop, previous, next and speed. Knows nothing about buttons: a player or a service drives it.
 */
export class Reader {
  state: ReaderState = 'idle';
  index = 0;
  sentences: readonly Sentence[] = [];
  rate = 1;
  /** The language with no voice when `state` is `no-voice`. */
  missingLang = '';
  /** Private sentences left unread because only a network engine speaks their language. */
  skippedPrivate = 0;
  /** Detail of the last error, for logs; not for people. */
  reason = '';
  /** The engine of the current sentence. */
  engine?: SpeechEngine;
  /** Scroll each sentence into view as it starts (a player does; tap-to-read need not). */
  scroll: boolean;

  private token = 0;
  private finish?: (status: ReadAloudStatus) => void;
  private readonly listeners = new Set<Listener>();
  private readonly chosen = new Map<string, EngineChoice>();
  private chosenFrom?: readonly SpeechEngine[];

  constructor(
    private readonly engines: () => readonly SpeechEngine[],
    options: ReaderOptions = {},
  ) {
    this.scroll = options.scroll ?? false;
  }

  /** Calls `listener` after every change of state or sentence; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get sentence(): Sentence | undefined {
    return this.sentences[this.index];
  }

  /** Playing, starting or paused. */
  get busy(): boolean {
    return this.state === 'playing' || this.state === 'starting' || this.state === 'paused';
  }

  /** Replaces what is read; stops what was being read. */
  load(sentences: readonly Sentence[]): void {
    this.stop();
    this.sentences = sentences;
    this.skippedPrivate = 0;
  }

  /**
   * Reads from sentence `from` (the current one by default) to the end. Resolves when reading
   * ends: `done`, `stopped` (stop, or another reading took over), `refused`, `no-voice`, `error`.
   */
  play(from = this.index): Promise<ReadAloudOutcome> {
    this.end('stopped');
    const holder = activeHolder();
    if (holder.reader !== this) holder.reader?.stop();
    holder.reader = this;
    const token = ++this.token;
    this.engine?.cancel();
    this.index = Math.min(Math.max(0, Math.trunc(from) || 0), Math.max(0, this.sentences.length - 1));
    const outcome = new Promise<ReadAloudOutcome>((resolve) => {
      this.finish = (status) => resolve(this.reason && status === 'error' ? { status, reason: this.reason } : { status });
    });
    if (!this.sentences.length) this.end('empty');
    else this.speakCurrent(token);
    return outcome;
  }

  pause(): void {
    if (this.state !== 'playing' && this.state !== 'starting') return;
    this.engine?.pause();
    this.set('paused');
  }

  resume(): void {
    const engine = this.engine;
    if (this.state !== 'paused' || !engine) return;
    // An engine without exact pause says the sentence again and reports its start anew.
    this.set(engine.capabilities.exactPause ? 'playing' : 'starting');
    engine.resume();
  }

  stop(): void {
    this.token++;
    this.engine?.cancel();
    this.index = 0;
    highlight();
    this.end('stopped');
  }

  next(): void {
    if (this.index < this.sentences.length - 1) void this.play(this.index + 1);
  }

  previous(): void {
    void this.play(this.index - 1);
  }

  /** Speed, 0.5 to 2: at once where the engine can (audio), else from the next sentence. */
  setRate(rate: number): void {
    this.rate = clampRate(rate);
    if (this.busy) this.engine?.setRate?.(this.rate);
    this.emit();
  }

  private speakCurrent(token: number): void {
    const sentence = this.sentence;
    if (!sentence) return this.end('done');
    if (this.state !== 'playing') this.set('starting');
    const engines = this.engines();
    if (this.chosenFrom !== engines) this.chosen.clear();
    this.chosenFrom = engines;
    const key = `${sentence.private}|${sentence.lang}`;
    const known = this.chosen.get(key);
    // Known already (a second tap after a refusal): speak within this very event, so the
    // browser still counts the tap as the person asking for sound.
    if (known) return this.speakWith(token, sentence, known);
    void chooseEngine(engines, sentence.lang, sentence.private).then(async (choice) => {
      if (token !== this.token) return;
      if (choice) {
        this.chosen.set(key, choice);
        return this.speakWith(token, sentence, choice);
      }
      // Private text that only a network engine could say is skipped, not sent.
      if (sentence.private && (await chooseEngine(engines, sentence.lang))) {
        if (token !== this.token) return;
        this.skippedPrivate++;
        return this.advance(token);
      }
      this.missingLang = sentence.lang;
      this.end('no-voice');
    });
  }

  private speakWith(token: number, sentence: Sentence, { engine, voice }: EngineChoice): void {
    this.engine = engine;
    engine.speak({ text: sentence.text, lang: sentence.lang, rate: this.rate, voice, private: sentence.private }, (event) =>
      this.onEvent(token, sentence, event),
    );
  }

  private onEvent(token: number, sentence: Sentence, event: EngineEvent): void {
    if (token !== this.token) return;
    switch (event.type) {
      case 'start':
        highlight(sentence.range);
        if (sentence.range && this.scroll) scrollToRange(sentence.range, getPreferencesStore().effective.reducedMotion);
        return this.set('playing');
      case 'boundary':
        return highlight(sentence.range, sentence.wordRange?.(event.charIndex, event.charLength));
      case 'end':
        return this.advance(token);
      case 'error':
        this.reason = `${this.engine?.id}: ${event.error}${event.detail ? ` (${event.detail})` : ''}`;
        if (event.error === 'private') {
          this.skippedPrivate++;
          return this.advance(token);
        }
        highlight();
        // The choice stays after a refusal, so the next tap speaks at once; other errors choose again.
        if (event.error === 'not-allowed') return this.end('refused');
        this.chosen.clear();
        if (event.error === 'no-voice') {
          this.missingLang = sentence.lang;
          return this.end('no-voice');
        }
        return this.end('error');
    }
  }

  private advance(token: number): void {
    if (token !== this.token) return;
    if (this.index >= this.sentences.length - 1) {
      highlight();
      this.index = 0;
      return this.end('done');
    }
    this.index++;
    this.speakCurrent(token);
  }

  private end(status: ReadAloudStatus): void {
    const finish = this.finish;
    this.finish = undefined;
    const next: ReaderState = status === 'refused' || status === 'no-voice' || status === 'error' ? status : 'idle';
    if (next === 'idle' && activeHolder().reader === this) activeHolder().reader = undefined;
    if (status !== 'error') this.reason = '';
    if (status !== 'no-voice') this.missingLang = '';
    this.set(next);
    finish?.(status);
  }

  private set(state: ReaderState): void {
    this.state = state;
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener(this);
  }
}
