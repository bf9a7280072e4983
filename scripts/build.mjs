// Builds every package: tsc (types and JS) -> rollup (minified ESM per module) -> .d.ts copied
// beside it -> the drop-in's one-script bundles -> custom-elements.json from the JSDoc headers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root, walk, workspacePackages } from './packages.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => join(root, 'node_modules', '.bin', name);

rmSync(join(root, 'build'), { recursive: true, force: true });
for (const pkg of workspacePackages()) rmSync(join(pkg.dir, 'dist'), { recursive: true, force: true });

run('node', [join(root, 'scripts', 'generate-tokens.mjs')]);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run('node', [join(root, 'scripts', 'build-drop-in.mjs')]);

// Angular libraries (a package with ng-package.json) are compiled by ng-packagr in partial mode,
// so apps link them ahead of time; it writes dist/ with its own package.json, which is the one
// published (scripts/pack.mjs packs that folder, as publishConfig.directory says).
for (const pkg of workspacePackages().filter((p) => existsSync(join(p.dir, 'ng-package.json')))) {
  run(bin('ng-packagr'), ['-p', join(pkg.dir, 'ng-package.json'), '-c', join(pkg.dir, 'tsconfig.lib.json')]);
  const manifest = join(pkg.dir, 'dist', 'package.json');
  const { publishConfig: { directory, ...publishConfig } = {}, ...json } = JSON.parse(readFileSync(manifest, 'utf8'));
  // The folder is named from the package's root; inside it the field would point nowhere.
  writeFileSync(manifest, `${JSON.stringify(Object.keys(publishConfig).length ? { ...json, publishConfig } : json, null, 2)}\n`);
}

for (const pkg of workspacePackages()) {
  const compiled = join(root, 'build', pkg.folder, 'src');
  for (const file of walk(compiled).filter((f) => f.endsWith('.d.ts'))) {
    const target = join(pkg.dir, 'dist', relative(compiled, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

// @caremode/audit is plain JavaScript with JSDoc: tsc checks it (strict) and emits its .d.ts
// into packages/audit/types, after the copy above has given @caremode/tokens its types.
rmSync(join(root, 'packages', 'audit', 'types'), { recursive: true, force: true });
run(bin('tsc'), ['-p', join(root, 'packages', 'audit', 'tsconfig.json')]);

run('node', [join(root, 'scripts', 'manifest.mjs')]);
// React and Vue bindings are generated from the manifest just written (scripts/framework-types.mjs).
run('node', [join(root, 'scripts', 'framework-types.mjs')]);
console.log('Built', workspacePackages().map((p) => p.name).join(', '));
