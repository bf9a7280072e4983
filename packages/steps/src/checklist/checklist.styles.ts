import { css } from 'lit';

// The native checkbox is stretched over its whole card and draws the card's border, as
// Caremode's own checkboxes do: the card is the target, the input stays a real input.
export const checklistStyles = css`
  :host {
    display: block;
    margin-block-end: var(--care-space-5);
    --_box: max(1.5em, calc(var(--care-target-min) * 0.6));
    --_pad: var(--care-space-3);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--care-space-1);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .count {
    margin: 0 0 var(--care-space-2);
    color: var(--care-color-text-muted);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  label {
    display: block;
    position: relative;
    min-height: var(--care-target-min);
    margin-block-end: var(--care-target-gap);
    padding: var(--_pad);
    padding-inline-start: calc(var(--_pad) * 2 + var(--_box));
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  input {
    appearance: none;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    background: transparent;
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: var(--care-radius);
    cursor: inherit;
  }
  input:hover {
    border-color: var(--care-color-primary);
  }
  /* Ticked is shown by shape and weight, not colour alone: a tick and a border twice as thick. */
  input:checked {
    border-color: var(--care-color-primary);
    border-width: calc(var(--care-border-width) * 2);
  }
  input:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .box {
    position: absolute;
    inset-inline-start: var(--_pad);
    top: calc(var(--_pad) + (var(--care-line-height) * 1em - var(--_box)) / 2);
    display: grid;
    place-items: center;
    width: var(--_box);
    height: var(--_box);
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: calc(var(--care-radius) / 2);
    pointer-events: none;
  }
  :checked + .box {
    background: var(--care-color-primary);
    border-color: var(--care-color-primary);
  }
  :checked + .box::after {
    content: '';
    width: 30%;
    height: 60%;
    margin-block-end: 12%;
    border: solid var(--care-color-on-primary);
    border-width: 0 0.2em 0.2em 0;
    rotate: 45deg;
  }
  @media (forced-colors: active) {
    input {
      border-color: ButtonText;
    }
    input:checked {
      border-color: Highlight;
    }
    .box,
    .box::after {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    :checked + .box {
      background: Highlight;
    }
    :checked + .box::after {
      background: none;
      border-color: HighlightText;
    }
  }
`;
