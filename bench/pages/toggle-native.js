import { adoptTokens, getPreferencesStore } from '@caremode/core';
import { adoptHostStyles } from '@caremode/drop-in';

// The same form written in native HTML, in care mode through the drop-in's host stylesheet.
adoptTokens();
adoptHostStyles();

export function make(i) {
  const kind = i % 3;
  const wrap = document.createElement('div');
  if (kind === 0) wrap.innerHTML = `<label for="f${i}">Field ${i}</label><input id="f${i}">`;
  else if (kind === 1) wrap.innerHTML = `<label><input type="checkbox"> Option ${i}</label>`;
  else wrap.innerHTML = `<button type="button">Action ${i}</button>`;
  wrap.updateComplete = Promise.resolve();
  return wrap;
}

export const store = getPreferencesStore;
