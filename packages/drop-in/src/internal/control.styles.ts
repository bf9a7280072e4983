import { css } from 'lit';

/**
 * The large bordered buttons and selects of the toggle and the settings. One stylesheet object
 * for both, so a page that has the two pays for these rules once.
 */
export const controlStyles = css`
  button,
  select {
    min-height: var(--care-target-min);
    min-width: var(--care-target-min);
    max-width: 100%;
    margin: 0;
    padding: var(--care-space-1) var(--care-space-3);
    font: inherit;
    color: var(--care-color-text);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: var(--care-radius);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--care-space-2);
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--care-color-primary);
  }
  :focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
`;
