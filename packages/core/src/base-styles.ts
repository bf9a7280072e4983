import { css } from 'lit';

/** Styles every Caremode element starts from. Tokens only: no raw colours or sizes. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--care-font-family);
    font-size: var(--care-font-size);
    line-height: var(--care-line-height);
    color: var(--care-color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-play-state: paused !important;
      transition: none !important;
    }
  }
`;
