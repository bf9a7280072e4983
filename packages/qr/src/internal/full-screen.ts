import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `active` while the screen is kept on; `denied` when the browser refused; `unsupported` without the API. */
export type WakeLockState = 'off' | 'active' | 'denied' | 'unsupported';

type Host = ReactiveControllerHost & HTMLElement;

// The element that has focus, looking into shadow roots, to give focus back on closing.
const deepActive = (): HTMLElement | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
};

/**
 * The full-screen view of care-qr-code and care-credential. The host renders a `<dialog>` whose
 * first child is the panel. The dialog is modal, so the rest of the page is out of reach of the
 * keyboard and screen readers, and Escape closes it. The panel then asks for the browser's full
 * screen, hiding the address bar; where that is missing (iPhone) or refused, the dialog alone
 * covers the viewport. While the view is open the screen is kept on (Screen Wake Lock), taken
 * again when the page comes back from the background, and released when the view closes.
 */
export class FullScreenController implements ReactiveController {
  open = false;
  wakeLock: WakeLockState = 'off';
  private lock?: WakeLockSentinel;
  private opener: HTMLElement | null = null;
  private entered = false;

  constructor(
    private readonly host: Host,
    private readonly closed: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  show(): void {
    const dialog = this.host.shadowRoot?.querySelector('dialog');
    if (this.open || !dialog) return;
    this.opener = deepActive();
    this.open = true;
    dialog.showModal();
    // Asked for at once, while the tap still counts as the person's own action.
    (dialog.firstElementChild as HTMLElement | null)
      ?.requestFullscreen?.({ navigationUI: 'hide' })
      ?.then(() => {
        if (!this.open) return;
        // Resolved as full screen begins; already over means the person left it meanwhile.
        if (this.host.shadowRoot?.fullscreenElement) this.entered = true;
        else this.close();
      })
      .catch(() => {});
    document.addEventListener('visibilitychange', this.keepAwake);
    document.addEventListener('fullscreenchange', this.onFullScreenChange);
    this.keepAwake();
    this.host.requestUpdate();
    this.host.updateComplete.then(() => dialog.querySelector<HTMLElement>('[autofocus]')?.focus());
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.entered = false;
    document.removeEventListener('visibilitychange', this.keepAwake);
    document.removeEventListener('fullscreenchange', this.onFullScreenChange);
    this.lock?.release().catch(() => {});
    this.lock = undefined;
    // A refusal was about this opening: with the view closed nothing is refused, and the next
    // opening asks again. A held lock reads `active` until the browser says it was released.
    if (this.wakeLock === 'denied') this.wakeLock = 'off';
    if (this.host.shadowRoot?.fullscreenElement) document.exitFullscreen().catch(() => {});
    this.host.shadowRoot?.querySelector('dialog')?.close();
    this.opener?.focus();
    this.host.requestUpdate();
    this.closed();
  }

  private keepAwake = async () => {
    const api = (navigator as Partial<Navigator>).wakeLock;
    if (!api) {
      this.wakeLock = 'unsupported';
      return;
    }
    if (!this.open || document.visibilityState !== 'visible' || this.lock?.released === false) return;
    try {
      const lock = await api.request('screen');
      if (!this.open) return void lock.release();
      this.lock = lock;
      this.wakeLock = 'active';
      // Released by close(), or by the browser when the page goes to the background.
      lock.addEventListener('release', () => {
        if (this.lock === lock || !this.open) this.wakeLock = 'off';
      });
    } catch {
      // Refused (battery saver, a frame without permission): nothing to tell the person that
      // the brightness hint beside the code does not already say.
      if (this.open) this.wakeLock = 'denied';
    }
  };

  // Escape in full screen leaves full screen first: the view closes with it, one key for both.
  // WebKit sends the change event for entering well after full screen has begun (up to 0.4 s),
  // so a person who leaves at once gets both events after full screen is over: the promise
  // above, not that event, says full screen was entered.
  private onFullScreenChange = () => {
    if (this.host.shadowRoot?.fullscreenElement) this.entered = true;
    else if (this.entered) this.close();
  };
}
