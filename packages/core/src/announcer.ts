import { shared } from './shared-global.js';

export type AnnouncePriority = 'polite' | 'assertive';
export interface AnnounceOptions {
  /** `assertive` interrupts the screen reader: keep it for errors and expiring time. */
  priority?: AnnouncePriority;
  /** Language of the message, so the screen reader speaks it with the right voice. */
  lang?: string;
}

// Screen readers notice a live region's change, not its content: the region is emptied and
// refilled a moment later so the same words can be said again later on.
const FILL_DELAY_MS = 100;
// The same words twice within this window are said once (two fields failing together, a
// component re-rendering): repeating them only makes the screen reader stutter.
const DUPLICATE_WINDOW_MS = 1000;
// Old text is removed so it is not found again when someone reads the page line by line.
const CLEAR_AFTER_MS = 7000;

interface Region {
  el: HTMLElement;
  text: string;
  at: number;
  timer?: ReturnType<typeof setTimeout>;
}

const regions = () => shared('announcer.v1', () => ({}) as Partial<Record<AnnouncePriority, Region>>);

/**
 * Says a message through a shared, visually hidden live region. Repeats of the same message
 * within a second are dropped. Returns whether the message was queued.
 */
export function announce(message: string, options: AnnounceOptions = {}): boolean {
  const text = String(message ?? '').trim();
  const priority: AnnouncePriority = options.priority === 'assertive' ? 'assertive' : 'polite';
  const all = regions();
  let region = all[priority];
  if (!text || (region && region.text === text && Date.now() - region.at < DUPLICATE_WINDOW_MS)) return false;
  if (!region?.el.isConnected) {
    const el = document.createElement('div');
    el.setAttribute('data-care-announcer', priority);
    el.setAttribute('aria-live', priority);
    el.setAttribute('aria-atomic', 'true');
    if (priority === 'assertive') el.setAttribute('role', 'alert');
    // Visually hidden but in the accessibility tree (display:none would silence it).
    el.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
    document.body.append(el);
    region = all[priority] = { el, text: '', at: 0 };
  }
  const r = region;
  Object.assign(r, { text, at: Date.now() });
  clearTimeout(r.timer);
  r.el.textContent = '';
  r.timer = setTimeout(() => {
    // lang="" would mean "unknown language"; without a language the page's own applies.
    if (options.lang) r.el.lang = options.lang;
    else r.el.removeAttribute('lang');
    r.el.textContent = text;
    r.timer = setTimeout(() => (r.el.textContent = ''), CLEAR_AFTER_MS);
  }, FILL_DELAY_MS);
  return true;
}
