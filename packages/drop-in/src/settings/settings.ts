import {
  buttonBaseStyles,
  CareElement,
  careLocales,
  clearMyData,
  getPreferencesStore,
  nearestLang,
  registerStrings,
  resolveLocale,
  type CarePreferences,
  type EffectivePreferences,
} from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { languageNames, settingsStrings } from './settings.strings.js';
import { controlStyles } from '../internal/control.styles.js';
import { settingsStyles } from './settings.styles.js';
import { dropInLocales } from '../locales/index.js';

registerStrings(settingsStrings, dropInLocales);

const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2];
const CONTRASTS = [
  ['auto', 'contrastAuto'],
  ['default', 'contrastDefault'],
  ['high', 'contrastHigh'],
  ['dark', 'contrastDark'],
] as const;

/**
 * The care-mode settings, in a dialog: care mode, text size (four steps, previewed live),
 * colours (device, standard, high contrast, dark), reduced motion, read-aloud and its speed,
 * language, reset to defaults, and "clear my data on this device" (phones are shared with family
 * and volunteers). Every change applies at once, to the page and to the portal's other tabs.
 *
 * The dialog is modal: focus stays inside, Escape or the close button (top right, at least
 * 44 px; 60 px in care mode) closes it, and focus returns to what opened it.
 * `<care-mode-toggle>` opens it; a portal can also call `show()`.
 *
 * @tagname care-settings
 * @summary Care-mode settings dialog: text size, colours, motion, read-aloud, language, clear my data.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart close - The close button.
 *
 * @event care-language-change - The person chose a language; `detail.locale` is its tag (`en`, `vi`, `zh-Hans`, `id`). Cancelable. Caremode's own strings follow the page's `lang`; the portal decides what the choice means (another page, a `lang` change).
 * @event care-settings-close - The dialog closed.
 * @event care-data-cleared - "Clear my data" removed the stored records; `detail.count` says how many.
 */
export class CareSettings extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, controlStyles, settingsStyles];
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    languages: {},
    confirming: { state: true },
    status: { state: true },
    prefs: { state: true },
  };

  /** Whether the dialog is showing. Set it, or call `show()` and `close()`. */
  open = false;
  /** The languages offered, space-separated Caremode locales. Unknown ones are left out. */
  languages = careLocales.join(' ');
  protected confirming = false;
  /**
   * What reset or "clear my data" did, in the dialog's own live region: the page's announcer
   * would be silent, since everything outside a modal dialog is inert.
   */
  protected status = '';
  protected prefs: { chosen: CarePreferences; effective: EffectivePreferences } = read();
  private opener?: HTMLElement | null;

  protected override preferencesChanged(): void {
    this.prefs = read();
  }

  /** Opens the dialog; focus returns to `opener` (default: what has focus now) when it closes. */
  async show(opener?: HTMLElement | null): Promise<void> {
    this.opener = opener ?? (document.activeElement as HTMLElement | null);
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog and returns focus to what opened it. */
  close(): void {
    this.open = false;
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.prefs = read();
      this.status = '';
      this.confirming = false;
      dialog.showModal();
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private onClose = () => {
    this.open = false;
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new CustomEvent('care-settings-close', { bubbles: true, composed: true }));
  };

  private set(patch: Partial<CarePreferences>) {
    getPreferencesStore().set(patch);
  }

  private radios<T extends string | number>(name: string, legend: string, current: T, options: readonly (readonly [T, string])[], apply: (value: T) => void, extra?: TemplateResult) {
    return html`<fieldset>
      <legend>${legend}</legend>
      ${options.map(
        ([value, label]) => html`<label class="option">
          <input type="radio" name=${name} .value=${String(value)} .checked=${value === current} @change=${() => apply(value)} /><span class="mark"></span
          ><span>${label}</span>
        </label>`,
      )}
      ${extra ?? nothing}
    </fieldset>`;
  }

  private check(label: string, checked: boolean, apply: (checked: boolean) => void) {
    return html`<label class="option"><input type="checkbox" .checked=${checked} @change=${(e: Event) => apply((e.target as HTMLInputElement).checked)} /><span
        class="mark"
      ></span
      ><span>${label}</span></label>`;
  }

  protected override render() {
    const t = this.localize.t.bind(this.localize);
    const { chosen, effective } = this.prefs;
    const offered = [...new Set(String(this.languages ?? '').split(/\s+/).filter(Boolean).map(resolveLocale))];
    const current = resolveLocale(nearestLang(this));
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      <div class="head">
        <h2 id="title">${t('settings.title')}</h2>
        <button part="close" class="close" type="button" @click=${() => this.close()}>
          <svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M6 6 18 18M18 6 6 18" stroke="currentColor" stroke-width="2" /></svg>
          <span>${t('settings.close')}</span>
        </button>
      </div>
      <div class="body">
        ${getPreferencesStore().persistent ? nothing : html`<p class="note">${t('settings.notSaved')}</p>`}
        ${this.check(t('settings.careMode'), chosen.careMode, (careMode) => this.set({ careMode }))}
        ${this.radios(
          'scale',
          t('settings.textSize'),
          chosen.textScale,
          requirements.text.scales.map((s) => [s, `${t(`settings.scale${s}`)} (${Math.round(s * 100)}%)`] as const),
          (textScale) => this.set({ textScale }),
          html`<div class="preview"><span class="preview-label">${t('settings.preview')}</span><p>${t('settings.previewText')}</p></div>`,
        )}
        ${this.radios('contrast', t('settings.contrast'), chosen.contrast, CONTRASTS.map(([v, k]) => [v, t(`settings.${k}`)] as const), (contrast) => this.set({ contrast }))}
        ${this.check(t('settings.motion'), effective.reducedMotion, (reduce) => this.set({ motion: reduce ? 'reduce' : 'no-preference' }))}
        <fieldset>
          <legend>${t('settings.readAloud')}</legend>
          ${this.check(t('settings.readAloudOn'), chosen.readAloud, (readAloud) => this.set({ readAloud }))}
          <label class="field" for="rate">${t('settings.rate')}</label>
          <select id="rate" @change=${(e: Event) => this.set({ readAloudRate: Number((e.target as HTMLSelectElement).value) })}>
            ${RATES.map((r) => html`<option value=${r} ?selected=${r === chosen.readAloudRate}>${t('settings.rateValue', { rate: r })}</option>`)}
          </select>
        </fieldset>
        ${offered.length > 1
          ? html`<label class="field" for="language">${t('settings.language')}</label>
              <select id="language" @change=${this.onLanguage}>
                ${offered.map((l) => html`<option value=${l} lang=${l} ?selected=${l === current}>${languageNames[l]}</option>`)}
              </select>`
          : nothing}
        <div class="actions">
          <button type="button" @click=${() => (getPreferencesStore().reset(), (this.status = t('settings.resetDone')))}>${t('settings.reset')}</button>
        </div>
        <div class="clear">
          ${this.confirming
            ? html`<p class="warning" id="confirm">${t('settings.clearConfirm')}</p>
                <div class="actions">
                  <button type="button" class="danger" aria-describedby="confirm" @click=${this.onClear}>${t('settings.clearYes')}</button>
                  <button type="button" @click=${() => (this.confirming = false)}>${t('settings.clearNo')}</button>
                </div>`
            : html`<p id="clear-hint">${t('settings.clearHint')}</p>
                <button type="button" class="danger" aria-describedby="clear-hint" @click=${this.onAskClear}>${t('settings.clear')}</button>`}
        </div>
        <p class="status" role="status">${this.status}</p>
      </div>
    </dialog>`;
  }

  private onAskClear = async () => {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.clear .danger')?.focus();
  };

  private onClear = async () => {
    const count = clearMyData();
    this.confirming = false;
    this.status = this.localize.t('settings.cleared', { count });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.clear .danger')?.focus();
    this.dispatchEvent(new CustomEvent('care-data-cleared', { bubbles: true, composed: true, detail: { count } }));
  };

  private onLanguage = (e: Event) => {
    const locale = (e.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('care-language-change', { bubbles: true, composed: true, cancelable: true, detail: { locale } }));
  };
}

function read() {
  const store = getPreferencesStore();
  return { chosen: store.get(), effective: store.effective };
}
