import { HttpAudioEngine } from '../engine/http-audio.js';
import type { EngineUtterance, EngineVoice } from '../engine/types.js';

/**
 * A stand-in for a portal's TTS service in the main test stage, where no speech software runs:
 * the real HTTP audio engine plays real WAV audio (a quiet tone as long as the text would take to
 * say), and every request is recorded, so a test sees exactly what would have left the device.
 * The speech stage runs the same engine against the espeak-ng reference server.
 */
export function toneService(options: { msPerChar?: number; voices?: EngineVoice[] } = {}) {
  const msPerChar = options.msPerChar ?? 20;
  const requests: EngineUtterance[] = [];
  const engine = new HttpAudioEngine({
    url: (u) => {
      requests.push(u);
      return URL.createObjectURL(toneWav(Math.max(250, [...u.text].length * msPerChar)));
    },
    voices: options.voices ?? ['vi', 'en', 'cmn', 'id'].map((lang) => ({ id: lang, name: lang, lang })),
  });
  return { engine, requests, texts: () => requests.map((r) => r.text) };
}

/** A mono 16-bit WAV of a 440 Hz tone lasting `ms`. */
export function toneWav(ms: number): Blob {
  const rate = 8000;
  const samples = Math.round((rate * ms) / 1000);
  const view = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / rate)), true);
  return new Blob([view.buffer], { type: 'audio/wav' });
}
