import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { CareTextField } from '../text-field/text-field.js';
import { textareaStyles } from './textarea.styles.js';

const DEFAULT_ROWS = 3;
const MAX_ROWS = 30;

/**
 * A multi-line text field that grows with what is typed, from `rows` lines up to about twelve,
 * then scrolls. Everything else is the text field's: the label always visible above, a hint,
 * an error with an icon that appears only after leaving or a submit attempt, `required`,
 * `maxlength` with an optional count, nothing checked while an input method composes.
 *
 * Enter makes a new line and never submits the form: people write addresses and requests
 * over several lines.
 *
 * Enhances a portal's own control: `<care-textarea><label for="r">Nội dung</label><textarea
 * id="r" name="request"></textarea></care-textarea>` keeps that textarea (submitted by the form
 * itself, before and without JavaScript) and adds the hint, error and count next to it in light
 * DOM. Without one inside, it renders its own in its shadow root.
 *
 * @tagname care-textarea
 * @summary Large auto-growing multi-line field with label, hint, error, character count; form-associated.
 *
 * @slot - In the enhancing path: the portal's `<label>` and `<textarea>`.
 * @slot hint - A hint with markup (instead of the `hint` attribute).
 *
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The textarea.
 * @csspart count - The character count.
 *
 * @cssprop --care-textarea-max-height - How tall it grows before it scrolls (about twelve lines).
 *
 * @event input - As on a native textarea.
 * @event change - As on a native textarea, when the person commits a change.
 */
export class CareTextarea extends CareTextField {
  static override styles = [...CareTextField.styles, textareaStyles];
  static override properties: PropertyDeclarations = { rows: { type: Number } };

  /** Lines shown before anything is typed; the box grows from there. */
  rows = DEFAULT_ROWS;

  /** `rows` as a sane whole number, whatever the attribute says. */
  protected get minRows(): number {
    const rows = Math.round(Number(this.rows));
    return rows >= 1 ? Math.min(rows, MAX_ROWS) : DEFAULT_ROWS;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const native = this.delegate;
    if (native instanceof HTMLTextAreaElement && !this.hasAttribute('rows') && native.hasAttribute('rows')) this.rows = native.rows;
  }

  // Everything but the control is the text field's; Enter is left alone so it makes a new line.
  protected override renderControl(describedBy: string) {
    return html`<textarea
      part="control"
      class="control"
      id="control"
      style="--_care-rows:${this.minRows}"
      rows=${this.minRows}
      name=${this.name || nothing}
      .value=${live(this.value)}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      ?readonly=${this.readonly}
      autocomplete=${this.autocomplete ?? nothing}
      inputmode=${this.keyboardMode ?? nothing}
      enterkeyhint=${this.enterkeyhint ?? nothing}
      autocapitalize=${this.getAttribute('autocapitalize') ?? nothing}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${this.userInvalid ? 'true' : nothing}
      @input=${this.onInput}
      @change=${this.onChange}
      @blur=${this.onBlur}
      @compositionstart=${this.onCompositionStart}
      @compositionend=${this.onCompositionEnd}
    ></textarea>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const box = this.control;
    if (!(box instanceof HTMLTextAreaElement)) return;
    if (box === this.delegate) {
      box.rows = this.minRows;
      box.style.setProperty('--_care-rows', String(this.minRows));
    }
    this.grow(box);
  }

  /** Browsers without `field-sizing` (Firefox, older Safari) grow the box by measuring it. */
  private grow(box: HTMLTextAreaElement): void {
    if (CSS.supports('field-sizing', 'content')) return;
    box.style.height = 'auto';
    const style = getComputedStyle(box);
    box.style.height = `${box.scrollHeight + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth)}px`;
  }
}
