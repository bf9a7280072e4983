import { shared } from '@caremode/core';
import type { SpeechEngine } from '../engine/types.js';

const holder = () => shared('read-aloud-config.v1', () => ({ engines: undefined as readonly SpeechEngine[] | undefined }));

/**
 * Chooses the speech engines of the page, in order of preference, for the read-aloud service,
 * tap-to-read and every player without its own: e.g. the portal's TTS service first, the
 * browser's voices next: `configureReadAloud({ engines: [new HttpAudioEngine({ url }), new WebSpeechEngine()] })`.
 * Without it, the browser's own voices (Web Speech) are used.
 */
export function configureReadAloud(options: { engines?: readonly SpeechEngine[] }): void {
  holder().engines = options?.engines ? [...options.engines] : undefined;
}

/** The engines the portal configured, if it did. */
export const configuredEngines = (): readonly SpeechEngine[] | undefined => holder().engines;
