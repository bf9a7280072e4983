import { css } from 'lit';

// The arrow is drawn with two gradients in the text colour, so it follows every theme; the
// padding keeps the longest option text clear of it.
export const selectStyles = css`
  ::slotted(select:not([multiple])) {
    appearance: none;
    padding-inline-end: calc(2 * var(--care-space-3) + 1em);
    text-overflow: ellipsis;
    background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      right calc(var(--care-space-3) + 0.5em) center,
      right var(--care-space-3) center;
    background-size: 0.5em 0.5em;
    background-repeat: no-repeat;
    cursor: pointer;
  }
  /* Browsers fade a disabled select; its value must stay as readable as a disabled text field's. */
  ::slotted(select:disabled) {
    opacity: 1;
    cursor: not-allowed;
  }
  ::slotted([data-care-part][hidden]) {
    display: none;
  }
  /* Forced colours drop gradient images: the select keeps its arrow in the system's colours. */
  @media (forced-colors: active) {
    ::slotted(select:not([multiple])) {
      forced-color-adjust: none;
      color: FieldText;
      background-color: Field;
      border-color: FieldText;
    }
  }
`;
