import { buttonBaseStyles, CareElement, PersistentRecord, registerStrings } from '@caremode/core';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { icon } from '../internal/icons.js';
import { whenIdle } from '../runtime-loader.js';
import { tapToReadStrings } from './tap-to-read.strings.js';
import { tapToReadStyles } from './tap-to-read.styles.js';
import { readAloudLocales } from '../locales/index.js';

registerStrings(tapToReadStrings, readAloudLocales);

const loadMode = () => import('./mode.js');
const SPEAKER = 'M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4M14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6';

/**
 * Turns tap-to-read on and off: while on, any text or control the person taps, points at with a
 * mouse (resting for a moment) or reaches with the keyboard is read aloud. A form control reads
 * its label, value, hint and error. Nothing about the page changes: taps still press buttons
 * and follow links, nothing is covered, focus is never moved, and Esc stops reading.
 *
 * The choice is kept on the device (core's records; "clear my data" forgets it). Mark parts of
 * a page that must never be read this way with `data-care-tap-read="off"`.
 *
 * @tagname care-tap-to-read
 * @summary A toggle for "tap to read": hear any text or field by tapping or pointing at it.
 *
 * @csspart control - The toggle button.
 * @csspart state - "On" / "Off" inside it.
 * @csspart hint - How it works, shown while on.
 *
 * @event change - The person turned it on or off (`active` says which).
 */
export class CareTapToRead extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, tapToReadStyles];
  static override properties: PropertyDeclarations = {
    active: { type: Boolean, reflect: true },
  };

  /** Whether tap-to-read is on. */
  active = false;

  private off?: () => void;
  private readonly record = new PersistentRecord<boolean>('read-aloud', 'tap-to-read');

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('active') && this.record.read()?.data === true) this.active = true;
    // The mode is loaded when the page is idle, so the first tap can already be read.
    whenIdle(() => void loadMode());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
    this.off = undefined;
  }

  protected override render() {
    const t = this.localize;
    const state = this.active ? 'tapToRead.on' : 'tapToRead.off';
    return html`<div data-care-tap-read="off">
        <button part="control" type="button" aria-pressed=${String(this.active)} @click=${this.toggle}>
          ${icon(SPEAKER)}<span lang=${t.langOf('tapToRead.label')}>${t.t('tapToRead.label')}</span>
          <span part="state" class="state" lang=${t.langOf(state)}>${t.t(state)}</span>
        </button>
      </div>
      <p part="hint" ?hidden=${!this.active} lang=${t.langOf('tapToRead.hint')}>${t.t('tapToRead.hint')}</p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('active')) return;
    if (!this.active) {
      this.off?.();
      this.off = undefined;
    } else if (!this.off) {
      const on = loadMode().then((m) => m.startTapToRead());
      this.off = () => void on.then((stop) => stop());
    }
  }

  private toggle = () => {
    this.active = !this.active;
    this.record.write(this.active);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
}
