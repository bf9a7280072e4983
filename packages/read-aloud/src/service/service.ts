import { registerReadAloudProvider, shared, type ReadAloudProvider } from '@caremode/core';
import { configuredEngines } from '../reader/config.js';
import { loadRuntime, loadedRuntime } from '../runtime-loader.js';

/**
 * Makes this package core's read-aloud service, so a step guide, a form or a timeout warning
 * can ask for reading (`readAloud({ element })` from `@caremode/core`) without depending on it.
 * Registered once per page, whichever copy asks; returns the function that unregisters it.
 *
 * When the browser refuses speech before the person has touched the page, the outcome is
 * `refused`: the caller shows its own large "Read aloud" button, whose tap starts the reading.
 */
export function registerReadAloudService(): () => void {
  const holder = shared('read-aloud-service.v1', () => ({ off: undefined as (() => void) | undefined }));
  if (holder.off) return holder.off;
  const provider: ReadAloudProvider = {
    // Core gives private text only to a provider that can keep it on the device.
    get onDevice() {
      const engines = configuredEngines();
      return !engines || engines.some((e) => e.capabilities.onDevice);
    },
    read: (segments, { rate, source }) => loadRuntime().then((rt) => rt.serve(segments, rate, source)),
    stop: () => loadedRuntime()?.stopActiveReader(),
  };
  const unregister = registerReadAloudProvider(provider);
  return (holder.off = () => {
    unregister();
    holder.off = undefined;
  });
}
