import { CareElement, announce, getPreferencesStore, registerStrings, type EffectivePreferences } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { openSettings } from '../settings/open-settings.js';
import type * as RoomKeeping from './reserve-room.js';
import type { Reservation } from './reserve-room.js';
import { toggleStrings } from './toggle.strings.js';
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
  static override styles = [...CareElement.styles, toggleStyles];
  static override shadowRootOptions: ShadowRootInit = { ...CareElement.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    placement: { reflect: true },
    corner: { reflect: true },
    label: {},
    noSettings: { type: Boolean, attribute: 'no-settings', reflect: true },
    languages: {},
    on: { state: true },
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
  private reservation?: Reservation;

  protected override preferencesChanged(preferences: Readonly<EffectivePreferences>): void {
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
      this.placing = import('./reserve-room.js').then((module) => {
        provideRoomKeeping(module);
        this.place();
      });
    }
  }

  /** Switches care mode, as a tap on the switch does. */
  toggle(force?: boolean): void {
    const careMode = force ?? !getPreferencesStore().effective.careMode;
    getPreferencesStore().set({ careMode });
    this.on = careMode;
    announce(this.localize.t(careMode ? 'toggle.nowOn' : 'toggle.nowOff'), { lang: this.localize.langOf('toggle.nowOn') });
    this.dispatchEvent(new CustomEvent('care-mode-change', { bubbles: true, composed: true, detail: { careMode } }));
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    const label = String(this.label ?? '').trim() || t('toggle.label');
    return html`<div part="bar" class="bar">
      <button part="switch" class="switch" type="button" role="switch" aria-checked=${this.on ? 'true' : 'false'} @click=${() => this.toggle()}>
        <span class="label"><svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M3 19 8.5 5h2L16 19h-2.3l-1.3-3.6H6.6L5.3 19H3Zm4.3-5.6h4.4L9.5 7.3l-2.2 6.1ZM18 19v-2h-2v-1.6h2v-2h1.6v2h2V17h-2v2H18Z" fill="currentColor"/></svg>${label}</span>
        <span class="state" aria-hidden="true"><span class="track"><span class="thumb"></span></span>${t(this.on ? 'toggle.on' : 'toggle.off')}</span>
      </button>
      ${this.noSettings
        ? nothing
        : html`<button part="settings" class="settings" type="button" aria-haspopup="dialog" @click=${(e: Event) => openSettings(e.currentTarget as HTMLElement, this.languages)}>
            <svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M19.4 13a7.6 7.6 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.3 7.3 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.3 7.3 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.6 7.6 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.3 7.3 0 0 0 1.7 1L11 21h4l.4-2.9a7.3 7.3 0 0 0 1.7-1l2.5 1 2-3.5L19.4 13ZM12 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z" fill="currentColor"/></svg>
            <span>${t('toggle.settings')}</span>
          </button>`}
    </div>`;
  }
}
