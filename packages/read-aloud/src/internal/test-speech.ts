import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

/** What the speech stage set up (web-test-runner.speech.config.mjs). */
export interface SpeechInfo {
  available: boolean;
  reason: string;
  required: boolean;
  ttsBase: string;
}

export interface Received {
  text: string;
  lang: string;
  voice: string;
  rate: number;
}

export interface SoundStats {
  seconds: number;
  rms: number;
  peak: number;
  /** RMS per 50 ms window. */
  envelope: number[];
  voicedSeconds: number;
}

/**
 * The speech environment, or a skip that says why it is missing. Where CI requires speech
 * (CAREMODE_REQUIRE_SPEECH=1) a missing environment fails instead.
 */
export async function needSpeech(context: Mocha.Context): Promise<SpeechInfo> {
  const info = await executeServerCommand<SpeechInfo, undefined>('speech:info');
  if (!info?.available) {
    if (info?.required) throw new Error(`Speech is required on this machine but unavailable: ${info.reason}`);
    console.warn(`Speech tests skipped: ${info?.reason ?? 'not run in the speech stage (web-test-runner.speech.config.mjs)'}`);
    context.skip();
  }
  return info;
}

/** What the reference TTS server received since the last call. */
export const received = () => executeServerCommand<Received[], undefined>('speech:received');

/** Starts recording the audio sink (everything the browser and speech-dispatcher play). */
export const recordStart = () => executeServerCommand('speech:record-start');
export const recordStop = () => executeServerCommand<SoundStats, undefined>('speech:record-stop');

/** A real tap on an element (or the page's corner): the browser counts it as the person's activation. */
export async function tap(target?: Element) {
  if (!target) return sendMouse({ type: 'click', position: [2, 2] });
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  return sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
