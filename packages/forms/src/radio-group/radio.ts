import { CareElement } from '@caremode/core';
import { html, type PropertyDeclarations } from 'lit';
import { notifyChoice } from '../internal/choice.js';

/**
 * One answer of a `<care-radio-group>`. Its text becomes the label of a large card that the
 * group renders, with the description under it; the group holds the native radio.
 *
 * @tagname care-radio
 * @summary An option of care-radio-group.
 *
 * @slot - The option's label.
 */
export class CareRadio extends CareElement {
  static override properties: PropertyDeclarations = {
    value: {},
    checked: { attribute: false },
    defaultChecked: { type: Boolean, attribute: 'checked' },
    disabled: { type: Boolean, reflect: true },
    description: {},
  };

  /** Submitted under the group's name when this option is chosen. */
  value = 'on';
  /** Chosen at first and after `form.reset()` (the `checked` attribute). */
  defaultChecked = false;
  disabled = false;
  /** A line under the label that explains the option ("Bring your identity card"). */
  description = '';
  private own?: boolean;

  /** Whether this option is chosen now. */
  get checked(): boolean {
    return this.own ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    this.own = !!checked;
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  protected override updated(): void {
    notifyChoice(this);
  }
}
