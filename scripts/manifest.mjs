// custom-elements.json from the JSDoc API headers. One analysis over every package, so an
// element inherits the attributes of its base class in another package (name, disabled from
// core's FormControl); then split into one manifest per package, published with it. The
// merged one at the top feeds Storybook's docs pages.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, workspacePackages } from './packages.mjs';

// The analyzer takes --outdir relative to the working folder.
const outDir = '.cem-tmp';
const out = join(root, outDir);
execFileSync(
  join(root, 'node_modules', '.bin', 'custom-elements-manifest'),
  [
    'analyze', '--litelement',
    '--globs', 'packages/*/src/**/*.ts',
    '--exclude', 'packages/*/src/**/*.test.ts',
    '--exclude', 'packages/*/src/**/*.examples.ts',
    // Angular's directive is no element: its API is documented in packages/angular/README.md.
    '--exclude', 'packages/angular/**',
    '--outdir', outDir, '--quiet',
  ],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
const merged = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });

// The manifest is the public API (docs pages, editors, framework wrappers): private and
// protected members, statics and internal state stay out of it.
for (const module of merged.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.members) continue;
    declaration.members = declaration.members.filter(
      (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !/^[_#]|Callback$/.test(m.name),
    );
  }
}
writeFileSync(join(root, 'custom-elements.json'), JSON.stringify(merged, null, 2));

for (const pkg of workspacePackages()) {
  const prefix = `packages/${pkg.folder}/`;
  const modules = merged.modules
    .filter((m) => m.path.startsWith(prefix))
    .map((m) => ({ ...m, path: m.path.slice(prefix.length) }));
  writeFileSync(join(pkg.dir, 'custom-elements.json'), JSON.stringify({ ...merged, modules }, null, 2));
}
const tags = merged.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
console.log(`custom-elements.json: ${tags.length} elements (${tags.join(', ')})`);
