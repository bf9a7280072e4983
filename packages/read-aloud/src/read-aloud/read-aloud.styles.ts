import { css } from 'lit';

export const readAloudStyles = css`
  :host {
    display: block;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--care-target-gap);
  }
  .speed {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--care-target-gap);
  }
  button {
    justify-content: center;
    padding: var(--care-space-2) var(--care-space-3);
    overflow-wrap: anywhere;
    color: var(--care-color-primary);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-primary);
  }
  button[hidden] {
    display: none;
  }
  button:hover {
    background: var(--care-color-surface);
  }
  button[aria-disabled='true'] {
    color: var(--care-color-text-muted);
    background: var(--care-color-surface);
    border-style: dashed;
    border-color: var(--care-color-border);
    cursor: not-allowed;
  }
  .main {
    color: var(--care-color-on-primary);
    background: var(--care-color-primary);
    padding-inline: var(--care-space-4);
  }
  .main:hover {
    background: var(--care-color-primary-hover);
  }
  /* The browser refused to speak: the next tap must land here, so it is hard to miss. */
  .start {
    flex: 1 0 100%;
    min-height: calc(var(--care-target-min) * 1.5);
    font-size: var(--care-font-size-heading);
  }
  output {
    font-weight: 600;
  }
  .progress,
  .message {
    margin: var(--care-space-2) 0 0;
  }
  .message:empty {
    display: none;
  }
  .message {
    padding: var(--care-space-2) var(--care-space-3);
    border-inline-start: var(--care-focus-width) solid var(--care-color-caution);
    background: var(--care-color-surface);
  }
  .content {
    margin-block-start: var(--care-space-3);
  }
  @media (forced-colors: active) {
    button,
    .main {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button:hover,
    button:focus-visible {
      border-color: Highlight;
      outline-color: Highlight;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .message {
      border: 1px solid CanvasText;
    }
  }
`;
