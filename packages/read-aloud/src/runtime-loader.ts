type Runtime = typeof import('./runtime.js');

let loaded: Runtime | undefined;
let loading: Promise<Runtime> | undefined;

/** Loads engines, sentence splitting and the reader (once). */
export const loadRuntime = (): Promise<Runtime> => (loading ??= import('./runtime.js').then((m) => (loaded = m)));

/** The runtime if it has loaded, for code that must act within a tap (no await). */
export const loadedRuntime = (): Runtime | undefined => loaded;

/** Runs `task` when the browser is idle (soon after the first paint where it has no idle callback). */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
