import { css } from 'lit';

/**
 * Buttons and the full-screen view, shared by the package's elements. Tokens only. What one
 * element alone draws (the credential's primary button, the wallet's options) stays in its own
 * styles: care-qr-code, loaded alone, is held to a size budget.
 */
export const sharedStyles = css`
  .button {
    justify-content: center;
    padding: var(--care-space-2) var(--care-space-4);
    text-align: center;
    overflow-wrap: anywhere;
    color: var(--care-color-primary);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-primary);
  }
  .button:hover {
    background: var(--care-color-surface);
  }
  .button:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  p {
    margin: 0;
  }
  dialog {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    color: var(--care-color-text);
    background: var(--care-color-background);
  }
  dialog::backdrop {
    background: var(--care-color-background);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--care-space-3);
    width: 100%;
    height: 100%;
    padding: var(--care-space-3);
    overflow: auto;
    /* Its colour comes from the dialog; its own background shows when it is the full-screen element. */
    background: var(--care-color-background);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--care-target-gap);
  }
  .close {
    margin-inline-start: auto;
  }
  .stage {
    position: relative;
    flex: auto;
    min-height: 12rem;
  }
  .hint {
    display: flex;
    gap: var(--care-space-2);
    align-items: flex-start;
  }
  @media (forced-colors: active) {
    .button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .button:hover,
    .button:focus-visible {
      border-color: Highlight;
      outline-color: Highlight;
    }
  }
  @media print {
    .button,
    dialog {
      display: none !important;
    }
  }
`;
