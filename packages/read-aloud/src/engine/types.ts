/** A voice an engine can speak with. */
export interface EngineVoice {
  /** Identifies the voice to the engine (a Web Speech `voiceURI`, a TTS service's voice name). */
  id: string;
  /** A name for people. */
  name: string;
  /** BCP 47 tag as the engine reports it (`vi`, `cmn`, `zh-CN`, `en-US`). */
  lang: string;
  /**
   * False when the platform sends the text to a server to speak it (Chrome's "Google" voices):
   * such a voice never reads private text, although its engine is on the device.
   */
  local?: boolean;
  /** The platform's default voice. */
  default?: boolean;
}

/** What an engine can do, so the reader and the player can plan around it. */
export interface EngineCapabilities {
  /** Speech is made on this device: it may read private text to its owner. A network engine never gets it. */
  onDevice: boolean;
  /** Pause stops mid-sentence and resume continues from there; false: resume starts the sentence again. */
  exactPause: boolean;
  /** Reports word boundaries (for word highlighting). */
  boundaries: boolean;
}

/** One sentence to speak. */
export interface EngineUtterance {
  text: string;
  /** Language of the text; always passed to the platform so it never guesses. */
  lang: string;
  /** 0.5 to 2. */
  rate: number;
  /** From `voicesFor(lang)`; the engine's best match when absent. */
  voice?: EngineVoice;
  /** Personal data: an engine that is not on the device refuses it. */
  private?: boolean;
}

/**
 * Why a sentence was not spoken. `not-allowed`: the browser wants a tap first (user
 * activation); `no-voice`: nothing speaks this language; `timeout`: the platform never said
 * the sentence ended (the watchdog); `private`: personal data offered to a network engine.
 */
export type EngineErrorCode = 'not-allowed' | 'no-voice' | 'network' | 'timeout' | 'private' | 'failed';

export type EngineEvent =
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'boundary'; charIndex: number; charLength: number }
  | { type: 'error'; error: EngineErrorCode; detail?: string };

export type EngineListener = (event: EngineEvent) => void;

/**
 * A speech engine: voices for a language, one sentence at a time at a rate, with start, end,
 * error and (when the platform has them) word-boundary events. One sentence speaks at a time:
 * `speak` replaces whatever the engine was saying, and events of a replaced sentence never arrive.
 */
export interface SpeechEngine {
  /** Short name for logs and the player (`web-speech`, `http-audio`). */
  readonly id: string;
  readonly capabilities: EngineCapabilities;
  /** Voices for a language, best match first; empty when the engine cannot speak it. */
  voicesFor(lang: string): Promise<EngineVoice[]>;
  /** Every voice, for telling a person what exists when their language has none. */
  voices(): Promise<EngineVoice[]>;
  speak(utterance: EngineUtterance, listener: EngineListener): void;
  pause(): void;
  resume(): void;
  /** Stops at once; no further events for the current sentence. */
  cancel(): void;
  /** Changes the speed of the sentence being spoken, where the engine can. */
  setRate?(rate: number): void;
}
