import { buttonBaseStyles, CareElement, PersistentRecord, registerStrings } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, isServer } from 'lit';
import type { CareCredential } from '../credential/credential.js';
import { fire } from '../internal/events.js';
import { checkIcon, icon } from '../internal/icons.js';
import { initials, maskName } from '../internal/mask.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { walletStyles } from './credential-wallet.styles.js';
import { walletStrings } from './credential-wallet.strings.js';
import { qrLocales } from '../locales/index.js';

registerStrings(walletStrings, qrLocales);

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Several people's passes on one device: a grandmother's and a grandfather's on a daughter's
 * phone, or the people a volunteer helps. One large control lists each holder by initials and
 * name (the `nickname` of each care-credential, or the partly hidden name) and shows that
 * holder's pass; the others are hidden, which hides their personal data again. The holder last
 * chosen is remembered on the device and shown first next time.
 *
 * ```html
 * <care-credential-wallet wallet-id="family">
 *   <care-credential id="ba" nickname="Bà nội" …></care-credential>
 *   <care-credential id="ong" nickname="Ông nội" …></care-credential>
 * </care-credential-wallet>
 * ```
 *
 * @tagname care-credential-wallet
 * @summary Family / proxy wallet: several holders' passes, switched with one large control.
 *
 * @slot - The care-credential elements, one per holder. Give each an `id` so the choice is remembered even if their order changes.
 *
 * @csspart switcher - The control that chooses the holder.
 * @csspart option - One holder in it.
 *
 * @event change - The person chose another holder; `selected` is the credential now shown.
 */
export class CareCredentialWallet extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, sharedStyles, walletStyles];
  static override properties: PropertyDeclarations = {
    walletId: { attribute: 'wallet-id' },
    credentials: { state: true, attribute: false },
    key: { state: true, attribute: false },
  };

  /** Names this wallet's remembered choice; needed when a page has more than one wallet. */
  walletId = '';

  private credentials: CareCredential[] = [];
  private key = '';
  // Servers have no MutationObserver; only a browser's element watches.
  private readonly watcher?: MutationObserver = isServer ? undefined : new MutationObserver(() => this.requestUpdate());

  /** The credential shown. */
  get selected(): CareCredential | undefined {
    return this.credentials.find((c, i) => this.keyOf(c, i) === this.key) ?? this.credentials[0];
  }

  /** Shows a holder's credential (the element, or its position) and remembers the choice. */
  select(credential: CareCredential | number): void {
    const index = typeof credential === 'number' ? credential : this.credentials.indexOf(credential);
    const chosen = this.credentials[index];
    if (!chosen) return;
    this.key = this.keyOf(chosen, index);
    this.record().write(this.key);
    this.apply();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.key = this.record().read()?.data ?? '';
    this.watcher?.observe(this, { subtree: true, attributes: true, attributeFilter: ['holder-name', 'nickname', 'label', 'id'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watcher?.disconnect();
  }

  protected override render() {
    const t = this.localize;
    const selected = this.selected;
    return html`${this.credentials.length > 1
        ? html`<fieldset part="switcher">
            <legend lang=${t.langOf('wallet.choose')}>${t.t('wallet.choose')}</legend>
            <div class="options">
              ${this.credentials.map((c, i) => {
                const name = c.nickname || (c.holderName ? maskName(c.holderName) : c.label || String(i + 1));
                return html`<label>
                  <input type="radio" name="holder" .checked=${c === selected} @change=${() => this.choose(i)} />
                  <span part="option" class="option">
                    <span class="initials" aria-hidden="true">${initials(c.nickname || c.holderName) || i + 1}</span>
                    <span data-care-private>${name}</span>
                    <span class="check">${icon(checkIcon)}</span>
                  </span>
                </label>`;
              })}
            </div>
          </fieldset>`
        : nothing}
      <slot @slotchange=${this.onSlotChange}></slot>`;
  }

  private choose(index: number): void {
    this.select(index);
    fire(this, 'change');
  }

  // Only the chosen credential is in the page: the others are hidden, which also hides their
  // personal data again.
  private apply(): void {
    const selected = this.selected;
    for (const c of this.credentials) c.hidden = c !== selected;
  }

  private onSlotChange(event: Event): void {
    this.credentials = (event.target as HTMLSlotElement)
      .assignedElements()
      .filter((el): el is CareCredential => el.localName === 'care-credential');
    this.apply();
  }

  private keyOf(credential: CareCredential, index: number): string {
    return credential.id || String(index);
  }

  private record(): PersistentRecord<string> {
    return new PersistentRecord<string>('credential-wallet', this.walletId || 'default', { maxAgeMs: YEAR_MS });
  }
}
