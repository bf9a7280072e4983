import { css } from 'lit';

export const timeoutWarningStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(34em, calc(100vw - 2 * var(--care-space-3)));
    max-height: calc(100vh - 2 * var(--care-space-3));
    padding: var(--care-space-4);
    color: var(--care-color-text);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-top: var(--care-space-2) solid var(--care-color-caution);
    border-radius: var(--care-radius);
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .title {
    display: flex;
    gap: var(--care-space-2);
    margin: 0 0 var(--care-space-3);
    font-size: var(--care-font-size-heading);
    font-weight: 700;
    line-height: 1.3;
  }
  .title svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.1em;
    color: var(--care-color-caution);
  }
  p {
    margin: 0 0 var(--care-space-4);
  }
  .failed {
    color: var(--care-color-danger);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--care-target-gap);
  }
  a.button {
    text-decoration: none;
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .title svg {
      color: CanvasText;
    }
  }
`;
