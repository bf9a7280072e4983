import { css } from 'lit';

// Lines are counted in the field's own line height, so the box is `rows` lines tall before any
// typing and about twelve at most, at every text size and in care mode.
export const textareaStyles = css`
  .control,
  ::slotted(textarea) {
    field-sizing: content;
    resize: vertical;
    overflow-wrap: anywhere;
    min-height: max(
      var(--care-target-min),
      calc(var(--_care-rows, 3) * var(--care-line-height) * 1em + 2 * var(--care-space-2) + 2 * var(--care-border-width))
    );
    max-height: var(--care-textarea-max-height, min(calc(12 * var(--care-line-height) * 1em), 70vh));
  }
  ::slotted([data-care-part][hidden]) {
    display: none;
  }
`;
