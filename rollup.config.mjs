import terser from '@rollup/plugin-terser';
import { join, relative } from 'node:path';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { root, walk, workspacePackages } from './scripts/packages.mjs';

// tsc has already compiled every package into build/<folder>/src (see scripts/build.mjs).
// Rollup minifies each into packages/<folder>/dist, module for module, so the .d.ts files that
// tsc wrote sit beside the code they describe and bundlers downstream can still tree-shake.
// lit and other @caremode packages stay external: one copy of each on a portal's page.
const external = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@caremode/') || id.startsWith('node:');

export default workspacePackages()
  .map((pkg) => {
    const compiled = join(root, 'build', pkg.folder, 'src');
    const input = walk(compiled).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js'));
    if (!input.length) return undefined;
    return {
      input: Object.fromEntries(input.map((f) => [relative(compiled, f).replace(/\.js$/, ''), f])),
      external: (id) => external(id) || (pkg.json.dependencies && Object.keys(pkg.json.dependencies).some((d) => id === d || id.startsWith(`${d}/`))),
      plugins: [minifyLiterals()],
      output: {
        dir: join(pkg.dir, 'dist'),
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: compiled,
        entryFileNames: '[name].js',
        plugins: [terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } })],
      },
      onwarn(warning, warn) {
        if (warning.code === 'THIS_IS_UNDEFINED') return;
        warn(warning);
      },
    };
  })
  .filter(Boolean);
