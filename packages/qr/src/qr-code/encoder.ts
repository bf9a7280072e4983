import type * as EncodeModule from './encode.js';

export type Encoder = typeof EncodeModule;

let ready: Encoder | undefined;
let loading: Promise<Encoder | undefined> | undefined;

/** The encoder, when already loaded. */
export const encoderNow = (): Encoder | undefined => ready;

/** Hands over an encoder imported statically, so no separate request is ever made for it. */
export const provideEncoder = (encoder: Encoder): void => {
  ready ??= encoder;
};

/**
 * Loads the encoder on first use, so a page paints before the encoder arrives. Resolves to
 * undefined when it cannot be fetched (offline without a cached copy); the next call tries again.
 */
export function loadEncoder(): Promise<Encoder | undefined> {
  if (ready) return Promise.resolve(ready);
  return (loading ??= import('./encode.js').then(
    (encoder) => (ready ??= encoder),
    () => (loading = undefined),
  ));
}
