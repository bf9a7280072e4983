import { css } from 'lit';

export const walletStyles = css`
  :host {
    display: block;
  }
  fieldset {
    margin: 0 0 var(--care-space-4);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    margin-block-end: var(--care-space-2);
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--care-target-gap);
  }
  label {
    position: relative;
    flex: 1 1 9rem;
    display: flex;
  }
  /* The real radio covers the whole option, so the target a finger hits is the radio itself. */
  input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  input:focus-visible + .option {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  .option {
    flex: 1;
    display: flex;
    align-items: center;
    gap: var(--care-space-3);
    min-height: var(--care-target-min);
    padding: var(--care-space-2) var(--care-space-3);
    color: var(--care-color-text);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-radius: var(--care-radius);
    overflow-wrap: anywhere;
  }
  .initials {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    font-weight: 700;
    color: var(--care-color-on-primary);
    background: var(--care-color-primary);
  }
  .check {
    display: none;
    margin-inline-start: auto;
    color: var(--care-color-primary);
  }
  /* Chosen: a thicker border, bold name and a check mark, not colour alone. */
  input:checked + .option {
    border-width: var(--care-focus-width);
    border-color: var(--care-color-primary);
    font-weight: 700;
  }
  input:checked + .option .check {
    display: block;
  }
  @media (forced-colors: active) {
    input:checked + .option {
      border-color: Highlight;
    }
    .initials {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    fieldset {
      display: none;
    }
  }
`;
