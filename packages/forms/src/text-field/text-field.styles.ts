import { css } from 'lit';

export const textFieldStyles = css`
  .base {
    display: flex;
    align-items: stretch;
    gap: var(--care-space-2);
  }
  .base .control {
    flex: 1 1 auto;
    min-width: 0;
  }
  ::slotted([slot='prefix']),
  ::slotted([slot='suffix']) {
    display: flex;
    align-items: center;
    flex: none;
    font-weight: 600;
  }
  .count,
  ::slotted([data-care-part='count']) {
    display: block;
    margin-block-start: var(--care-space-1);
    color: var(--care-color-text-muted);
  }
  :host([data-over-limit]) .count,
  :host([data-over-limit]) ::slotted([data-care-part='count']) {
    color: var(--care-color-danger);
    font-weight: 700;
  }
  .hint[hidden] {
    display: none;
  }
`;
