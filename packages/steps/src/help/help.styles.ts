import { css } from 'lit';

export const helpStyles = css`
  :host {
    display: block;
    margin-block-start: var(--care-space-6);
  }
  section {
    padding: var(--care-space-4);
    background: var(--care-color-surface);
    border-top: var(--care-focus-width) solid var(--care-color-primary);
  }
  .title {
    margin: 0 0 var(--care-space-3);
    font-size: var(--care-font-size-heading);
    font-weight: 700;
    line-height: 1.3;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    gap: var(--care-space-3);
    margin-block-end: var(--care-space-4);
  }
  li > div {
    min-width: 0;
  }
  svg {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: var(--care-color-primary);
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: var(--care-target-min);
    color: var(--care-color-link);
    font-weight: 700;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }
  a:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .tel {
    font-size: 1.25em;
    letter-spacing: 0.03em;
  }
  .muted {
    color: var(--care-color-text-muted);
  }
  code {
    font: inherit;
    font-weight: 700;
    letter-spacing: 0.1em;
  }
  @media (forced-colors: active) {
    section {
      border: 1px solid CanvasText;
    }
    svg {
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
