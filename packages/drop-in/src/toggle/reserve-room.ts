import { shared } from '@caremode/core';

export interface Reservation {
  release(): void;
}

// Room kept above a floating element, so the last line of the page and a focused control
// scrolled to the bottom edge both stay clear of it.
const GAP_PX = 8;

interface Saved {
  inline: string;
  computed: number;
}

interface Room {
  elements: Map<HTMLElement, number>;
  padding?: Saved;
  scrollPadding?: Saved;
  observer?: ResizeObserver;
}

// One record per page: two floating elements (or two copies of Caremode) share the room, and the
// page's own values are saved before the first and restored after the last.
const room = () => shared<Room>('reserved-room.v1', () => ({ elements: new Map() }));

const save = (el: HTMLElement, property: string): Saved => ({
  inline: el.style.getPropertyValue(property),
  computed: parseFloat(getComputedStyle(el).getPropertyValue(property)) || 0,
});

const restore = (el: HTMLElement, property: string, saved: Saved | undefined) => {
  if (saved?.inline) el.style.setProperty(property, saved.inline);
  else el.style.removeProperty(property);
};

function apply(): void {
  const state = room();
  let needed = 0;
  for (const element of state.elements.keys()) {
    const rect = element.getBoundingClientRect();
    // Its height plus its distance from the bottom edge (the safe-area inset included).
    const height = rect.height ? Math.ceil(window.innerHeight - rect.top + GAP_PX) : 0;
    state.elements.set(element, height);
    needed = Math.max(needed, height);
  }
  document.body.style.setProperty('padding-bottom', `${state.padding!.computed + needed}px`);
  document.documentElement.style.setProperty('scroll-padding-bottom', `${state.scrollPadding!.computed + needed}px`);
}

/**
 * WebKit (Safari, every iPhone browser) ignores scroll-padding when keyboard focus scrolls a
 * control into view. After the browser's own scroll, a focused control that ended up under a
 * floating element is moved clear of it; where scroll-padding works there is nothing to move.
 */
function keepFocusClear(event: FocusEvent): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  setTimeout(() => {
    const elements = [...room().elements.keys()];
    if (!target.isConnected || elements.some((el) => el === target || el.contains(target))) return;
    const rect = target.getBoundingClientRect();
    const top = Math.min(...elements.map((el) => el.getBoundingClientRect().top));
    const overlap = Math.ceil(rect.bottom + GAP_PX - top);
    // Never past the control's own top edge: a control taller than the room left keeps its start.
    if (overlap > 0 && rect.top > 0) window.scrollBy({ top: Math.min(overlap, rect.top), behavior: 'instant' });
  });
}

/**
 * Makes room at the end of the page for an element fixed to the bottom of the screen: adds its
 * height to `body`'s bottom padding and to the root's `scroll-padding-bottom` (which keyboard
 * focus and `scrollIntoView` respect), and keeps both current as the element or the text size
 * changes. Only inline styles set through the CSSOM: allowed under a strict CSP.
 */
export function reserveRoom(element: HTMLElement): Reservation {
  const state = room();
  if (!state.elements.size) {
    state.padding = save(document.body, 'padding-bottom');
    state.scrollPadding = save(document.documentElement, 'scroll-padding-bottom');
    state.observer = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : undefined;
    window.addEventListener('resize', apply);
    document.addEventListener('focusin', keepFocusClear);
  }
  state.elements.set(element, 0);
  state.observer?.observe(element);
  apply();
  return {
    release() {
      if (!state.elements.delete(element)) return;
      state.observer?.unobserve(element);
      if (state.elements.size) {
        apply();
        return;
      }
      state.observer?.disconnect();
      window.removeEventListener('resize', apply);
      document.removeEventListener('focusin', keepFocusClear);
      restore(document.body, 'padding-bottom', state.padding);
      restore(document.documentElement, 'scroll-padding-bottom', state.scrollPadding);
    },
  };
}
