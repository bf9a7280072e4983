// What README.md asks of a portal without a bundler: the page, and the packages its import map
// names copied from node_modules to /vendor on the portal's own server.
import { cpSync, rmSync } from 'node:fs';

const vendored = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@caremode/tokens', '@caremode/core', '@caremode/forms', '@caremode/drop-in'];
rmSync('dist', { recursive: true, force: true });
for (const file of ['index.html', 'app.js']) cpSync(file, `dist/${file}`);
for (const pkg of vendored) cpSync(`node_modules/${pkg}`, `dist/vendor/${pkg}`, { recursive: true });
