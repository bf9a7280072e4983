import { css } from 'lit';

/*
 * One stylesheet for the cards of radios and checkboxes, in both paths: inside the shadow root
 * (where the wrapper carries `data-care-choice`) and, adopted by the page, for the portal's own
 * inputs (where the host carries it). Parts are matched by `data-care-part`, never by class, so
 * a portal's classes cannot collide with them.
 *
 * The native input is stretched over its whole card and draws the card's border: the target is
 * the card (44 px; 60 px in care mode) while the input stays a real input for forms, autofill
 * and assistive technology, and `:checked` styles need no script. The visible box is a separate
 * span, because pseudo-elements on inputs are unreliable across browsers.
 */
export const choiceStyles = css`
  :host([slot^='care-option-']) {
    display: inline;
    margin: 0;
  }
  /* Rendered on a server, which cannot see the options: each shows on its own line until the script makes its card. */
  fieldset slot:not([name])::slotted(*) {
    display: block;
    margin-block-end: var(--care-target-gap);
  }
  /* Light DOM does not inherit the shadow root's box-sizing. */
  [data-care-choice] [data-care-part] {
    box-sizing: border-box;
  }
  [data-care-choice] {
    --_box: max(1.5em, calc(var(--care-target-min) * 0.6));
    --_pad: var(--care-space-3);
  }
  fieldset[data-care-choice],
  [data-care-choice] fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset[data-care-choice]:focus-visible,
  [data-care-choice] fieldset:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  [data-care-choice] legend {
    padding: 0;
    margin-block-end: var(--care-space-1);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  [data-care-choice] [data-care-part='hint'] {
    display: block;
    margin-block-end: var(--care-space-2);
    color: var(--care-color-text-muted);
  }
  [data-care-choice] [data-care-part='error'] {
    display: flex;
    align-items: flex-start;
    gap: var(--care-space-2);
    margin-block-end: var(--care-space-2);
    color: var(--care-color-danger);
    font-weight: 700;
  }
  [data-care-choice] [data-care-part='error'] svg {
    margin-block-start: 0.15em;
  }
  [data-care-choice] [hidden] {
    display: none;
  }
  [data-care-choice] [data-care-part='option'] {
    display: block;
    position: relative;
    min-height: var(--care-target-min);
    margin: 0 0 var(--care-target-gap);
    padding: var(--_pad);
    padding-inline-start: calc(var(--_pad) * 2 + var(--_box));
    border-radius: var(--care-radius);
    color: var(--care-color-text);
    background: var(--care-color-background);
    font-weight: inherit;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  [data-care-choice] [data-care-part='control'] {
    appearance: none;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 1;
    font: inherit;
    background: transparent;
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: var(--care-radius);
    cursor: inherit;
    transition: border-color var(--care-duration);
  }
  [data-care-choice] [data-care-part='control']:hover {
    border-color: var(--care-color-primary);
  }
  /* Checked is shown by shape and weight, not colour alone: a dot or tick and a border twice as thick. */
  [data-care-choice] [data-care-part='control']:checked {
    border-color: var(--care-color-primary);
    border-width: calc(var(--care-border-width) * 2);
  }
  [data-care-choice] [data-care-part='control']:focus-visible {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  [data-care-choice] [data-care-part='control']:disabled {
    border-color: var(--care-color-border);
    border-style: dashed;
    cursor: not-allowed;
  }
  [data-care-choice] [data-care-part='box'] {
    position: absolute;
    inset-inline-start: var(--_pad);
    top: calc(var(--_pad) + (var(--care-line-height) * 1em - var(--_box)) / 2);
    display: grid;
    place-items: center;
    width: var(--_box);
    height: var(--_box);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: calc(var(--care-radius) / 2);
    pointer-events: none;
  }
  [data-care-choice] [type='radio'] + [data-care-part='box'] {
    border-radius: 50%;
  }
  [data-care-choice] :checked + [data-care-part='box'] {
    border-color: var(--care-color-primary);
  }
  [data-care-choice] [type='radio']:checked + [data-care-part='box']::after {
    content: '';
    width: 50%;
    height: 50%;
    border-radius: 50%;
    background: var(--care-color-primary);
  }
  [data-care-choice] [type='checkbox']:checked + [data-care-part='box'] {
    background: var(--care-color-primary);
  }
  [data-care-choice] [type='checkbox']:checked + [data-care-part='box']::after {
    content: '';
    width: 30%;
    height: 60%;
    margin-block-end: 12%;
    border: solid var(--care-color-on-primary);
    border-width: 0 0.2em 0.2em 0;
    rotate: 45deg;
  }
  [data-care-choice] :disabled + [data-care-part='box'] {
    border-style: dashed;
  }
  [data-care-choice] [data-care-part='text'],
  [data-care-choice] [data-care-part='description'] {
    display: block;
  }
  [data-care-choice] [data-care-part='description'] {
    color: var(--care-color-text-muted);
  }
  @media (prefers-reduced-motion: reduce) {
    [data-care-choice] [data-care-part='control'] {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [data-care-choice] [data-care-part='control'] {
      border-color: ButtonText;
    }
    [data-care-choice] [data-care-part='control']:checked,
    [data-care-choice] [data-care-part='control']:focus-visible {
      border-color: Highlight;
      outline-color: Highlight;
    }
    [data-care-choice] [data-care-part='control']:disabled {
      border-color: GrayText;
    }
    /* The box is drawn by hand, so it keeps its shapes and takes system colours explicitly. */
    [data-care-choice] [data-care-part='box'],
    [data-care-choice] [data-care-part='box']::after {
      forced-color-adjust: none;
    }
    [data-care-choice] [data-care-part='box'] {
      background: Canvas;
      border-color: CanvasText;
    }
    [data-care-choice] :checked + [data-care-part='box'] {
      border-color: Highlight;
    }
    [data-care-choice] [type='radio']:checked + [data-care-part='box']::after,
    [data-care-choice] [type='checkbox']:checked + [data-care-part='box'] {
      background: Highlight;
    }
    [data-care-choice] [type='checkbox']:checked + [data-care-part='box']::after {
      border-color: HighlightText;
    }
    [data-care-choice] :disabled + [data-care-part='box'] {
      border-color: GrayText;
    }
    [data-care-choice] [data-care-part='error'] {
      color: CanvasText;
    }
  }
`;
