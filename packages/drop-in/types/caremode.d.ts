// dist/caremode.js, the one-script drop-in, is meant for a page's
// <script type="module" src=".../caremode.js"> tag: loading it adds the care-mode toggle,
// settings and host stylesheet, and loads every other element when the page first uses it.
// Importing it from a bundled app does the same. What it exports is for its own lazy chunks
// (dist/chunks/), not an API: import '@caremode/drop-in' for the typed API instead.
export {};
