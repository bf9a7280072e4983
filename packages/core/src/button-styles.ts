import { css } from 'lit';

/**
 * The shape every Caremode button shares, for elements that draw their own `<button>` (or a
 * `.button`) rather than use `<care-button>`: a large target (44 px; 60 px in care mode), the
 * page's font, a strong focus ring on anything focused from the keyboard, and a 1.25em
 * `.icon`. Colours, padding and borders are the element's own. Written inside :where() so that
 * any rule of the element's wins over it.
 */
export const buttonBaseStyles = css`
  :where(button, .button) {
    display: inline-flex;
    align-items: center;
    gap: var(--care-space-2);
    min-width: var(--care-target-min);
    min-height: var(--care-target-min);
    max-width: 100%;
    margin: 0;
    font: inherit;
    font-weight: 600;
    border-radius: var(--care-radius);
    cursor: pointer;
  }
  /* A tap lands on the button itself, never on its icon or words: in WebKit, after a click on an
     element inside a flex <button> in a shadow root, Tab and Shift+Tab leave focus on the button. */
  :where(button, .button) > * {
    pointer-events: none;
  }
  :where(:focus-visible) {
    outline: var(--care-focus-width) solid var(--care-color-focus);
    outline-offset: var(--care-focus-offset);
  }
  :where(.icon) {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
`;
