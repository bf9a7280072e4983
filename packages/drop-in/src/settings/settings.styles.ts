import { css } from 'lit';

export const settingsStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(40rem, 100vw);
    max-width: 100vw;
    max-height: 100dvh;
    margin: auto;
    padding: 0;
    overflow: auto;
    font: inherit;
    color: var(--care-color-text);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: var(--care-radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--care-space-3);
    padding: var(--care-space-3) var(--care-space-3) var(--care-space-2) var(--care-space-4);
    background: var(--care-color-background);
    border-bottom: 1px solid var(--care-color-border);
  }
  h2 {
    margin: 0;
    padding-block: var(--care-space-2);
    font-size: var(--care-font-size-heading);
    line-height: 1.25;
  }
  .body {
    display: grid;
    gap: var(--care-space-4);
    padding: var(--care-space-4);
  }
  fieldset {
    display: grid;
    gap: var(--care-target-gap);
    min-width: 0;
    margin: 0;
    padding: var(--care-space-3);
    border: 1px solid var(--care-color-border);
    border-radius: var(--care-radius);
  }
  legend,
  .field {
    padding: 0 var(--care-space-1);
    font-weight: 700;
  }
  /* The native input is stretched over its whole card and draws the card's border, so the
     target is the card while the input stays a real input for keyboards and screen readers. */
  .option {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--care-space-3);
    min-height: var(--care-target-min);
    padding: var(--care-space-1) var(--care-space-3);
  }
  .option input {
    appearance: none;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: var(--care-radius);
    background: transparent;
    cursor: pointer;
  }
  .option input:checked {
    border-color: var(--care-color-primary);
    box-shadow: inset 0 0 0 1px var(--care-color-primary);
  }
  .option span {
    position: relative;
    pointer-events: none;
  }
  .mark {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.25em;
    height: 1.25em;
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: 50%;
    background: var(--care-color-background);
  }
  [type='checkbox'] + .mark {
    border-radius: 4px;
  }
  :checked + .mark {
    border-color: var(--care-color-primary);
    background: var(--care-color-primary);
  }
  :checked + .mark::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border-radius: 50%;
    background: var(--care-color-on-primary);
  }
  [type='checkbox']:checked + .mark::after {
    width: 0.3em;
    height: 0.6em;
    margin-top: -0.15em;
    border-radius: 0;
    background: none;
    border: solid var(--care-color-on-primary);
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  .option :checked ~ span:last-child {
    font-weight: 600;
  }
  button.danger {
    color: var(--care-color-on-primary);
    background: var(--care-color-danger);
    border-color: var(--care-color-danger);
  }
  .close {
    flex: none;
  }
  .preview {
    padding: var(--care-space-3);
    background: var(--care-color-surface);
    border-radius: var(--care-radius);
  }
  .preview-label {
    font-weight: 700;
  }
  .preview p,
  .clear p {
    margin: 0 0 var(--care-space-2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--care-target-gap);
  }
  .clear {
    padding-top: var(--care-space-3);
    border-top: 1px solid var(--care-color-border);
  }
  .warning {
    font-weight: 700;
  }
  .note {
    margin: 0;
    padding: var(--care-space-3);
    border-inline-start: 4px solid var(--care-color-caution);
    background: var(--care-color-surface);
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    button.danger {
      border-color: ButtonText;
    }
    :checked + .mark {
      background: Highlight;
      border-color: Highlight;
    }
    :checked + .mark::after {
      background: HighlightText;
      border-color: HighlightText;
    }
    .option input:checked {
      border-color: Highlight;
    }
  }
`;
