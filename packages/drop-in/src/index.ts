export { CareModeToggle, type TogglePlacement, type ToggleCorner } from './toggle/toggle.js';
export { CareSettings } from './settings/settings.js';
export { openSettings } from './settings/open-settings.js';
export { adoptHostStyles } from './host/host-styles.js';
export { earlySnippet } from './early-snippet.js';
export { autoload, loadElement, loadAll } from './autoload.js';
export { lazyElements } from './lazy-elements.js';
