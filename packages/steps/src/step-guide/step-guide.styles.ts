import { css } from 'lit';

export const stepGuideStyles = css`
  :host {
    display: block;
    max-width: 44em;
  }
  .bar {
    height: var(--care-space-2);
    margin-block-end: var(--care-space-5);
    background: var(--care-color-surface);
    border: 1px solid var(--care-color-border);
    border-radius: var(--care-radius);
    overflow: hidden;
  }
  .bar > div {
    height: 100%;
    background: var(--care-color-primary);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--care-target-gap);
    margin-block: var(--care-space-5);
  }
  .read {
    margin-block-end: var(--care-space-4);
  }
  .box {
    margin-block-end: var(--care-space-5);
    padding: var(--care-space-4);
    background: var(--care-color-surface);
    border-inline-start: var(--care-focus-width) solid var(--care-color-primary);
  }
  .box.problem {
    border-color: var(--care-color-danger);
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
    color: var(--care-color-danger);
  }
  p {
    margin: 0 0 var(--care-space-3);
  }
  .detail {
    color: var(--care-color-text-muted);
    overflow-wrap: anywhere;
  }
  .failed {
    color: var(--care-color-danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .bar > div {
      background: Highlight;
    }
    .box {
      border: 1px solid CanvasText;
      border-inline-start-width: var(--care-focus-width);
    }
  }
`;
