import { css } from 'lit';

/** Large native buttons (44 px; 60 px in care mode), as care-button draws them, without loading it. */
export const buttonStyles = css`
  .button {
    justify-content: center;
    padding: var(--care-space-2) var(--care-space-5);
    text-align: center;
    overflow-wrap: anywhere;
    color: var(--care-color-on-primary);
    background: var(--care-color-primary);
    border: var(--care-border-width) solid var(--care-color-primary);
    transition: background-color var(--care-duration);
  }
  .button:hover {
    background: var(--care-color-primary-hover);
  }
  .secondary {
    color: var(--care-color-primary);
    background: var(--care-color-background);
  }
  .secondary:hover {
    background: var(--care-color-surface);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  @media (forced-colors: active) {
    .button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .button:hover {
      border-color: Highlight;
    }
  }
`;
