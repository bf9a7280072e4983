import { css } from 'lit';

/** Large native buttons (44 px; 60 px in care mode), as care-button draws them, without loading it. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--care-space-2);
    min-width: var(--care-target-min);
    min-height: var(--care-target-min);
    max-width: 100%;
    margin: 0;
    padding: var(--care-space-2) var(--care-space-5);
    font: inherit;
    font-weight: 600;
    text-align: center;
    overflow-wrap: anywhere;
    color: var(--care-color-on-primary);
    background: var(--care-color-primary);
    border: var(--care-border-width) solid var(--care-color-primary);
    border-radius: var(--care-radius);
    cursor: pointer;
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
  :focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
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
