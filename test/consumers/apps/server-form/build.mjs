// The portal's static files: its own script, and the packages the browser loads through the
// import map, copied from node_modules as a portal's deployment would.
import { cpSync, rmSync } from 'node:fs';

const vendored = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client', '@caremode/tokens', '@caremode/core', '@caremode/forms', '@caremode/drop-in'];
rmSync('public', { recursive: true, force: true });
cpSync('app.js', 'public/app.js');
for (const pkg of vendored) cpSync(`node_modules/${pkg}`, `public/vendor/${pkg}`, { recursive: true });
