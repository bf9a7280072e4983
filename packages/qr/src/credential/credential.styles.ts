import { css, unsafeCSS } from 'lit';

// The paper version, on screen with `paper` and whenever the page prints: sizes in millimetres,
// the holder's full name, no buttons, and black on white whatever the screen theme, because it
// is paper (the colour tokens are set to black and white inside the card, its code included).
// Nothing is printed under 11 pt (14 pt on A4): the holder and the staff read it at arm's length.
const paperRules = (scope: string, a4: string) =>
  unsafeCSS(`
  ${scope} .screen-only, ${scope} .actions, ${scope} .caption { display: none !important; }
  ${scope} .paper-only { display: block; }
  ${scope} .card {
    --care-color-text: #000; --care-color-text-muted: #000; --care-color-background: #fff;
    --care-color-surface: #fff; --care-color-border: #000; --_status: #000;
    --care-font-size: 12pt; --care-font-size-heading: 16pt; --care-line-height: 1.25;
    width: 105mm; max-width: 100%; min-height: 148mm; padding: 6mm; gap: 2mm;
    color: #000; background: #fff; border: 0.4mm solid #000; border-top-width: 3mm; border-radius: 0;
    font-size: var(--care-font-size); line-height: var(--care-line-height);
  }
  ${scope} .holder { grid-template-columns: 1fr auto; gap: 2mm; }
  ${scope} care-qr-code { width: min(54mm, 100%); margin: 0 auto; }
  ${scope} .facts, ${scope} .issuer, ${scope} .note { font-size: 11pt; gap: 0.5mm; }
  ${a4} .card {
    --care-font-size: 14pt; --care-font-size-heading: 20pt;
    width: 210mm; min-height: 297mm; padding: 16mm; gap: 6mm;
  }
  ${a4} care-qr-code { width: min(120mm, 100%); }
  ${a4} .facts, ${a4} .issuer, ${a4} .note { font-size: 14pt; }
`);

export const credentialStyles = css`
  :host {
    display: block;
    max-width: 34rem;
  }
  .primary {
    color: var(--care-color-on-primary);
    background: var(--care-color-primary);
  }
  .primary:hover {
    background: var(--care-color-primary-hover);
  }
  :host([paper]) {
    max-width: none;
  }
  .card,
  .panel {
    container-type: inline-size;
  }
  .card,
  .panel {
    --_status: var(--care-color-text-muted);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--care-space-4);
    padding: var(--care-space-4);
    background: var(--care-color-background);
    border: var(--care-border-width) solid var(--care-color-border);
    border-top: var(--care-space-2) solid var(--_status);
    border-radius: var(--care-radius);
  }
  .valid {
    --_status: var(--care-color-success);
  }
  .caution {
    --_status: var(--care-color-caution);
  }
  .stop,
  .expired {
    --_status: var(--care-color-danger);
  }
  .label {
    font-size: var(--care-font-size-heading);
    font-weight: 700;
    line-height: 1.3;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--care-space-2) var(--care-space-3);
    color: var(--_status);
    font-weight: 700;
  }
  .caption {
    flex-basis: 100%;
    color: var(--care-color-text);
    font-weight: 400;
  }
  .status .icon {
    width: 2.5em;
    height: 2.5em;
  }
  /* Large, but never wider than the card: one long word ("Kedaluwarsa") must fit 320 px. */
  .word {
    font-size: min(calc(var(--care-font-size) * 1.75), 13cqi);
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .holder {
    display: grid;
    gap: var(--care-space-2);
    margin: 0;
  }
  dt {
    color: var(--care-color-text-muted);
  }
  dd {
    margin: 0;
    font-size: var(--care-font-size-heading);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    gap: var(--care-space-1);
  }
  .saved {
    padding: var(--care-space-2) var(--care-space-3);
    border-inline-start: var(--care-focus-width) solid var(--care-color-caution);
    background: var(--care-color-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--care-target-gap);
  }
  .actions .button {
    flex: 1 1 12rem;
  }
  .paper-only {
    display: none;
  }
  .panel .close {
    align-self: flex-end;
  }
  /* Very large, on one line with its icon, and never wider than the screen. */
  .big {
    flex-wrap: nowrap;
    font-size: min(calc(var(--care-font-size) * 3), 11cqi);
  }
  .big .word {
    font-size: inherit;
  }
  .big .icon {
    width: 1.1em;
    height: 1.1em;
  }
  /* The code takes the width of a phone held upright; what follows may scroll. */
  .panel care-qr-code {
    flex: 1 0 auto;
    min-height: min(100cqi, 65vh);
  }
  .who {
    font-size: var(--care-font-size-heading);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .card {
      border-top-color: CanvasText;
    }
  }
  ${paperRules(':host([paper])', ":host([paper='a4'])")}
  @media print {
    ${paperRules(':host', ":host([paper='a4'])")}
  }
`;
