import { css } from 'lit';

export const tapToReadStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--care-space-2);
    min-width: var(--care-target-min);
    min-height: var(--care-target-min);
    max-width: 100%;
    margin: 0;
    padding: var(--care-space-2) var(--care-space-4);
    font: inherit;
    font-weight: 600;
    overflow-wrap: break-word;
    color: var(--care-color-primary);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-primary);
    border-radius: var(--care-radius);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    color: var(--care-color-on-primary);
    background: var(--care-color-primary);
  }
  button:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  /* The state in words, boxed, so it is not told by colour alone. */
  .state {
    flex: none;
    white-space: nowrap;
    padding: 0 var(--care-space-2);
    border: var(--care-border-width) solid;
    border-radius: var(--care-radius);
  }
  p {
    margin: var(--care-space-2) 0 0;
  }
  @media (forced-colors: active) {
    button,
    button[aria-pressed='true'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
