import { css } from 'lit';

export const qrCodeStyles = css`
  :host {
    display: block;
  }
  :host([fit='contain']) {
    position: relative;
    min-height: 0;
  }
  .ruler {
    height: 0;
  }
  :host([fit='contain']) .ruler {
    position: absolute;
    inset: 0;
    height: auto;
  }
  .symbol {
    display: flex;
    flex-direction: column;
    align-items: center;
  }
  :host([fit='contain']) .symbol {
    position: absolute;
    inset: 0;
    justify-content: center;
  }
  .pending {
    aspect-ratio: 1;
  }
  svg:not(.icon) {
    display: block;
    max-width: none;
    /* Scanners need dark on light: the symbol keeps its own black and white in forced colours. */
    forced-color-adjust: none;
  }
  .stage svg {
    position: absolute;
    inset: 0;
    margin: auto;
  }
  .small svg:not(.icon) {
    display: none;
  }
  .error,
  .too-small {
    width: 100%;
    padding: var(--care-space-3);
    border: var(--care-border-width) dashed var(--care-color-border);
    border-radius: var(--care-radius);
  }
  .too-small {
    cursor: pointer;
  }
  .error {
    display: flex;
    gap: var(--care-space-2);
  }
  .error .icon {
    color: var(--care-color-danger);
  }
  :host > .button {
    display: flex;
    margin: var(--care-space-3) auto 0;
  }
  .title {
    font-size: var(--care-font-size-heading);
    font-weight: 700;
    line-height: 1.3;
  }
  @media print {
    .small svg:not(.icon) {
      display: block;
    }
    .too-small {
      display: none;
    }
    svg:not(.icon) {
      width: 100%;
      height: auto;
    }
  }
`;
