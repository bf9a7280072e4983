import { FormControl, announce, getClock, readAloud, registerStrings, type Validator } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { html, nothing, type PropertyDeclarations, type PropertyValues, isServer } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorContent } from '../internal/field-messages.js';
import { fieldStrings } from '../internal/field.strings.js';
import { fieldStyles } from '../internal/field.styles.js';
import { codeFieldStrings } from './code-field.strings.js';
import { codeFieldStyles } from './code-field.styles.js';
import { submitOnEnter } from '../internal/implicit-submit.js';
import { formsLocales } from '../locales/index.js';

registerStrings(fieldStrings, formsLocales);
registerStrings(codeFieldStrings, formsLocales);

type ExpiryState = 'running' | 'soon' | 'expired';

const MINUTE = 60_000;
// A minute's warning, and never less than the requirement's floor (WCAG 2.2.1: 20 s).
const WARN_MS = Math.max(60, requirements.time.warnAheadMinSeconds) * 1000;

/** The code as it is meant: full-width characters made ASCII, spaces, dashes and dots dropped. */
export const normalizeCode = (text: string): string => String(text ?? '').normalize('NFKC').replace(/[\s\p{Pd}\p{Cf}._·・/]/gu, '');

// ISO date-times and milliseconds since the epoch; anything else means no expiry.
const toTime = (value: unknown): number | undefined => {
  const time =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value
        : typeof value !== 'string'
          ? NaN
          : /^\s*\d+\s*$/.test(value)
            ? Number(value)
            : /^\d{4}-\d\d-\d\d/.test(value.trim())
              ? Date.parse(value.trim())
              : NaN;
  return Number.isFinite(time) ? time : undefined;
};

const clockIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm1-13h-2v6l5 3 1-1.7-4-2.3z"/></svg>`;

/**
 * A one-time code field (a code sent by text message or email): one input, not a box per
 * digit, so the code can be pasted, filled in by the phone from the message
 * (`autocomplete="one-time-code"`), read back and corrected like any text. Spaces, dashes and
 * full-width digits in a pasted code are dropped as it arrives (never while an input method
 * is composing).
 *
 * With `expires-at` it says in words when the code expires ("The code expires in 4 minutes"),
 * warns once, a minute before, through the screen reader (and read-aloud in care mode), and
 * once expired offers "Send a new code", which fires `care-code-request`. Without `expires-at`
 * there is no time limit. Deadlines are wall-clock times from core's clock, so a phone that
 * slept wakes to the right state.
 *
 * The element is marked `data-care-private`: read-aloud never sends the code off the device.
 *
 * @tagname care-code-field
 * @summary One-time code field: paste, autofill, expiry in words with a way to get a new code.
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The input.
 * @csspart expiry - When the code expires, in words.
 * @csspart action - The "Send a new code" and "Give me more time" buttons; also `resend` and `extend`.
 *
 * @event input - As on a native input.
 * @event change - As on a native input.
 * @event care-code-request - The person asks for a new code: send one and set a new `expires-at`.
 * @event care-code-extend - The person asks for more time (`extendable`): extend the code and set a later `expires-at`.
 */
export class CareCodeField extends FormControl {
  static override styles = [...FormControl.styles, fieldStyles, codeFieldStyles];
  static override shadowRootOptions: ShadowRootInit = { ...FormControl.shadowRootOptions, delegatesFocus: true };
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    value: { attribute: false },
    defaultValue: { attribute: 'value' },
    length: { type: Number },
    alphanumeric: { type: Boolean },
    expiresAt: { attribute: 'expires-at' },
    extendable: { type: Boolean },
    errorMessage: { attribute: 'error-message' },
  };

  /** The visible label, above the field. */
  label = '';
  /** Where the code was sent ("We sent a code to 0912 *** 678"). */
  hint = '';
  /** The code as typed; the form receives it without spaces or dashes. */
  value = '';
  /** The initial value, from the `value` attribute. */
  defaultValue = '';
  /** How many characters the code has (e.g. 6); sizes the field and is checked. */
  length?: number;
  /** The code has letters too: a text keyboard instead of the number pad. */
  alphanumeric = false;
  /** When the code stops working: an ISO date-time or milliseconds since the epoch. None: no limit. */
  expiresAt?: string | number | Date;
  /**
   * Offers "Give me more time" until the code expires, which fires `care-code-extend`. Shown from
   * the start rather than at the warning, so nothing below moves under a finger at that moment.
   */
  extendable = false;
  /** An error to show now, e.g. "This code is not right" from the server; kept until the code changes. */
  errorMessage = '';

  private composing = false;
  private state?: ExpiryState;
  private stopTimer?: () => void;

  /** The input. */
  get control(): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.('input') ?? null;
  }

  /** When the code expires, in milliseconds since the epoch; undefined when it does not. */
  get deadline(): number | undefined {
    return toTime(this.expiresAt);
  }

  protected override get validators(): Validator<CareCodeField>[] {
    return [
      {
        check: () => {
          const code = normalizeCode(this.value);
          const t = (key: string, params?: Record<string, string | number>) => this.localize.t(`code-field.${key}`, params);
          if (!code) return this.required ? { flag: 'valueMissing', message: this.localize.t('field.required', { label: this.label }) } : undefined;
          if (!(this.alphanumeric ? /^[\p{L}\p{N}]+$/u : /^\d+$/).test(code)) return { flag: 'patternMismatch', message: t(this.alphanumeric ? 'characters' : 'digits') };
          const count = this.codeLength;
          const actual = [...code].length;
          if (!count || actual === count) return undefined;
          return { flag: actual > count ? 'tooLong' : 'tooShort', message: t(this.alphanumeric ? 'length-characters' : 'length', { count, actual }) };
        },
      },
    ];
  }

  protected override get validationAnchor(): HTMLElement | undefined {
    return this.control ?? undefined;
  }

  override connectedCallback(): void {
    // Attributes cannot be added in a custom element's constructor.
    this.setAttribute('data-care-private', '');
    super.connectedCallback();
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer?.();
  }

  protected override render() {
    const error = this.errorText;
    const expiry = this.expiryText();
    const describedBy = [this.hint && 'hint', error && 'error', expiry && 'expiry'].filter(Boolean).join(' ');
    const action = (name: 'resend' | 'extend') =>
      html`<button part="action ${name}" class="action" type="button" ?disabled=${this.isDisabled} @click=${() => this.ask(name)}>
        ${this.localize.t(`code-field.${name}`)}
      </button>`;
    return html`
      <label part="label" class="label" for="control">${this.label}</label>
      <div part="hint" class="hint" id="hint" ?hidden=${!this.hint}>${this.hint}</div>
      <div part="error" class="error" id="error" ?hidden=${!error}>
        ${errorContent(this.localize.t('field.error-prefix'), error, this.localize.langOf('field.error-prefix'))}
      </div>
      <input
        part="control"
        class="control"
        id="control"
        type="text"
        inputmode=${this.alphanumeric ? 'text' : 'numeric'}
        autocomplete="one-time-code"
        autocapitalize=${this.alphanumeric ? 'characters' : 'off'}
        spellcheck="false"
        name=${this.name || nothing}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${this.userInvalid ? 'true' : nothing}
        @input=${this.onInput}
        @change=${this.onChange}
        @blur=${this.onBlur}
        @keydown=${this.onKeyDown}
        @compositionstart=${this.onCompositionStart}
        @compositionend=${this.onCompositionEnd}
      />
      ${expiry ? html`<div part="expiry" class="expiry ${this.state}" id="expiry">${clockIcon}<span>${expiry}</span></div>` : nothing}
      ${this.state === 'expired' ? action('resend') : nothing}
      ${this.state && this.state !== 'expired' && this.extendable ? action('extend') : nothing}
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered, and typed in before the script arrived: what the person typed stays.
    const typed = this.hasUpdated ? '' : this.renderRoot?.querySelector?.<HTMLInputElement>('.control')?.value;
    if (typed && typed !== this.value) this.value = typed;
    if (changed.has('defaultValue') && !this.hasUpdated && !this.value) this.value = this.defaultValue;
    if (changed.has('errorMessage') && this.errorMessage) {
      this.setCustomValidity(this.errorMessage);
      this.setUserInvalid(true);
    }
    if (changed.has('expiresAt')) this.schedule();
    super.willUpdate(changed);
    if (!this.composing) this.updateValidity();
    if (changed.has('value')) this.internals.setFormValue(normalizeCode(this.value), this.value);
  }

  protected override updated(): void {
    this.updateValidity();
    // Sized to the code; set through CSSOM, which a strict Content-Security-Policy allows.
    this.control?.style.setProperty('--_care-code-length', String(this.codeLength ?? 12));
  }

  override formResetCallback(): void {
    this.value = this.defaultValue;
    this.errorMessage = '';
    this.setCustomValidity('');
    super.formResetCallback();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  private get codeLength(): number | undefined {
    const n = Number(this.length);
    return Number.isInteger(n) && n > 0 && n <= 64 ? n : undefined;
  }

  // Words follow the state, so the text, the buttons and what was announced always agree.
  private expiryText(): string {
    const deadline = this.deadline;
    if (deadline === undefined || !this.state) return '';
    if (this.state !== 'running') return this.localize.t(this.state === 'soon' ? 'code-field.expires-soon' : 'code-field.expired');
    const left = Math.max(deadline - getClock().now(), MINUTE);
    const hours = left >= 90 * MINUTE;
    const time = new Intl.RelativeTimeFormat(this.localize.langOf('code-field.expires-in'), { numeric: 'always' });
    return this.localize.t('code-field.expires-in', { time: time.format(Math.round(left / (hours ? 60 * MINUTE : MINUTE)), hours ? 'hour' : 'minute') });
  }

  /**
   * Follows the deadline on core's clock: re-renders when the words change, and speaks each
   * change of state once: the warning (assertive), the expiry, and a new or extended code.
   */
  private schedule(): void {
    this.stopTimer?.();
    this.stopTimer = undefined;
    const deadline = this.deadline;
    const previous = this.state;
    // A server renders the expiry from its own clock: the browser's first render then matches it.
    if (deadline === undefined || (!this.isConnected && !isServer)) {
      this.state = undefined;
      this.requestUpdate();
      return;
    }
    const clock = getClock();
    const left = deadline - clock.now();
    const state: ExpiryState = left <= 0 ? 'expired' : left <= WARN_MS ? 'soon' : 'running';
    this.state = state;
    this.requestUpdate();
    if (!isServer && state !== previous && (state === 'soon' || previous)) this.say(state);
    if (state === 'expired') return;
    // The next moment the words change: the warning, or the rounded minutes going down by one.
    const next = state === 'soon' ? deadline : Math.min(deadline - WARN_MS, deadline - (Math.round(left / MINUTE) - 0.5) * MINUTE + 1);
    this.stopTimer = clock.at(next, () => this.schedule());
  }

  private say(state: ExpiryState): void {
    const text = this.expiryText();
    const lang = this.localize.langOf(`code-field.${state === 'running' ? 'expires-in' : state === 'soon' ? 'expires-soon' : 'expired'}`);
    announce(text, { priority: state === 'soon' ? 'assertive' : 'polite', lang });
    // A timeout warning reads itself aloud in care mode (design requirements, "Time").
    if (state === 'soon' && this.preferences.careMode) void readAloud({ text, lang });
  }

  private ask(what: 'resend' | 'extend'): void {
    const init = { bubbles: true, composed: true };
    this.dispatchEvent(what === 'resend' ? new Event('care-code-request', init) : new Event('care-code-extend', init));
    // The button goes once the portal answers: focus waits where the new code will be typed.
    this.control?.focus();
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (!this.composing) {
      const code = normalizeCode(input.value);
      if (code !== input.value) {
        const caret = normalizeCode(input.value.slice(0, input.selectionStart ?? input.value.length)).length;
        input.value = code;
        input.setSelectionRange(caret, caret);
      }
    }
    this.value = input.value;
    if (this.errorMessage) {
      this.errorMessage = '';
      this.setCustomValidity('');
    }
    if (!this.composing) this.markInteracted();
  };

  // `change` does not cross a shadow root: it is sent again from the host.
  private onChange = () => this.dispatchEvent(new Event('change', { bubbles: true }));

  // Switching to the messages app to read the code is not leaving the field.
  private onBlur = () => {
    if (document.hasFocus()) this.markLeft();
  };

  private onCompositionStart = () => {
    this.composing = true;
  };

  private onCompositionEnd = (event: CompositionEvent) => {
    this.composing = false;
    this.onInput(event);
  };

  private onKeyDown = (event: KeyboardEvent) => submitOnEnter(event, this.form, this.composing);
}
