import { buttonBaseStyles, CareElement, PersistentRecord, announce, getClock, registerStrings } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FullScreenController, type WakeLockState } from '../internal/full-screen.js';
import { fire } from '../internal/events.js';
import { closeIcon, expandIcon, eyeIcon, icon, printIcon, statusIcons, sunIcon } from '../internal/icons.js';
import { maskId, maskName } from '../internal/mask.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { ago, formatTime, isDay, toTime } from '../internal/time.js';
import * as encoder from '../qr-code/encode.js';
import type { ErrorCorrection } from '../qr-code/encode.js';
import { provideEncoder } from '../qr-code/encoder.js';
import { qrCodeStrings } from '../qr-code/qr-code.strings.js';
import { credentialStrings } from './credential.strings.js';
import { credentialStyles } from './credential.styles.js';
import { qrLocales } from '../locales/index.js';

registerStrings(qrCodeStrings, qrLocales);
registerStrings(credentialStrings, qrLocales);
// A credential must show offline and without any request of its own: its encoder comes with it
// instead of being fetched when the first code is drawn.
provideEncoder(encoder);

export const credentialStatuses = ['valid', 'caution', 'stop', 'expired', 'unknown'] as const;
export type CredentialStatus = (typeof credentialStatuses)[number];

/** What is kept on the device for showing offline. */
interface SavedCredential {
  value: string;
  status: string;
  label: string;
  holderName: string;
  idNumber: string;
  issuer: string;
  lastUpdated: string;
  expires: string;
}
const SAVED = ['value', 'status', 'label', 'holderName', 'idNumber', 'issuer', 'lastUpdated', 'expires'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A pass shown as a QR code: a health code, an e-ID, a ticket. Made to be impossible to get
 * wrong at a checkpoint: the status as an icon, a large word and a colour; when it was updated,
 * in words and as a time; when it expires and who issued it; and "Show to staff", a full-screen
 * view with the code as large as the screen allows, the status in very large text, the screen
 * kept on and a hint to raise the brightness.
 *
 * The holder's name and ID number are partly hidden ("Nguyễn V** A", "0791******34") until the
 * holder taps "Show name and number", and hidden again whenever the card is hidden (the phone
 * locked, another holder chosen). They are marked `data-care-private` (core's `PRIVATE_ATTRIBUTE`),
 * so read-aloud never sends them to a network speech engine.
 *
 * A status past `expires` shows as expired whatever `status` says. A change of status is
 * announced to screen readers. With `offline-id`, the card keeps the last credential it was given
 * on the device (for `offline-days`) and shows it, saying since when, when the page opens
 * without data; it never makes a network request of its own.
 *
 * Printing gives the paper version: an A6 card, or an A4 page with `paper="a4"`, with the code,
 * the holder's full name, the status and the date printed. `paper` also shows that version on
 * screen, and `print()` prints the card alone.
 *
 * @tagname care-credential
 * @summary Health code / e-ID pass: status in words, masked personal data, full screen for staff, offline, paper.
 *
 * @slot - More about the pass (what to do when the status is not valid, where to get help).
 *
 * @csspart card - The card.
 * @csspart status - The status: icon, word and colour.
 * @csspart qr - The care-qr-code.
 * @csspart holder - The holder's name and ID number.
 * @csspart reveal-button - "Show name and number".
 * @csspart show-button - "Show to staff".
 * @csspart print-button - "Print a paper copy".
 * @csspart saved - "Copy saved on this device …", when shown from the saved copy.
 * @csspart staff-view - The full-screen view for staff.
 *
 * @cssprop --care-color-success - Colour of the valid status.
 * @cssprop --care-color-caution - Colour of the caution status.
 * @cssprop --care-color-danger - Colour of the stop and expired statuses.
 *
 * @event care-full-screen-close - After the view for staff closed.
 */
export class CareCredential extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, sharedStyles, credentialStyles];
  static override properties: PropertyDeclarations = {
    value: {},
    status: {},
    label: {},
    holderName: { attribute: 'holder-name' },
    idNumber: { attribute: 'id-number' },
    nickname: {},
    issuer: {},
    lastUpdated: { attribute: 'last-updated' },
    expires: {},
    errorCorrection: { attribute: 'error-correction' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    paper: { reflect: true },
    offlineId: { attribute: 'offline-id' },
    offlineDays: { type: Number, attribute: 'offline-days' },
    revealed: { state: true, attribute: false },
    savedAt: { state: true, attribute: false },
  };

  /** The text the QR code holds, as issued (a signed credential, a URL). */
  value = '';
  /** `valid`, `caution`, `stop`, `expired` or `unknown` (the default, and what any other value shows as). */
  status: string = 'unknown';
  /** The name of the pass ("Health code", "Căn cước điện tử"); a localized default otherwise. */
  label = '';
  holderName = '';
  idNumber = '';
  /** A short name for choosing this holder in care-credential-wallet ("Grandma", "Bà nội"). */
  nickname = '';
  /** The issuing authority. */
  issuer = '';
  /** When the credential was last updated by its issuer: an ISO date-time or milliseconds since the epoch. */
  lastUpdated = '';
  /** When it expires: an ISO date-time, or a date meaning the end of that day. */
  expires = '';
  errorCorrection: ErrorCorrection = 'M';
  /** Level of the card's heading, 1-6. */
  headingLevel = 2;
  /** `a6` or `a4`: show the paper version on screen; printing uses this size (A6 otherwise). */
  paper?: 'a6' | 'a4';
  /** Keep the last credential on this device under this id and show it when none is given. Opt-in. */
  offlineId = '';
  /** Days a kept credential stays on the device after it was last given. */
  offlineDays = 7;

  private revealed = false;
  /** When the credential shown was saved, if it was restored from the device. */
  private savedAt?: number;
  private dirty = false;
  private lastStatus?: CredentialStatus;
  private cancelTimer?: () => void;
  private readonly view = new FullScreenController(this, () => fire(this, 'care-full-screen-close'));

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'hidden'];
  }

  /** The status as shown: `expired` once `expires` has passed, `unknown` for anything unrecognised. */
  get shownStatus(): CredentialStatus {
    const expires = toTime(this.expires);
    if (expires !== undefined && expires <= getClock().now()) return 'expired';
    const status = String(this.status ?? '').trim().toLowerCase() as CredentialStatus;
    return credentialStatuses.includes(status) ? status : 'unknown';
  }

  /** Whether the name and ID number are shown in full. */
  get personalDataShown(): boolean {
    return this.revealed;
  }

  /** Whether the view for staff is open. */
  get fullScreen(): boolean {
    return this.view.open;
  }

  get wakeLock(): WakeLockState {
    return this.view.wakeLock;
  }

  /** The view for staff: the code as large as the screen allows and the status in very large text. */
  showToStaff(): void {
    this.view.show();
  }

  closeFullScreen(): void {
    this.view.close();
  }

  /** Shows or hides the name and ID number in full. */
  reveal(show = !this.revealed): void {
    this.revealed = show;
  }

  /**
   * Prints the paper version alone (the rest of the page is left out of the print): an A6 card,
   * or an A4 page with `paper="a4"`. The card must be in the page's own DOM, not another shadow root.
   */
  print(): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page{size:${this.paper === 'a4' ? '210mm 297mm' : '105mm 148mm'};margin:0}` +
        `@media print{body :not([data-care-printing],[data-care-printing] *,:has([data-care-printing])){display:none!important}}`,
    );
    this.setAttribute('data-care-printing', '');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    addEventListener(
      'afterprint',
      () => {
        this.removeAttribute('data-care-printing');
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      },
      { once: true },
    );
    window.print();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cancelTimer?.();
    this.revealed = false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'hidden' && value !== null) this.revealed = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.offlineId && !this.value) {
      const saved = this.record()?.read();
      if (saved) {
        Object.assign(this, saved.data);
        this.savedAt = saved.savedAt;
      }
    } else if (SAVED.some((key) => changed.has(key))) {
      this.savedAt = undefined;
      this.dirty = true;
    }
  }

  protected override render() {
    const t = this.localize;
    const now = getClock().now();
    const status = this.shownStatus;
    const label = this.label || t.t('cred.label');
    const word = t.t(`cred.${status}`);
    const updated = toTime(this.lastUpdated);
    const expires = toTime(this.expires);
    const name = String(this.holderName ?? '').trim();
    const id = String(this.idNumber ?? '').trim();
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const say = (key: string, params?: Record<string, string>) => html`<span lang=${t.langOf(key)}>${t.t(key, params)}</span>`;
    const when = (time: number) => `${ago(t.locale, time, now).text} (${formatTime(t.locale, time)})`;
    const statusBlock = html`${icon(statusIcons[status])}<span class="word">${word}</span>`;
    const masked = (text: string, mask: (s: string) => string) =>
      html`<span class="screen-only">${this.revealed ? text : mask(text)}</span><span class="paper-only">${mask === maskName ? text : mask(text)}</span>`;
    return html`<section part="card" class="card ${status}" aria-labelledby="label">
      <div class="head">
        <div id="label" class="label" role="heading" aria-level=${level}>${label}</div>
        ${this.issuer ? html`<p class="issuer">${say('cred.issuer', { issuer: this.issuer })}</p>` : nothing}
      </div>
      <p part="status" class="status"><span class="caption">${say('cred.status')}</span>${statusBlock}</p>
      <care-qr-code
        part="qr"
        bare
        min-module-size=${this.paper ? 1 : 3}
        .value=${this.value ?? ''}
        .errorCorrection=${this.errorCorrection}
        label=${t.t('cred.qr', { label })}
        @care-full-screen=${this.onQrTap}
      ></care-qr-code>
      ${name || id
        ? html`<dl part="holder" class="holder" data-care-private>
              ${name ? html`<div><dt>${say('cred.name')}</dt><dd>${masked(name, maskName)}</dd></div>` : nothing}
              ${id ? html`<div><dt>${say('cred.id')}</dt><dd>${masked(id, maskId)}</dd></div>` : nothing}
            </dl>
            <button part="reveal-button" class="button screen-only" @click=${() => this.reveal()}>
              ${icon(eyeIcon)}${say(this.revealed ? 'cred.conceal' : 'cred.reveal')}
            </button>`
        : nothing}
      <div class="facts">
        ${updated !== undefined
          ? html`<p class="screen-only">${say('cred.updated', { time: when(updated) })}</p>
              <p class="paper-only">${say('cred.updated', { time: formatTime(t.locale, updated) })}</p>`
          : nothing}
        ${expires !== undefined
          ? html`<p>${say(expires > now ? 'cred.until' : 'cred.ended', { date: formatTime(t.locale, expires, !isDay(this.expires)) })}</p>`
          : nothing}
        ${this.savedAt ? html`<p part="saved" class="saved screen-only">${say('cred.saved', { time: when(this.savedAt) })}</p>` : nothing}
        <p class="paper-only">${say('cred.printed', { date: formatTime(t.locale, now) })}</p>
      </div>
      <p class="note paper-only">${say('cred.paper')}</p>
      <slot class="screen-only"></slot>
      <div class="actions">
        <button part="show-button" class="button primary" @click=${this.showToStaff}>${icon(expandIcon)}${say('cred.show')}</button>
        <button part="print-button" class="button" @click=${this.print}>${icon(printIcon)}${say('cred.print')}</button>
      </div>
      <dialog aria-labelledby="who" @close=${this.closeFullScreen}>
        <div part="staff-view" class="panel ${status}">
          <button class="button close" autofocus @click=${this.closeFullScreen}>${icon(closeIcon)}${say('qr.close')}</button>
          <p class="status big">${statusBlock}</p>
          ${this.view.open
            ? html`<care-qr-code
                bare
                fit="contain"
                min-module-size="1"
                .value=${this.value ?? ''}
                .errorCorrection=${this.errorCorrection}
                label=${t.t('cred.qr', { label })}
                @care-full-screen=${(e: Event) => e.preventDefault()}
              ></care-qr-code>`
            : nothing}
          <p id="who" class="who">${label}${name ? html` · <span data-care-private>${this.revealed ? name : maskName(name)}</span>` : nothing}</p>
          <p class="hint">${icon(sunIcon)}${say('qr.bright')}</p>
        </div>
      </dialog>
    </section>`;
  }

  protected override updated(): void {
    const status = this.shownStatus;
    if (this.lastStatus && status !== this.lastStatus) {
      const t = this.localize;
      announce(`${this.label || t.t('cred.label')}: ${t.t(`cred.${status}`)}`, {
        lang: t.langOf(`cred.${status}`),
        priority: status === 'stop' || status === 'expired' ? 'assertive' : 'polite',
      });
    }
    this.lastStatus = status;
    if (this.dirty && this.value) {
      this.dirty = false;
      this.record()?.write(Object.fromEntries(SAVED.map((key) => [key, String(this[key] ?? '')])) as unknown as SavedCredential);
    }
    this.schedule();
  }

  // The words ("updated 3 minutes ago") and the status (once expired) follow the clock: the
  // next render is set for the moment they change, never sooner.
  private schedule(): void {
    this.cancelTimer?.();
    if (!this.isConnected) return;
    const now = getClock().now();
    const waits = [this.lastUpdated, this.savedAt].map(toTime).filter((t): t is number => t !== undefined).map((t) => ago('en', t, now).next);
    const expires = toTime(this.expires);
    if (expires !== undefined && expires > now) waits.push(expires - now + 1);
    if (waits.length) this.cancelTimer = getClock().at(now + Math.min(...waits), () => this.requestUpdate());
  }

  private record(): PersistentRecord<SavedCredential> | undefined {
    const days = Number(this.offlineDays);
    return this.offlineId
      ? new PersistentRecord<SavedCredential>('credential', this.offlineId, { maxAgeMs: (days > 0 ? days : 7) * DAY_MS })
      : undefined;
  }

  private onQrTap(event: Event): void {
    event.preventDefault();
    this.showToStaff();
  }

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.revealed = false;
  };
}
