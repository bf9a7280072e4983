import { buttonBaseStyles, CareElement, registerStrings } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { html, nothing, type PropertyDeclarations, type PropertyValues, isServer } from 'lit';
import { fire } from '../internal/events.js';
import { FullScreenController, type WakeLockState } from '../internal/full-screen.js';
import { cautionIcon, closeIcon, expandIcon, icon, sunIcon } from '../internal/icons.js';
import { sharedStyles } from '../internal/shared.styles.js';
import type { ErrorCorrection, QrFailure, QrSymbol } from './encode.js';
import { encoderNow, loadEncoder } from './encoder.js';
import { qrCodeStrings } from './qr-code.strings.js';
import { qrCodeStyles } from './qr-code.styles.js';
import { qrLocales } from '../locales/index.js';

registerStrings(qrCodeStrings, qrLocales);

export type { ErrorCorrection, WakeLockState };
/** Why no code is shown. */
export type QrCodeError = QrFailure | 'encoder-unavailable';

const QUIET = requirements.qr.quietZoneModules;
const errorKeys: Record<QrCodeError, string> = {
  empty: 'qr.empty',
  'too-long': 'qr.long',
  'invalid-text': 'qr.text',
  'encoder-unavailable': 'qr.load',
};

const sizeOf = (box: Element | null, both: boolean): number => {
  const r = box?.getBoundingClientRect();
  return r ? Math.floor(both ? Math.min(r.width, r.height) : r.width) : 0;
};

/**
 * A QR code that scans: black modules on white with a quiet zone of four modules in every theme
 * (dark, high contrast and Windows forced colours included), drawn as a sharp SVG as wide as its
 * container allows. Tapping it, or the "Full screen" button, shows it full screen with the screen
 * kept on and a hint to raise the brightness. When the container is too small for the code to
 * scan, it says so and offers full screen instead of drawing a code no scanner can read.
 *
 * The accessible name says what the code is for (`label`), never its content. Printing draws it
 * at full width in vector form.
 *
 * Input it cannot show (empty, more than a QR code holds, broken Unicode) gives a short message
 * in the page's language and `care-qr-error`; it never throws. The encoder (lean-qr, with UTF-8
 * for Vietnamese and Chinese text) is fetched on first use, so the page paints without waiting.
 *
 * @tagname care-qr-code
 * @summary QR code that stays scannable: black on white, quiet zone, full screen, wake lock, print.
 *
 * @csspart symbol - The box holding the code, its hint or its error.
 * @csspart error - The message shown instead of a code that cannot be made.
 * @csspart hint - "Too small to scan here", shown instead of an unreadable code.
 * @csspart full-screen-button - The "Full screen" button (not in `bare` mode).
 * @csspart dialog - The full-screen view.
 * @csspart full-screen - The panel inside the full-screen view.
 *
 * @cssprop --care-target-min - Minimum size of the buttons.
 *
 * @event care-qr-error - The value cannot be shown; `detail.reason` is `empty`, `too-long`, `invalid-text` or `encoder-unavailable`.
 * @event care-qr-too-small - The container is too small for the code to scan; `detail` has `modules` and `room` (CSS px).
 * @event care-full-screen - Before the full-screen view opens; cancel it to show your own view instead.
 * @event care-full-screen-close - After the full-screen view closed.
 */
export class CareQrCode extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, sharedStyles, qrCodeStyles];
  static override properties: PropertyDeclarations = {
    value: {},
    errorCorrection: { attribute: 'error-correction' },
    label: {},
    minModuleSize: { type: Number, attribute: 'min-module-size' },
    bare: { type: Boolean },
    fit: { reflect: true },
    symbol: { state: true, attribute: false },
    room: { state: true, attribute: false },
    stageRoom: { state: true, attribute: false },
  };

  /** The text the code holds (a URL, a signed credential, any Unicode text). */
  value = '';
  /** The least error correction: `L`, `M` (default), `Q` or `H`. Raised for free when the symbol has room. */
  errorCorrection: ErrorCorrection = 'M';
  /** What the code is for, as its accessible name ("Health code of Nguyễn Văn An"); a localized default otherwise. */
  label = '';
  /** Fewest CSS pixels per module before the code counts as too small to scan. */
  minModuleSize = 3;
  /** Only the code: no button or hints of its own, for hosts such as care-credential that bring theirs. */
  bare = false;
  /** `width` (default): as wide as the container. `contain`: fits both sides of a box sized by the layout. */
  fit: 'width' | 'contain' = 'width';

  private symbol?: QrSymbol | QrFailure;
  private room = 0;
  private stageRoom = 0;
  private loading?: Promise<void>;
  private unavailable = false;
  private reported = '';
  private readonly view = new FullScreenController(this, () => fire(this, 'care-full-screen-close'));
  // Servers have no ResizeObserver, and never connect, update or disconnect an element: only a browser's element watches.
  private readonly observer = isServer ? (undefined as never as ResizeObserver) : new ResizeObserver(() => this.measure());

  /** Why no code is shown, or '' when one is. */
  get error(): QrCodeError | '' {
    return typeof this.symbol === 'string' ? this.symbol : !this.symbol && this.unavailable ? 'encoder-unavailable' : '';
  }

  /** Modules across, quiet zone included; 0 when there is no code. */
  get modules(): number {
    return typeof this.symbol === 'object' ? this.symbol.modules + 2 * QUIET : 0;
  }

  /** True when the container gives each module fewer than `min-module-size` pixels. */
  get tooSmall(): boolean {
    const modules = this.modules;
    return modules > 0 && this.room > 0 && Math.floor(this.room / modules) < Math.max(1, +this.minModuleSize || 3);
  }

  /** Whether the full-screen view is open. */
  get fullScreen(): boolean {
    return this.view.open;
  }

  /** Whether the screen is being kept on while full screen: `off`, `active`, `denied` or `unsupported`. */
  get wakeLock(): WakeLockState {
    return this.view.wakeLock;
  }

  showFullScreen(): void {
    if (this.modules) this.view.show();
  }

  closeFullScreen(): void {
    this.view.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.measure();
    if (changed.has('value') || changed.has('errorCorrection')) {
      this.symbol = undefined;
      this.unavailable = false;
    }
    if (this.symbol || this.unavailable || this.loading) return;
    const encoder = encoderNow();
    if (encoder) {
      this.symbol = encoder.encode(String(this.value ?? ''), String(this.errorCorrection).toUpperCase() as ErrorCorrection);
      return;
    }
    this.loading = loadEncoder().then((loaded) => {
      this.loading = undefined;
      this.unavailable = !loaded;
      this.requestUpdate();
    });
  }

  protected override render() {
    const t = this.localize;
    const label = this.label || t.t('qr.label');
    const error = this.error;
    const small = this.tooSmall;
    const say = (key: string) => html`<span lang=${t.langOf(key)}>${t.t(key)}</span>`;
    const img = !error && !small && this.modules;
    // Templates written on few lines: their whitespace is shipped, and this entry is held to a size budget.
    return html`<div class="ruler"></div><div part="symbol" class="symbol ${small ? 'small' : ''} ${this.symbol || this.unavailable ? '' : 'pending'}" role=${img ? 'img' : nothing} aria-label=${img ? label : nothing} @click=${this.onTap}>${
        error ? html`<p part="error" class="error">${icon(cautionIcon)}${say(errorKeys[error])}</p>` : this.draw(this.room, this.fit !== 'contain')
      }${small ? html`<p part="hint" class="hint too-small">${icon(expandIcon)}${say('qr.small')}</p>` : nothing}</div>${
        this.bare || !this.modules ? nothing : html`<button part="full-screen-button" class="button" @click=${this.onTap}>${icon(expandIcon)}${say('qr.full')}</button>`
      }<dialog part="dialog" aria-labelledby="title" @close=${this.closeFullScreen}><div class="panel" part="full-screen"><div class="bar"><p class="title" id="title">${label}</p><button class="button close" autofocus @click=${this.closeFullScreen}>${icon(closeIcon)}${say('qr.close')}</button></div><div class="stage">${
        this.view.open ? this.draw(this.stageRoom, false) : nothing
      }</div><p class="hint">${icon(sunIcon)}${say('qr.bright')}</p></div></dialog>`;
  }

  protected override updated(): void {
    for (const box of this.renderRoot.querySelectorAll('.ruler,.stage')) this.observer.observe(box);
    const state = `${this.error}|${this.tooSmall}`;
    if (state === this.reported) return;
    this.reported = state;
    if (this.error) fire(this, 'care-qr-error', { reason: this.error });
    else if (this.tooSmall) fire(this, 'care-qr-too-small', { modules: this.modules, room: this.room });
  }

  /** Resolves once the code is drawn, the encoder fetched first if need be. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading || !done) {
      await this.loading;
      done = await super.getUpdateComplete();
    }
    return true;
  }

  private draw(room: number, whole = true) {
    const symbol = this.symbol;
    const modules = this.modules;
    // A server has no room to measure: it draws the code as wide as its container, so it shows
    // and scans before any script (and without one); the browser then measures and snaps it.
    if (typeof symbol !== 'object' || !(room || isServer)) return nothing;
    // In the page, whole CSS pixels per module put every module edge on a pixel edge: a sharp
    // code. Full screen, size wins: all the room, modules a device pixel wider or narrower than
    // their neighbours, which scanners do not mind.
    const size = whole && room >= modules ? Math.floor(room / modules) * modules : room;
    // Black on white whatever the theme: scanners expect dark modules on a light ground.
    return html`<svg viewBox="${-QUIET} ${-QUIET} ${modules} ${modules}" width=${isServer ? '100%' : size} height=${isServer ? nothing : size} shape-rendering="crispEdges" aria-hidden="true" focusable="false"><rect x=${-QUIET} y=${-QUIET} width=${modules} height=${modules} fill="#fff"></rect><path d=${symbol.path} fill="#000"></path></svg>`;
  }

  // The room is read before rendering, so the size settles in one update. It is read from
  // boxes whose size never depends on the code drawn in them (a zero-height ruler, a stage the
  // code is laid over), so drawing it never sets the observer off again.
  private measure(): void {
    // Nothing is laid out on a server; the first browser update measures.
    if (isServer) return;
    this.room = sizeOf(this.renderRoot.querySelector('.ruler') ?? this, this.fit === 'contain');
    this.stageRoom = sizeOf(this.renderRoot.querySelector('.stage'), true);
  }

  private onTap(): void {
    if (this.modules && fire(this, 'care-full-screen', undefined, true)) this.view.show();
  }
}
