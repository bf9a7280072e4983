import { css } from 'lit';

/**
 * The bordered buttons and selects of the toggle and the settings, on top of core's button
 * shape. One stylesheet object for both, so a page that has the two pays for these rules once.
 */
export const controlStyles = css`
  button,
  select {
    padding: var(--care-space-1) var(--care-space-3);
    color: var(--care-color-text);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
  }
  select {
    min-height: var(--care-target-min);
    min-width: var(--care-target-min);
    max-width: 100%;
    margin: 0;
    font: inherit;
    border-radius: var(--care-radius);
  }
  button {
    text-align: start;
  }
  button:hover {
    border-color: var(--care-color-primary);
  }
`;
