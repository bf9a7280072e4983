import { getClock } from '@caremode/core';
import { estimateSpeechMs } from './timing.js';
import type { EngineErrorCode, EngineListener, EngineUtterance, EngineVoice, SpeechEngine } from './types.js';
import { matchVoices } from './voices.js';

interface Speaking {
  utterance: EngineUtterance;
  listener: EngineListener;
  /** Held here as well: Chrome drops events of an utterance nothing references any more. */
  native: SpeechSynthesisUtterance;
  unwatch?: () => void;
}

export interface WebSpeechOptions {
  /** How long to wait for the platform to list its voices (Linux takes about 3 s). */
  voiceWaitMs?: number;
  /** How long a sentence may take to start before it counts as failed. */
  startWaitMs?: number;
}

const ERRORS: Record<string, EngineErrorCode> = {
  'not-allowed': 'not-allowed',
  'language-unavailable': 'no-voice',
  'voice-unavailable': 'no-voice',
  network: 'network',
};

/**
 * The browser's own speech (`speechSynthesis`): on the device, free, no server.
 *
 * - Always sets the utterance's language, so the platform never reads Vietnamese with an
 *   English voice; `zh-*` finds Mandarin (`cmn`) and Cantonese (`yue`) voices too.
 * - Pause cancels and remembers the sentence; resume speaks it again from its start. The
 *   platform's own pause/resume is never called: on Linux it jams speech-dispatcher for every
 *   program until the daemon is killed, and elsewhere it is unreliable.
 * - A watchdog turns a sentence that never starts, or never reports its end, into a `timeout`
 *   error instead of a reader waiting for ever.
 */
export class WebSpeechEngine implements SpeechEngine {
  readonly id = 'web-speech';
  readonly capabilities = { onDevice: true, exactPause: false, boundaries: false };

  private current?: Speaking;
  private paused?: Speaking;
  private loading?: Promise<EngineVoice[]>;
  private mapped?: { count: number; voices: EngineVoice[]; natives: Map<string, SpeechSynthesisVoice> };
  private knownEmpty = false;
  private readonly voiceWaitMs: number;
  private readonly startWaitMs: number;

  constructor(options: WebSpeechOptions = {}) {
    this.voiceWaitMs = options.voiceWaitMs ?? 5000;
    this.startWaitMs = options.startWaitMs ?? 10000;
    this.synth?.addEventListener('voiceschanged', () => (this.knownEmpty = false));
  }

  /** Whether this browser has Web Speech synthesis at all. */
  static get supported(): boolean {
    return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function';
  }

  async voicesFor(lang: string): Promise<EngineVoice[]> {
    return matchVoices(await this.voices(), lang);
  }

  voices(): Promise<EngineVoice[]> {
    const synth = this.synth;
    if (!synth) return Promise.resolve([]);
    if (synth.getVoices().length || this.knownEmpty) return Promise.resolve(this.map());
    // Voices arrive late (a `voiceschanged` event some platforms never fire): watch and poll.
    return (this.loading ??= new Promise<EngineVoice[]>((resolve) => {
      const done = () => {
        synth.removeEventListener('voiceschanged', check);
        clearInterval(poll);
        cancel();
        this.loading = undefined;
        const voices = this.map();
        this.knownEmpty = !voices.length;
        resolve(voices);
      };
      const check = () => synth.getVoices().length && done();
      synth.addEventListener('voiceschanged', check);
      const poll = setInterval(check, 250);
      const cancel = getClock().at(getClock().now() + this.voiceWaitMs, done);
    }));
  }

  speak(utterance: EngineUtterance, listener: EngineListener): void {
    this.cancel();
    const synth = this.synth;
    const native = utterance.voice && this.mapped?.natives.get(utterance.voice.id);
    if (!synth || (utterance.private && native && !native.localService)) {
      queueMicrotask(() => listener({ type: 'error', error: synth ? 'private' : 'no-voice' }));
      return;
    }
    const spoken = new SpeechSynthesisUtterance(utterance.text);
    spoken.lang = native?.lang || utterance.lang;
    if (native) spoken.voice = native;
    spoken.rate = Math.min(2, Math.max(0.5, Number(utterance.rate) || 1));
    const entry: Speaking = { utterance, listener, native: spoken };
    const live = () => this.current === entry;
    spoken.onstart = () => {
      if (!live()) return;
      this.watch(entry, true);
      listener({ type: 'start' });
    };
    spoken.onend = () => {
      if (!live()) return;
      this.settle();
      listener({ type: 'end' });
    };
    spoken.onerror = (event) => {
      if (!live()) return;
      this.settle();
      listener({ type: 'error', error: ERRORS[event.error] ?? 'failed', detail: event.error });
    };
    spoken.onboundary = (event) => {
      if (!live() || event.name !== 'word') return;
      this.capabilities.boundaries = true;
      const length = event.charLength || /^\S*/.exec(utterance.text.slice(event.charIndex))![0].length;
      listener({ type: 'boundary', charIndex: event.charIndex, charLength: length });
    };
    this.current = entry;
    this.watch(entry, false);
    synth.speak(spoken);
  }

  pause(): void {
    const entry = this.current;
    if (!entry) return;
    this.cancel();
    this.paused = entry;
  }

  resume(): void {
    const entry = this.paused;
    if (entry) this.speak(entry.utterance, entry.listener);
  }

  cancel(): void {
    const entry = this.current;
    this.paused = undefined;
    if (!entry) return;
    this.settle();
    this.synth?.cancel();
  }

  private get synth(): SpeechSynthesis | undefined {
    return WebSpeechEngine.supported ? speechSynthesis : undefined;
  }

  private map(): EngineVoice[] {
    const natives = this.synth?.getVoices() ?? [];
    if (this.mapped?.count !== natives.length) {
      this.mapped = {
        count: natives.length,
        voices: natives.map((v) => ({ id: v.voiceURI || v.name, name: v.name, lang: v.lang, local: v.localService, default: v.default })),
        natives: new Map(natives.map((v) => [v.voiceURI || v.name, v])),
      };
    }
    return this.mapped.voices;
  }

  private settle(): void {
    this.current?.unwatch?.();
    this.current = undefined;
  }

  private watch(entry: Speaking, started: boolean): void {
    entry.unwatch?.();
    const { text, rate } = entry.utterance;
    const wait = started ? 2 * estimateSpeechMs(text, rate) + 5000 : this.startWaitMs;
    entry.unwatch = getClock().at(getClock().now() + wait, () => {
      if (this.current !== entry) return;
      this.cancel();
      entry.listener({ type: 'error', error: 'timeout', detail: started ? 'no end event' : 'no start event' });
    });
  }
}
