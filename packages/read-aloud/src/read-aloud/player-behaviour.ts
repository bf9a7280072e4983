import { registerStrings, type LocalizeController, type MessageParams } from '@caremode/core';
import { html } from 'lit';
import type { SpeechEngine } from '../engine/types.js';
import type { Reader } from '../reader/reader.js';
import { sentencesOf, spokenLanguages } from '../runtime.js';
import type { Sentence } from '../text/collect.js';
import { readAloudMessages } from './read-aloud.messages.js';

registerStrings(readAloudMessages);

/** What the behaviour needs of its player (the element's public face plus its engine list). */
export interface PlayerHost extends HTMLElement {
  for: string;
  stop(): void;
  next(): void;
  previous(): void;
  step(direction: 1 | -1): void;
  toggle(): void;
  engineList(): readonly SpeechEngine[];
  requestUpdate(): void;
}

const FIRST = ['vi', 'cmn', 'yue', 'id', 'en'];

function languageName(tag: string, locale: string): string {
  let name = tag;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    // A tag Intl cannot name is shown as it is.
  }
  // Inside a Vietnamese sentence a language is "tiếng Việt"; Intl gives the stand-alone "Tiếng Việt".
  return locale === 'vi' ? name.replace(/^Tiếng /, 'tiếng ') : name;
}

/**
 * The player's behaviour once reading is possible: its events, keyboard shortcuts and messages.
 * Loaded with the reader, so the buttons paint without it.
 */
export class PlayerBehaviour {
  /** A note of the player's own ("nothing to read"), as a string key. */
  note = '';
  private spoken: string[] = [];
  private lastState = 'idle';
  private lastIndex = -1;

  constructor(
    private readonly host: PlayerHost,
    readonly reader: Reader,
  ) {
    // Voice lists take seconds to arrive on some platforms: ask now, not when play is pressed.
    for (const engine of host.engineList()) void engine.voices().catch(() => undefined);
  }

  /** The sentences to read: the element named by `for`, or the slotted content. */
  collect(): Sentence[] {
    const { host } = this;
    if (!host.for) return sentencesOf(host.shadowRoot!.querySelector('slot')!);
    const target = (host.getRootNode() as Document | ShadowRoot).getElementById?.(host.for);
    return target ? sentencesOf(target) : [];
  }

  /** Follows the reader: events for the page, the list of spoken languages when a voice is missing. */
  changed = (reader: Reader): void => {
    const { state, index } = reader;
    const host = this.host;
    const detail = { state, index, count: reader.sentences.length };
    const fire = (type: string, extra = {}) => host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: { ...detail, ...extra } }));
    const changed = state !== this.lastState;
    const sentence = state === 'playing' && (changed || index !== this.lastIndex);
    this.lastState = state;
    this.lastIndex = index;
    if (changed) fire('care-read-state');
    if (sentence) fire('care-read-sentence', { text: reader.sentence!.text, lang: reader.sentence!.lang, engine: reader.engine?.id });
    if (state === 'no-voice' && changed) {
      void spokenLanguages(host.engineList()).then((langs) => {
        // Caremode's languages first: a device may speak a hundred, and the list must stay short.
        const rank = (l: string) => (FIRST.includes(l) ? FIRST.indexOf(l) : FIRST.length);
        this.spoken = langs.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, 5);
        host.requestUpdate();
      });
    }
    host.requestUpdate();
  };

  /** Keys while focus is in the controls: K, Esc, arrows, + and -. */
  key = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { host, reader } = this;
    const busy = reader.busy || reader.state === 'no-voice' || reader.state === 'error';
    const actions: Record<string, (() => void) | false> = {
      k: () => host.toggle(),
      Escape: busy && (() => host.stop()),
      ArrowLeft: busy && (() => host.previous()),
      ArrowRight: busy && (() => host.next()),
      ArrowDown: () => host.step(-1),
      ArrowUp: () => host.step(1),
      '-': () => host.step(-1),
      '+': () => host.step(1),
    };
    const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  /** What to tell the person about the reader, in words. */
  messages(t: LocalizeController) {
    return this.messageKeys(t.locale).map(([key, params]) => html`<span lang=${t.langOf(key)}>${t.t(key, params)}</span> `);
  }

  private messageKeys(locale: string): [string, MessageParams?][] {
    const { state } = this.reader;
    if (state === 'refused' || state === 'error') return [[`readAloud.${state}`]];
    if (state === 'no-voice') {
      // Say what the device can read, so the person knows what exists instead of meeting silence.
      const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(this.spoken.map((l) => languageName(l, locale)));
      return [
        ['readAloud.noVoice', { language: languageName(this.reader.missingLang, locale) }],
        this.spoken.length ? ['readAloud.voices', { languages }] : ['readAloud.noVoices'],
      ];
    }
    if (this.note) return [[this.note]];
    return state === 'idle' && this.reader.skippedPrivate ? [['readAloud.private']] : [];
  }
}
