import { css } from 'lit';

export const tapToReadStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
  }
  button {
    padding: var(--care-space-2) var(--care-space-4);
    overflow-wrap: break-word;
    color: var(--care-color-primary);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-primary);
  }
  button[aria-pressed='true'] {
    color: var(--care-color-on-primary);
    background: var(--care-color-primary);
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
