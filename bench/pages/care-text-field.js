import '@caremode/forms/define/care-text-field.js';

export const tag = 'care-text-field';
export const make = (i) => {
  const el = document.createElement('care-text-field');
  el.setAttribute('label', `Field ${i}`);
  el.setAttribute('name', `f${i}`);
  return el;
};
