import { css } from 'lit';

export const codeFieldStyles = css`
  /* As wide as the code, spaced so each character stands apart for older eyes. */
  .control {
    width: calc(var(--_care-code-length) * (var(--_care-code-char, 1ch) + 0.25em) + 2 * var(--care-space-3) + 2 * var(--care-focus-width));
    min-width: var(--care-target-min);
    max-width: 100%;
    letter-spacing: 0.25em;
    font-variant-numeric: tabular-nums;
  }
  /* Capital letters are wider than digits. */
  :host([alphanumeric]) .control {
    --_care-code-char: 1.3ch;
  }
  .hint[hidden] {
    display: none;
  }
  .expiry {
    display: flex;
    align-items: flex-start;
    gap: var(--care-space-2);
    margin-block-start: var(--care-space-2);
    color: var(--care-color-text-muted);
  }
  .expiry svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.15em;
  }
  .expiry.soon,
  .expiry.expired {
    color: var(--care-color-caution);
    font-weight: 700;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--care-target-min);
    min-height: var(--care-target-min);
    max-width: 100%;
    margin-block-start: var(--care-space-3);
    padding: var(--care-space-2) var(--care-space-4);
    font: inherit;
    font-weight: 600;
    overflow-wrap: anywhere;
    color: var(--care-color-primary);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-primary);
    border-radius: var(--care-radius);
    cursor: pointer;
  }
  .action:hover {
    background: var(--care-color-surface);
  }
  .action:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .action:disabled {
    color: var(--care-color-text-muted);
    border-style: dashed;
    border-color: var(--care-color-border);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .expiry {
      color: CanvasText;
    }
    .action {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .action:focus-visible,
    .action:hover {
      border-color: Highlight;
      outline-color: Highlight;
    }
    .action:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
