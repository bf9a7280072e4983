import { css } from 'lit';

export const stepStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin: 0 0 var(--care-space-4);
    font-size: var(--care-font-size-heading);
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .caption {
    display: block;
    margin-block-end: var(--care-space-1);
    font-size: var(--care-font-size);
    font-weight: 600;
    color: var(--care-color-text-muted);
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .done {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--care-space-3);
    align-items: flex-start;
    color: var(--care-color-success);
  }
  /* "Step 5 of 5" stays above the tick and the words, as on every other step; the words take
     the rest of the line and wrap beside the tick, however narrow the screen. */
  .done .caption {
    flex-basis: 100%;
  }
  .done > span:last-child {
    flex: 1 1 0;
    min-width: 0;
  }
  .done svg {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    margin-top: 0.05em;
  }
  ::slotted(p) {
    margin: 0 0 var(--care-space-4);
  }
  dl {
    margin: 0 0 var(--care-space-5);
    border-top: 1px solid var(--care-color-border);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--care-space-1) var(--care-space-4);
    padding-block: var(--care-space-3);
    border-bottom: 1px solid var(--care-color-border);
  }
  dt {
    flex: 1 1 12em;
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .value {
    flex: 2 1 14em;
  }
  .change {
    min-width: var(--care-target-min);
    min-height: var(--care-target-min);
    padding: 0 var(--care-space-2);
    font: inherit;
    color: var(--care-color-link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    background: none;
    border: 0;
    border-radius: var(--care-radius);
    cursor: pointer;
  }
  .change:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: 0;
  }
  @media (forced-colors: active) {
    .change {
      color: LinkText;
    }
    .done {
      color: CanvasText;
    }
  }
`;
