import { css } from 'lit';

export const formDraftStyles = css`
  :host {
    display: block;
  }
  .prompt {
    margin-block-end: var(--care-space-5);
    padding: var(--care-space-4);
    border-inline-start: var(--care-focus-width) solid var(--care-color-primary);
    background: var(--care-color-surface);
  }
  .prompt:focus {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .title {
    margin: 0 0 var(--care-space-2);
    font-size: var(--care-font-size-heading);
    line-height: 1.3;
  }
  p {
    margin: 0 0 var(--care-space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--care-target-gap);
  }
  @media (forced-colors: active) {
    .prompt {
      border: 1px solid CanvasText;
      border-inline-start-width: var(--care-focus-width);
    }
  }
`;
