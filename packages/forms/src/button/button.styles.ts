import { css, unsafeCSS } from 'lit';

// The same rules style the button this element renders and a native <button> the portal wrote
// inside it (the enhancing path), so both look and measure alike. Variants only set private
// custom properties on the host, which both inherit.
const both = (state = '') => unsafeCSS(`.control${state},::slotted(button${state})`);

export const buttonStyles = css`
  :host {
    --_bg: var(--care-color-primary);
    --_fg: var(--care-color-on-primary);
    --_border: var(--care-color-primary);
    --_hover: var(--care-color-primary-hover);
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }
  :host([variant='secondary']) {
    --_bg: var(--care-color-background);
    --_fg: var(--care-color-primary);
    --_hover: var(--care-color-surface);
  }
  :host([variant='warning']) {
    --_bg: var(--care-color-warning);
    --_fg: var(--care-color-on-warning);
    --_border: var(--care-color-warning);
    --_hover: var(--care-color-warning-hover);
  }
  :host([variant='quiet']) {
    --_bg: transparent;
    --_fg: var(--care-color-link);
    --_border: transparent;
    --_hover: var(--care-color-surface);
    --_underline: underline;
  }
  :host([full-width]:not([full-width='narrow'])) {
    display: block;
    --_width: 100%;
  }
  @media (max-width: 30em) {
    :host([full-width='narrow']) {
      display: block;
      --_width: 100%;
    }
  }
  ${both()} {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--care-space-2);
    box-sizing: border-box;
    width: var(--_width, auto);
    min-width: var(--care-target-min);
    min-height: var(--care-target-min);
    max-width: 100%;
    margin: 0;
    padding: var(--care-space-2) var(--care-space-4);
    font: inherit;
    font-weight: 600;
    text-align: center;
    text-decoration: var(--_underline, none);
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
    color: var(--_fg);
    background: var(--_bg);
    border: var(--care-border-width) solid var(--_border);
    border-radius: var(--care-radius);
    cursor: pointer;
    transition: background-color var(--care-duration);
  }
  ${both(':hover')} {
    background: var(--_hover);
  }
  ${both(':focus-visible')} {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  ${both(':disabled')},${both('[aria-disabled=true]')} {
    color: var(--care-color-text-muted);
    background: var(--care-color-surface);
    border: var(--care-border-width) dashed var(--care-color-border);
    cursor: not-allowed;
    text-decoration: none;
  }
  ::slotted([slot^='icon']) {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 0.2em solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.9s linear infinite var(--care-animation-state, running);
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
  @media (forced-colors: active) {
    ${both()} {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    ${both(':hover')},${both(':focus-visible')} {
      border-color: Highlight;
      outline-color: Highlight;
    }
    ${both(':disabled')},${both('[aria-disabled=true]')} {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
