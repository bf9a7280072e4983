import { css } from 'lit';

/**
 * Label, hint and error styles shared by every field, for the parts a field renders in its
 * shadow root (`.label`, `.hint`, `.error`) and for the ones it adds next to a portal's own
 * control in the enhancing path (`[data-care-part=…]`, slotted).
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--care-space-5);
  }
  :host([data-user-invalid]) {
    border-inline-start: var(--care-focus-width) solid var(--care-color-danger);
    padding-inline-start: var(--care-space-3);
  }
  .label,
  ::slotted(label) {
    display: block;
    font-weight: 700;
    margin-block-end: var(--care-space-1);
    overflow-wrap: anywhere;
  }
  .hint,
  ::slotted([data-care-part='hint']) {
    display: block;
    color: var(--care-color-text-muted);
    margin-block-end: var(--care-space-2);
  }
  .error,
  ::slotted([data-care-part='error']) {
    display: flex;
    align-items: flex-start;
    gap: var(--care-space-2);
    color: var(--care-color-danger);
    font-weight: 700;
    margin-block-end: var(--care-space-2);
  }
  .error[hidden],
  ::slotted([data-care-part][hidden]) {
    display: none;
  }
  .error svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.15em;
  }
  .control,
  ::slotted(input),
  ::slotted(textarea),
  ::slotted(select) {
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: var(--care-target-min);
    margin: 0;
    padding: var(--care-space-2) var(--care-space-3);
    font: inherit;
    color: var(--care-color-text);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: calc(var(--care-radius) / 2);
  }
  .control:focus-visible,
  ::slotted(input:focus-visible),
  ::slotted(textarea:focus-visible),
  ::slotted(select:focus-visible) {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  :host([data-user-invalid]) .control,
  :host([data-user-invalid]) ::slotted(input),
  :host([data-user-invalid]) ::slotted(textarea),
  :host([data-user-invalid]) ::slotted(select) {
    border-color: var(--care-color-danger);
    /* Thicker than the border in every theme: high contrast (and Firefox with forced colours,
       which reports prefers-contrast: more) widens the border to the focus width. */
    border-width: max(var(--care-focus-width), calc(var(--care-border-width) + 1px));
  }
  .control:disabled,
  ::slotted(:disabled) {
    background: var(--care-color-surface);
    color: var(--care-color-text-muted);
    border-style: dashed;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .control,
    ::slotted(input),
    ::slotted(textarea),
    ::slotted(select) {
      border-color: FieldText;
    }
    :host([data-user-invalid]) {
      border-inline-start-color: CanvasText;
    }
    .error,
    ::slotted([data-care-part='error']) {
      color: CanvasText;
    }
  }
`;
