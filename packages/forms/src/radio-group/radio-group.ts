import { registerStrings } from '@caremode/core';
import { isServer } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { ChoiceControl } from '../internal/choice.js';
import { radioGroupStrings } from './radio-group.strings.js';
import { CareRadio } from './radio.js';
import { formsLocales } from '../locales/index.js';

registerStrings(radioGroupStrings, formsLocales);

/**
 * One answer out of a few, as large cards: the whole card is the target (44 px; 60 px in care
 * mode), with an optional description per option. Arrow keys move and choose, as in the ARIA
 * radio group pattern, and the group is one tab stop (the chosen radio, or the first).
 *
 * Renders its own radios: `<care-radio-group label="Giới tính" name="sex"><care-radio
 * value="f">Nữ</care-radio>…</care-radio-group>`. Or enhances the portal's own, which then
 * work before and without JavaScript and are submitted by the form themselves:
 * `<care-radio-group><fieldset><legend>Giới tính</legend><label><input type="radio"
 * name="sex" value="f"> Nữ</label>…</fieldset></care-radio-group>`.
 *
 * @tagname care-radio-group
 * @summary Radio buttons as large cards, with label, hint and error; form-associated.
 *
 * @slot - `<care-radio>` options; in the enhancing path, the portal's `<fieldset>` with its radios.
 * @slot hint - A hint with markup (instead of the `hint` attribute).
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart option - Each card.
 * @csspart control - Each native radio, stretched over its card; it draws the card's border.
 * @csspart box - The visible circle of each card.
 * @csspart description - The description of an option.
 *
 * @cssprop --care-target-min - Smallest height of a card.
 * @cssprop --care-target-gap - Space between cards.
 *
 * @event input - When the person chooses an option.
 * @event change - When the person chooses an option.
 */
export class CareRadioGroup extends ChoiceControl {
  static override properties: PropertyDeclarations = { value: { attribute: false } };

  protected readonly kind = 'radio';
  protected readonly requiredKey = 'radio-group.required';

  /** The value of the chosen option, or '' when none is. Setting it chooses that option. */
  get value(): string {
    return this.checkedValues[0] ?? '';
  }
  set value(value: string) {
    this.setChecked([String(value ?? '')]);
  }

  protected get options(): CareRadio[] {
    return (isServer || this.hydrating ? [] : [...this.children]).filter((c): c is CareRadio => c instanceof CareRadio);
  }
}
