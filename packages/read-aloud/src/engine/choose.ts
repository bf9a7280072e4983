import type { EngineVoice, SpeechEngine } from './types.js';
import { speechLanguage } from './voices.js';

export interface EngineChoice {
  engine: SpeechEngine;
  voice: EngineVoice;
}

/**
 * The first engine, in the order given, with a voice for `lang`. Private text only goes to an
 * engine that speaks on the device, with a voice that does too.
 */
export async function chooseEngine(engines: readonly SpeechEngine[], lang: string, priv = false): Promise<EngineChoice | undefined> {
  for (const engine of engines) {
    if (priv && !engine.capabilities.onDevice) continue;
    let voices: EngineVoice[] = [];
    try {
      voices = await engine.voicesFor(lang);
    } catch {
      // An engine that cannot list voices is passed over; the next one may speak.
    }
    const voice = voices.find((v) => !priv || v.local !== false);
    if (voice) return { engine, voice };
  }
  return undefined;
}

/** The languages the engines can speak (primary tags, one each), for telling a person what exists. */
export async function spokenLanguages(engines: readonly SpeechEngine[]): Promise<string[]> {
  const all = await Promise.all(engines.map((e) => e.voices().catch(() => [] as EngineVoice[])));
  return [...new Set(all.flat().map((v) => speechLanguage(v.lang)))];
}
