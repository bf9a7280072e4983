import { registerStrings } from '@caremode/core';
import { isServer } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { ChoiceControl } from '../internal/choice.js';
import { CareCheckbox } from './checkbox.js';
import { checkboxStrings } from './checkbox.strings.js';
import { formsLocales } from '../locales/index.js';

registerStrings(checkboxStrings, formsLocales);

/**
 * Several answers out of a list, as large checkbox cards under a visible label, with hint and
 * error. Its value is every ticked value; FormData gets one entry per ticked box, as native
 * checkboxes give. `required` means at least one.
 *
 * Renders its own checkboxes from `<care-checkbox>` children, or enhances the portal's own
 * `<fieldset>` of native checkboxes, which then work without JavaScript.
 *
 * @tagname care-checkbox-group
 * @summary Checkboxes as large cards, with label, hint and error; form-associated.
 *
 * @slot - `<care-checkbox>` options; in the enhancing path, the portal's `<fieldset>` with its checkboxes.
 * @slot hint - A hint with markup (instead of the `hint` attribute).
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart option - Each card.
 * @csspart control - Each native checkbox, stretched over its card; it draws the card's border.
 * @csspart box - The visible box of each card.
 * @csspart description - The description of an option.
 *
 * @event input - When the person ticks or unticks a box.
 * @event change - When the person ticks or unticks a box.
 */
export class CareCheckboxGroup extends ChoiceControl {
  static override properties: PropertyDeclarations = { value: { attribute: false } };

  protected readonly kind = 'checkbox';
  protected readonly requiredKey = 'checkbox-group.required';

  /** The values of every ticked box, in order. Setting it ticks exactly those. */
  get value(): string[] {
    return this.checkedValues;
  }
  set value(values: string[]) {
    this.setChecked(Array.isArray(values) ? values.map(String) : []);
  }

  protected get options(): CareCheckbox[] {
    return (isServer || this.hydrating ? [] : [...this.children]).filter((c): c is CareCheckbox => c instanceof CareCheckbox);
  }
}
