import { readScriptOptions, startDropIn } from './drop-in.js';

// The script tag that loaded the drop-in carries the options: this module's own tag, found by
// its URL, or the classic loader's tag, which it leaves on a global for this module.
const script =
  (globalThis as Record<symbol, Element | undefined>)[Symbol.for('caremode:drop-in.script')] ??
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => s.src === import.meta.url) ??
  document.querySelector('script[data-caremode]');

startDropIn(readScriptOptions(script));
