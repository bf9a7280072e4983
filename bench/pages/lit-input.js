import { LitElement, css, html } from 'lit';

// The floor: a bare Lit element with a label and an input, nothing else.
class BareInput extends LitElement {
  static properties = { label: {}, name: {} };
  static styles = css`
    :host { display: block; }
    input { display: block; min-height: 44px; font: inherit; }
  `;
  render() {
    return html`<label for="i">${this.label}</label><input id="i" name=${this.name ?? ''} />`;
  }
}
customElements.define('bare-input', BareInput);

export const tag = 'bare-input';
export const make = (i) => {
  const el = document.createElement('bare-input');
  el.setAttribute('label', `Field ${i}`);
  el.setAttribute('name', `f${i}`);
  return el;
};
