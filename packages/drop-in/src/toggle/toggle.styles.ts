import { css } from 'lit';

export const toggleStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    --care-toggle-inset: 16px;
  }
  :host([placement='floating']) {
    position: fixed;
    z-index: 2147483000;
    inset-block-end: max(var(--care-toggle-inset), env(safe-area-inset-bottom));
    inset-inline-end: max(var(--care-toggle-inset), env(safe-area-inset-right));
    max-width: calc(100vw - 2 * var(--care-toggle-inset));
  }
  :host([placement='floating'][corner='start']) {
    inset-inline-end: auto;
    inset-inline-start: max(var(--care-toggle-inset), env(safe-area-inset-left));
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--care-target-gap);
  }
  :host([placement='floating']) .bar {
    padding: var(--care-space-2);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: var(--care-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .icon {
    vertical-align: -0.2em;
  }
  .label .icon {
    margin-inline-end: var(--care-space-2);
  }
  .switch {
    flex: 1 1 auto;
    flex-wrap: wrap;
    row-gap: 0;
  }
  .label {
    flex: 1 1 auto;
    max-width: 100%;
    overflow-wrap: break-word;
  }
  .track {
    position: relative;
    flex: none;
    width: 2.75em;
    height: 1.5em;
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: 0.75em;
    background: var(--care-color-background);
    transition: background-color var(--care-duration);
  }
  .thumb {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0.15em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    background: var(--care-color-border);
    transform: translateY(-50%);
    transition: inset-inline-start var(--care-duration);
  }
  [aria-checked='true'] .track {
    background: var(--care-color-primary);
    border-color: var(--care-color-primary);
  }
  [aria-checked='true'] .thumb {
    inset-inline-start: calc(100% - 1.15em);
    background: var(--care-color-on-primary);
  }
  /* The track and its word wrap as one, so "On" never sits alone on a line. */
  .state {
    display: inline-flex;
    align-items: center;
    gap: var(--care-space-2);
    min-width: 5.5em;
  }
  @media (forced-colors: active) {
    .track {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: Canvas;
    }
    .thumb {
      background: ButtonText;
    }
    [aria-checked='true'] .track {
      background: Highlight;
      border-color: Highlight;
    }
    [aria-checked='true'] .thumb {
      background: HighlightText;
    }
  }
`;
