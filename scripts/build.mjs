// Builds every package: tsc (types and JS) -> rollup (minified ESM per module) -> .d.ts copied
// beside it -> the drop-in's one-script bundles -> custom-elements.json from the JSDoc headers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
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

for (const pkg of workspacePackages()) {
  const compiled = join(root, 'build', pkg.folder, 'src');
  for (const file of walk(compiled).filter((f) => f.endsWith('.d.ts'))) {
    const target = join(pkg.dir, 'dist', relative(compiled, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

run('node', [join(root, 'scripts', 'manifest.mjs')]);
// React and Vue bindings are generated from the manifest just written (scripts/framework-types.mjs).
run('node', [join(root, 'scripts', 'framework-types.mjs')]);
console.log('Built', workspacePackages().map((p) => p.name).join(', '));
