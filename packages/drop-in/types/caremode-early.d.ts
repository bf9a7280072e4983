// dist/caremode-early.js is the early snippet as a file, for portals whose Content-Security-Policy
// allows no inline script: <script src=".../caremode-early.js"></script> in <head>, before any
// stylesheet, so care mode paints from the first frame. A classic script: it exports nothing.
// The same snippet as a string, to inline it: `earlySnippet` from '@caremode/drop-in'.
export {};
