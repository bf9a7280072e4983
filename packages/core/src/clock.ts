import { isServer } from 'lit';
import { shared } from './shared-global.js';

/**
 * Time for components with deadlines (a code that expires, a session timeout). Deadlines are
 * wall-clock times, not countdowns: a phone that slept with the page open wakes to the right
 * answer, because pending deadlines are checked again whenever the page becomes visible.
 */
export interface CareClock {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
  /** Calls `callback` once the wall-clock time `deadline` has passed; returns a cancel function. */
  at(deadline: number, callback: () => void): () => void;
}

interface Pending {
  deadline: number;
  callback: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

// Long timers are split so a deadline moved by a clock change is noticed within this time.
const MAX_WAIT_MS = 30_000;

/** The browser's clock. */
export class SystemClock implements CareClock {
  private readonly pending = new Set<Pending>();

  constructor() {
    // A server render only reads the time; there is no page to wake up.
    if (isServer) return;
    const recheck = () => [...this.pending].forEach((p) => this.schedule(p));
    document.addEventListener('visibilitychange', recheck);
    addEventListener('pageshow', recheck);
  }

  now(): number {
    return Date.now();
  }

  at(deadline: number, callback: () => void): () => void {
    const entry: Pending = { deadline: Number(deadline) || 0, callback };
    this.pending.add(entry);
    this.schedule(entry);
    return () => {
      clearTimeout(entry.timer);
      this.pending.delete(entry);
    };
  }

  private schedule(entry: Pending): void {
    clearTimeout(entry.timer);
    const wait = entry.deadline - this.now();
    if (wait > 0) {
      // Elements rendered on a server are thrown away once written out: nothing to wake later.
      if (isServer) return;
      entry.timer = setTimeout(() => this.schedule(entry), Math.min(wait, MAX_WAIT_MS));
      return;
    }
    this.pending.delete(entry);
    entry.callback();
  }
}

/**
 * A clock that moves only when told to: tests drive minutes of deadlines in microseconds.
 * `advance(ms)` fires every deadline passed, in order, as the real clock would.
 */
export class ManualClock implements CareClock {
  private time: number;
  private readonly pending = new Set<Pending>();

  constructor(start = Date.UTC(2026, 0, 15, 9, 0, 0)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  at(deadline: number, callback: () => void): () => void {
    const entry: Pending = { deadline: Number(deadline) || 0, callback };
    this.pending.add(entry);
    queueMicrotask(() => this.fireDue());
    return () => this.pending.delete(entry);
  }

  /** Moves time forward and fires what fell due. */
  advance(ms: number): void {
    this.set(this.time + ms);
  }

  /** Jumps to a time, as a phone waking from sleep does. */
  set(time: number): void {
    this.time = time;
    this.fireDue();
  }

  private fireDue(): void {
    const due = [...this.pending].filter((p) => p.deadline <= this.time).sort((a, b) => a.deadline - b.deadline);
    for (const entry of due) {
      if (!this.pending.delete(entry)) continue;
      entry.callback();
    }
  }
}

const holder = () => shared('clock.v1', () => ({ clock: undefined as CareClock | undefined }));

/** The page's clock. Read it at the moment of use, never keep it: tests may replace it. */
export const getClock = (): CareClock => (holder().clock ??= new SystemClock());

/** Replaces the page's clock (tests, or a portal with server time); returns the function that restores the previous one. */
export function setClock(clock: CareClock): () => void {
  const h = holder();
  const previous = h.clock;
  h.clock = clock;
  return () => {
    h.clock = previous;
  };
}
