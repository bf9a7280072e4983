/** Fires a Caremode event: it bubbles and leaves shadow roots. Returns false when a listener cancelled it. */
export const fire = (el: HTMLElement, name: string, detail?: unknown, cancelable = false): boolean =>
  el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
