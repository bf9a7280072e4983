import '@shoelace-style/shoelace/dist/components/input/input.js';

export const tag = 'sl-input';
export const make = (i) => {
  const el = document.createElement('sl-input');
  el.setAttribute('label', `Field ${i}`);
  el.setAttribute('name', `f${i}`);
  return el;
};
