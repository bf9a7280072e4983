import { buttonBaseStyles, CareElement, PersistentRecord, announce, getClock, readAloud, registerStrings } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { buttonStyles } from '../internal/button.styles.js';
import { sharedStrings } from '../internal/shared.strings.js';
import { readOnOpen } from '../internal/speak.js';
import { timeoutWarningStrings } from './timeout-warning.strings.js';
import { timeoutWarningStyles } from './timeout-warning.styles.js';
import { stepsLocales } from '../locales/index.js';

registerStrings(sharedStrings, stepsLocales);
registerStrings(timeoutWarningStrings, stepsLocales);

/** What the portal's extend handler may resolve to: the new deadline. */
export type Deadline = Date | number | string;

export interface TimeoutExtendDetail {
  /** Hand the element the portal's answer: a promise of the new deadline. */
  respondWith(deadline: Promise<Deadline> | Deadline): void;
}

export type TimeoutPhase = 'idle' | 'warning' | 'ended';

const DEFAULT_WARN_SECONDS = 120;
const WARNING = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z" /></svg>`;

/** A deadline as milliseconds since the epoch: a Date, a number, a numeric string or an ISO date; NaN otherwise. */
export function toTime(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const text = String(value ?? '').trim();
  if (!text) return NaN;
  return /^\d+$/.test(text) ? Number(text) : Date.parse(text);
}

/**
 * Warns before a portal's session ends, and lets the person stay (WCAG 2.2.1 Timing Adjustable).
 *
 * The portal gives the deadline as a wall-clock time (`expires-at`, an ISO date or milliseconds
 * since the epoch), never as a countdown: time is kept through core's clock, so a phone that
 * slept with the page open wakes to the right state. The warning opens `warn-before` seconds
 * ahead (120 by default, never less than 20), as a modal alert dialog that takes focus and is
 * read by screen readers; in care mode it also reads itself aloud through core's read-aloud
 * service (or offers a large "Read aloud" button when the browser refuses speech).
 *
 * "Stay signed in" asks the portal for a new deadline: a `care-timeout-extend` event whose
 * `detail.respondWith(promise)` the portal calls, or the `extend` callback; either resolves to
 * the new deadline. There is no limit on extensions. Every open tab of the portal shows the same
 * state: deadlines are shared through storage under `channel`. A deadline too close for the
 * full warning time is warned about at once: a session never ends unannounced.
 *
 * @tagname care-timeout-warning
 * @summary Session-timeout warning with extend, kept in step across tabs and through sleep.
 *
 * @csspart dialog - The dialog.
 * @csspart title - Its heading.
 * @fires care-timeout-extend - The person asked to stay signed in; call `detail.respondWith(promise of the new deadline)`.
 * @fires care-timeout-warn - The warning opened.
 * @fires care-timeout-expire - The deadline passed.
 */
export class CareTimeoutWarning extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, buttonStyles, timeoutWarningStyles];
  static override properties: PropertyDeclarations = {
    expiresAt: { attribute: 'expires-at' },
    warnBefore: { type: Number, attribute: 'warn-before' },
    channel: {},
    signInHref: { attribute: 'sign-in-href' },
    signOutHref: { attribute: 'sign-out-href' },
    extend: { attribute: false },
    phase: { state: true, attribute: false },
    now: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    failed: { state: true, attribute: false },
    offerRead: { state: true, attribute: false },
  };

  /** When the session ends: an ISO date (`2026-01-15T10:32:00+07:00`), milliseconds since the epoch, or a Date. */
  expiresAt: Deadline = '';
  /** Seconds of warning before the end (never less than 20). */
  warnBefore = DEFAULT_WARN_SECONDS;
  /** Tabs with the same channel share one deadline (one per portal session). */
  channel = 'session';
  /** Where "Sign in again" goes once the session has ended. */
  signInHref = '';
  /** Where "Sign out now" goes; without it the button is not shown. */
  signOutHref = '';
  /** Asks the portal for more time; resolves to the new deadline. Used when no `care-timeout-extend` listener responds. */
  extend?: () => Promise<Deadline> | Deadline;

  private phase: TimeoutPhase = 'idle';
  private now = 0;
  private busy = false;
  private failed = false;
  private offerRead = false;
  private count = 0;
  private stops: (() => void)[] = [];

  /** What is shown now. */
  get state(): TimeoutPhase {
    return this.phase;
  }

  /** How many times the session was extended from this tab. */
  get extensions(): number {
    return this.count;
  }

  /** The deadline in ms since the epoch, NaN when none was given. */
  get deadline(): number {
    return toTime(this.expiresAt);
  }

  /** The seconds of warning that apply: `warn-before`, never less than 20. */
  get warnSeconds(): number {
    const seconds = Number(this.warnBefore);
    return Math.max(requirements.time.warnAheadMinSeconds, Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_WARN_SECONDS);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('storage', this.onStorage);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('storage', this.onStorage);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expiresAt') || changed.has('warnBefore') || changed.has('channel')) {
      const shared = this.record().read()?.data;
      // Another tab may already have extended the session further.
      if (shared && shared > this.deadline) this.expiresAt = shared;
      else if (this.deadline) this.record().write(this.deadline);
      this.schedule();
    }
  }

  protected override render() {
    const t = this.localize;
    const ended = this.phase === 'ended';
    const time = this.formatTime(this.deadline);
    return html`<dialog
      part="dialog"
      role="alertdialog"
      aria-labelledby="title"
      aria-describedby="text"
      @cancel=${this.onCancel}
      lang=${t.langOf('timeout.title')}
    >
      <div part="title" class="title" id="title" role="heading" aria-level="2">${WARNING}<span>${t.t(ended ? 'timeout.ended-title' : 'timeout.title')}</span></div>
      <p id="text">${ended ? t.t('timeout.ended', { time }) : t.t('timeout.text', { time, left: this.formatLeft() })}</p>
      ${this.failed ? html`<p class="failed" role="alert">${t.t('timeout.failed')}</p>` : nothing}
      <div class="actions">
        ${this.offerRead ? html`<button class="button secondary" type="button" @click=${this.readNow}>${t.t('steps.read')}</button>` : nothing}
        ${ended
          ? this.signInHref
            ? html`<a class="button" href=${this.signInHref}>${t.t('timeout.sign-in')}</a>`
            : nothing
          : html`<button class="button" type="button" autofocus aria-disabled=${this.busy ? 'true' : nothing} @click=${this.stay}>
                ${t.t(this.busy ? 'timeout.extending' : 'timeout.extend')}
              </button>
              ${this.signOutHref ? html`<a class="button secondary" href=${this.signOutHref}>${t.t('timeout.sign-out')}</a>` : nothing}`}
      </div>
    </dialog>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog')!;
    const open = this.phase !== 'idle';
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    if (!(changed as Map<string, unknown>).has('phase')) return;
    if (open) {
      this.offerRead = false;
      const options = { bubbles: true, composed: true };
      this.dispatchEvent(this.phase === 'ended' ? new CustomEvent('care-timeout-expire', options) : new CustomEvent('care-timeout-warn', options));
      readOnOpen(dialog).then((refused) => (this.offerRead = refused && dialog.open));
    }
  }

  /** Wall-clock deadlines through core's clock: the warning, the end, and a tick for the countdown. */
  private schedule(): void {
    this.cancel();
    const deadline = this.deadline;
    if (!Number.isFinite(deadline)) {
      if (String(this.expiresAt ?? '').trim()) console.warn(`Caremode: <care-timeout-warning> could not read expires-at="${this.expiresAt}".`);
      this.phase = 'idle';
      return;
    }
    const clock = getClock();
    const warnAt = deadline - this.warnSeconds * 1000;
    this.now = clock.now();
    // A deadline already inside the warning time (or past) is shown at once: never an end unannounced.
    this.phase = this.now < warnAt ? 'idle' : this.now < deadline ? 'warning' : 'ended';
    if (this.phase === 'warning') this.tick();
    if (this.now < warnAt) {
      this.stops.push(
        clock.at(warnAt, () => {
          this.phase = 'warning';
          this.tick();
        }),
      );
    }
    if (this.now < deadline) this.stops.push(clock.at(deadline, () => ((this.phase = 'ended'), (this.now = getClock().now()))));
  }

  private tick = (): void => {
    const clock = getClock();
    this.now = clock.now();
    if (this.phase !== 'warning') return;
    const stop = clock.at(this.now + 1000, () => {
      this.stops = this.stops.filter((s) => s !== stop);
      this.tick();
    });
    this.stops.push(stop);
  };

  private cancel(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }

  private record(): PersistentRecord<number> {
    return new PersistentRecord<number>('session-timeout', this.channel || 'session', { maxAgeMs: 864e5 });
  }

  private stay = async () => {
    if (this.busy) return;
    this.busy = true;
    this.failed = false;
    let answer: Promise<Deadline> | undefined;
    const detail: TimeoutExtendDetail = { respondWith: (deadline) => (answer = Promise.resolve(deadline)) };
    this.dispatchEvent(new CustomEvent('care-timeout-extend', { bubbles: true, composed: true, detail }));
    try {
      const next = toTime(await (answer ?? (this.extend ? this.extend() : Promise.reject(new Error('no extend handler')))));
      if (!(next > getClock().now())) throw new Error('the new deadline has already passed');
      this.count++;
      this.record().write(next);
      this.expiresAt = next;
      await this.updateComplete;
      announce(this.localize.t('timeout.extended', { time: this.formatTime(next) }), { lang: this.localize.langOf('timeout.extended') });
    } catch (error) {
      this.failed = true;
      console.warn('Caremode: the session could not be extended.', error);
    } finally {
      this.busy = false;
    }
  };

  // Escape closes a dialog; here it means "I am still here", not "let me be signed out".
  private onCancel = (event: Event) => {
    event.preventDefault();
    if (this.phase === 'warning') this.stay();
  };

  private readNow = () => {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog) readAloud({ element: dialog });
  };

  private onStorage = (event: StorageEvent) => {
    if (event.key === this.record().key || event.key === null) this.adoptShared();
  };

  private onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    this.adoptShared();
    this.schedule();
  };

  /** Takes the deadline another tab wrote when it is later than this one's. */
  private adoptShared(): void {
    const shared = this.record().read()?.data;
    if (shared && shared > this.deadline) this.expiresAt = shared;
  }

  private formatTime(time: number): string {
    if (!Number.isFinite(time)) return '';
    return new Intl.DateTimeFormat(this.localize.locale, { hour: 'numeric', minute: '2-digit' }).format(time);
  }

  private formatLeft(): string {
    const seconds = Math.max(0, Math.ceil((this.deadline - this.now) / 1000));
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    const t = this.localize;
    const parts = [minutes && t.t('timeout.minutes', { count: minutes }), (rest || !minutes) && t.t('timeout.seconds', { count: rest })].filter(Boolean) as string[];
    // "1 minute 30 seconds", "1分钟30秒": each language joins units its own way.
    return new Intl.ListFormat(t.locale, { type: 'unit', style: 'narrow' }).format(parts);
  }
}
