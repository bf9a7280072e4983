// The page's own script: its state, and the Caremode events it listens to.
const state = { name: '', careMode: '' };
const show = () => {
  document.querySelector('#cm-name-state').textContent = state.name;
  document.querySelector('#cm-event').textContent = state.careMode;
};

document.querySelector('#cm-name').addEventListener('input', (event) => {
  state.name = event.target.value;
  show();
});
document.querySelector('#cm-toggle').addEventListener('care-mode-change', (event) => {
  state.careMode = event.detail.careMode ? 'on' : 'off';
  show();
});
for (const lang of ['vi', 'en']) {
  document.querySelector(`#cm-lang-${lang}`).addEventListener('click', () => (document.documentElement.lang = lang));
}
