import { buttonBaseStyles, CareElement, getPreferencesStore, registerStrings, type EffectivePreferences } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { openSettings } from '../settings/open-settings.js';
import type * as RoomKeeping from './reserve-room.js';
import type { Reservation } from './reserve-room.js';
import { toggleStrings } from './toggle.strings.js';
import { controlStyles } from '../internal/control.styles.js';
import { toggleStyles } from './toggle.styles.js';
import { dropInLocales } from '../locales/index.js';

registerStrings(toggleStrings, dropInLocales);

let roomKeeping: typeof RoomKeeping | undefined;

/** Hands over the room-keeping code imported statically (the drop-in does), so no chunk is fetched. */
export const provideRoomKeeping = (module: typeof RoomKeeping): void => {
  roomKeeping ??= module;
};

export type TogglePlacement = 'inline' | 'floating';
export type ToggleCorner = 'end' | 'start';

/**
 * The care-mode switch: one large, clearly labelled control that turns care mode on and off for
 * the whole page (and every tab of the portal), with a button beside it that opens
 * `<care-settings>`. The label is in the page's language ("Care mode", "Chế độ người cao tuổi",
 * "长辈模式", "Mode lansia"); the new state is announced.
 *
 * `placement="inline"` (default) sits where the portal puts it. `placement="floating"` (what
 * the drop-in inserts) is fixed in a bottom corner inside the safe area and reserves room for
 * itself: it adds its height to the page's bottom padding and to the scroll padding, so it
 * never covers the end of the page or a focused control.
 *
 * @tagname care-mode-toggle
 * @summary Large care-mode switch with a settings button; inline or floating.
 *
 * @csspart bar - The box holding both buttons.
 * @csspart switch - The switch (`role="switch"`).
 * @csspart settings - The settings button.
 *
 * @cssprop --care-toggle-inset - Distance from the screen edges when floating (default 16px, at least the safe area).
 *
 * @event care-mode-change - After the person switched care mode; `detail.careMode` is the new state.
 */
export class CareModeToggle extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, controlStyles, toggleStyles];
  static override shadowRootOptions: ShadowRootInit = { ...CareElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    placement: { reflect: true },
    corner: { reflect: true },
    label: {},
    noSettings: { type: Boolean, attribute: 'no-settings', reflect: true },
    languages: {},
    on: { state: true },
    said: { state: true },
  };

  /** `inline` (default) or `floating` in a bottom corner. Anything else is treated as `inline`. */
  placement: TogglePlacement = 'inline';
  /** Floating corner: `end` (default: right in left-to-right pages) or `start`. */
  corner: ToggleCorner = 'end';
  /** The switch's visible label, replacing the built-in "Care mode". */
  label = '';
  /** Hide the settings button (the portal offers `<care-settings>` elsewhere). */
  noSettings = false;
  /** Languages the settings offer when this toggle creates them (see `<care-settings languages>`). */
  languages?: string;
  protected on = getPreferencesStore().effective.careMode;
  /** The state this switch last turned care mode to, which its status line says. */
  protected said?: boolean;
  private reservation?: Reservation;

  protected override preferencesChanged(preferences: Readonly<EffectivePreferences>): void {
    // Changed elsewhere (settings, another tab): the status line must not repeat an old state.
    if (preferences.careMode !== this.on) this.said = undefined;
    this.on = preferences.careMode;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: take the room back that leaving gave up.
    if (this.hasUpdated) this.place();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.place();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('placement')) this.place();
  }

  /** Resolves once a floating toggle has reserved its room, as well as rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.placing;
    return done;
  }

  private placing?: Promise<void>;

  // Only a floating toggle keeps room for itself, so an inline one (in a portal's header) never
  // loads that code; the drop-in, which floats it, provides it and nothing waits.
  private place(): void {
    if (this.placement !== 'floating' || !this.isConnected) {
      this.reservation?.release();
      this.reservation = undefined;
    } else if (roomKeeping) {
      this.reservation ??= roomKeeping.reserveRoom(this);
    } else {
      this.placing = import('./reserve-room.js').then(
        (module) => {
          provideRoomKeeping(module);
          this.place();
        },
        // A chunk lost on a weak network: the toggle still floats and works, without its room.
        (error: unknown) => console.warn('Caremode: the floating toggle could not reserve room at the end of the page.', error),
      );
    }
  }

  /** Switches care mode, as a tap on the switch does. */
  toggle(force?: boolean): void {
    const careMode = force ?? !getPreferencesStore().effective.careMode;
    getPreferencesStore().set({ careMode });
    this.on = careMode;
    this.said = careMode;
    this.dispatchEvent(new CustomEvent('care-mode-change', { bubbles: true, composed: true, detail: { careMode } }));
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    const label = String(this.label ?? '').trim() || t('toggle.label');
    return html`<div part="bar" class="bar">
      <button part="switch" class="switch" type="button" role="switch" aria-checked=${this.on ? 'true' : 'false'} @click=${() => this.toggle()}>
        <span class="label"><svg class="icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M3.5 20 9 5h1l5.5 15M5.5 14.5h8M19 12v7M15.5 15.5h7"/></svg>${label}</span>
        <span class="state" aria-hidden="true"><span class="track"><span class="thumb"></span></span>${t(this.on ? 'toggle.on' : 'toggle.off')}</span>
      </button>
      ${this.noSettings
        ? nothing
        : html`<button part="settings" class="settings" type="button" aria-haspopup="dialog" @click=${(e: Event) => openSettings(e.currentTarget as HTMLElement, this.languages)}>
            <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor"><circle cx="12" cy="12" r="5.5" stroke-width="4"/><circle cx="12" cy="12" r="8.5" stroke-width="3.5" stroke-dasharray="3.34"/></svg>
            <span>${t('toggle.settings')}</span>
          </button>`}
      <span class="visually-hidden" role="status" lang=${this.localize.langOf('toggle.nowOn')}>${this.said === this.on ? t(this.on ? 'toggle.nowOn' : 'toggle.nowOff') : ''}</span>
    </div>`;
  }
}
