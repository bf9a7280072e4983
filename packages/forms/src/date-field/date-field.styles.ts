import { css } from 'lit';

export const dateFieldStyles = css`
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  legend {
    max-width: 100%;
    padding: 0;
  }
  .hint span {
    display: block;
  }
  .parts {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--care-space-2) var(--care-space-3);
  }
  .part {
    display: flex;
    flex-direction: column;
  }
  .part label {
    margin-block-end: var(--care-space-1);
  }
  /* Sized to what each part holds (with room for the thicker error border), so the three read
     as one date and fit side by side on a 320 px screen. */
  .part .control {
    --_care-date-digits: 2;
    width: calc(var(--_care-date-digits) * 1ch + 2 * var(--care-space-2) + 2 * var(--care-focus-width));
    min-width: var(--care-target-min);
    padding-inline: var(--care-space-2);
    font-variant-numeric: tabular-nums;
  }
  .year .control {
    --_care-date-digits: 4;
  }
  /* Only the part that is wrong is marked, so the person sees where to look. */
  :host([data-user-invalid]) .control:not([aria-invalid]) {
    border-color: var(--care-color-border);
    border-width: var(--care-border-width);
  }
  @media (forced-colors: active) {
    legend {
      color: CanvasText;
    }
    .control[aria-invalid] {
      border-color: CanvasText;
    }
  }
`;
