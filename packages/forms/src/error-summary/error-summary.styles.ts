import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
    margin-block-end: var(--care-space-5);
  }
  .summary {
    padding: var(--care-space-4);
    border: var(--care-focus-width) solid var(--care-color-danger);
    background: var(--care-color-background);
  }
  .summary:focus {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .title {
    display: flex;
    gap: var(--care-space-2);
    align-items: center;
    margin: 0 0 var(--care-space-3);
    font-size: var(--care-font-size-heading);
    line-height: 1.3;
    color: var(--care-color-text);
  }
  .title svg {
    flex: none;
    width: 1em;
    height: 1em;
    color: var(--care-color-danger);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-block-start: var(--care-target-gap);
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: var(--care-target-min);
    color: var(--care-color-danger);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }
  a:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .fixed {
    margin: 0;
    padding: var(--care-space-3) var(--care-space-4);
    border-inline-start: var(--care-focus-width) solid var(--care-color-success);
    color: var(--care-color-success);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
