import { registerStrings } from '@caremode/core';
import { html, type PropertyDeclarations } from 'lit';
import { ChoiceControl, notifyChoice } from '../internal/choice.js';
import { checkboxStrings } from './checkbox.strings.js';
import { formsLocales } from '../locales/index.js';

registerStrings(checkboxStrings, formsLocales);

/**
 * A single large checkbox, e.g. a declaration ("I confirm the information is correct"): the
 * whole card is the target, with a tick and a thicker border when ticked. `required` means it
 * must be ticked; the error names the box by its text, or by `label` when that is given (a
 * short name for a long declaration). Inside a `<care-checkbox-group>` it is one option of that group.
 *
 * Renders its own checkbox: `<care-checkbox name="agree" required>Tôi xin cam đoan…</care-checkbox>`.
 * Or enhances the portal's own, which then works without JavaScript: `<care-checkbox><input
 * type="checkbox" id="c" name="agree" required><label for="c">Tôi xin cam đoan…</label></care-checkbox>`.
 *
 * @tagname care-checkbox
 * @summary Large checkbox card with hint and error; form-associated; an option of care-checkbox-group.
 *
 * @slot - The label. In the enhancing path, the portal's `<input type="checkbox">` and its `<label>`.
 * @slot hint - A hint with markup (instead of the `hint` attribute).
 *
 * @csspart base - The wrapper.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart option - The card.
 * @csspart control - The native checkbox, stretched over the card; it draws the card's border.
 * @csspart box - The visible box.
 * @csspart description - The description.
 *
 * @event input - When the person ticks or unticks it.
 * @event change - When the person ticks or unticks it.
 */
export class CareCheckbox extends ChoiceControl {
  static override properties: PropertyDeclarations = {
    value: {},
    checked: { attribute: false },
    defaultChecked: { type: Boolean, attribute: 'checked' },
    description: {},
  };

  /** Submitted under `name` when ticked (`on` by default, as on a native checkbox). */
  value = 'on';
  /** Ticked at first and after `form.reset()` (the `checked` attribute). */
  defaultChecked = false;
  /** A line under the label, inside the card. */
  description = '';
  private own?: boolean;

  protected readonly kind = 'checkbox';
  protected readonly requiredKey = 'checkbox.required';

  /** Whether it is ticked now. */
  get checked(): boolean {
    return this.natives[0]?.checked ?? this.own ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    if (this.natives[0]) this.natives[0].checked = !!checked;
    else this.own = !!checked;
  }

  protected override get single(): boolean {
    return true;
  }

  protected override get isOption(): boolean {
    // A server cannot see the parent group: the first render of a server-rendered option is the
    // stand-alone checkbox the server made, and the next one becomes the group's option.
    return !this.hydrating && this.parentElement instanceof ChoiceControl;
  }

  protected get options(): CareCheckbox[] {
    return [this];
  }

  protected override render() {
    return this.isOption ? html`<slot></slot>` : super.render();
  }

  protected override updated(): void {
    super.updated();
    notifyChoice(this);
  }
}
