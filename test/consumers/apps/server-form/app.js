// The page's own script: its state, and the Caremode events it listens to. The form works
// without it; this only adds what a script can.
const state = { name: '', careMode: '' };
const show = () => {
  document.querySelector('#cm-name-state').textContent = state.name;
  document.querySelector('#cm-event').textContent = state.careMode;
};

document.querySelector('#cm-name')?.addEventListener('input', (event) => {
  state.name = event.target.value;
  show();
});
document.querySelector('#cm-toggle')?.addEventListener('care-mode-change', (event) => {
  state.careMode = event.detail.careMode ? 'on' : 'off';
  // The server renders the next page in the same mode, before any script runs.
  document.cookie = `caremode-care=${event.detail.careMode ? 1 : 0}; path=/; max-age=31536000; samesite=lax`;
  show();
});
for (const lang of ['vi', 'en']) {
  document.querySelector(`#cm-lang-${lang}`)?.addEventListener('click', () => (document.documentElement.lang = lang));
}
