// The drop-in's one-script bundles, built from tsc's output in build/ (scripts/build.mjs runs
// this after it): dist/caremode.js (ES module: toggle, settings, host stylesheet, and every
// other element loaded from dist/chunks/ when a page first uses it); dist/caremode.classic.js (a
// classic script that loads it, for portals that cannot add a module script); dist/caremode.css (tokens
// and host stylesheet, for a <link> that paints care mode before any script runs); and
// dist/caremode-early.js (the early snippet as a file, for portals that allow no inline script).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { minifyLiterals } from './minify-literals.mjs';
import { root, workspacePackages } from './packages.mjs';

const packages = new Map(workspacePackages().map((p) => [p.name, p]));
const dist = join(root, 'packages', 'drop-in', 'dist');

/** The `source` target of an exports subpath, `*` patterns included. */
function exportedSource(exports, subpath) {
  for (const [key, target] of Object.entries(exports)) {
    const source = typeof target === 'object' ? target.source : undefined;
    if (!source) continue;
    if (key === subpath) return source;
    const [before, after] = key.split('*');
    if (after !== undefined && subpath.startsWith(before) && subpath.endsWith(after)) {
      return source.replace('*', subpath.slice(before.length, subpath.length - after.length));
    }
  }
  return undefined;
}

/** `@caremode/forms/define/care-button.js` -> build/forms/src/define/care-button.js, through the package's exports. */
const caremodeFromBuild = {
  name: 'caremode-from-build',
  resolveId(id) {
    const match = /^(@caremode\/[^/]+)(\/.*)?$/.exec(id);
    if (!match) return null;
    const pkg = packages.get(match[1]);
    if (!pkg) return null;
    const source = exportedSource(pkg.json.exports ?? {}, match[2] ? `.${match[2]}` : '.');
    if (!source) throw new Error(`${id}: no "source" export to build the drop-in from`);
    const file = join(root, 'build', pkg.folder, source.replace(/^\.\//, '').replace(/\.ts$/, '.js'));
    if (!existsSync(file)) throw new Error(`${id}: ${file} is missing (run tsc first)`);
    return file;
  },
};

const input = join(root, 'build', 'drop-in', 'src', 'auto.js');
const plugins = () => [caremodeFromBuild, nodeResolve({ exportConditions: ['browser', 'default'] }), minifyLiterals()];
const minify = terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } });
const onwarn = (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning);

const esm = await rollup({ input, plugins: plugins(), onwarn });
// Each package's strings in one language are a chunk named after both (strings-forms-vi), so the
// size table and a portal's cache rules can find a page's language among the chunks.
const chunkFileNames = ({ facadeModuleId }) => {
  const strings = /build\/([\w-]+)\/src\/locales\/([\w-]+)\.js$/.exec(facadeModuleId ?? '');
  return strings ? `chunks/strings-${strings[1]}-${strings[2]}-[hash].js` : 'chunks/[name]-[hash].js';
};
await esm.write({ dir: dist, format: 'es', entryFileNames: 'caremode.js', chunkFileNames, plugins: [minify] });
await esm.close();

// Portals that cannot add a module script add this classic one: it loads the module build
// beside it (every supported browser has dynamic import) and hands over its own tag's options.
const classicLoader =
  '(function(s){if(!s||!("noModule"in s))return;window[Symbol.for("caremode:drop-in.script")]=s;' +
  'import(new URL("caremode.js",s.src).href)})(document.currentScript);\n';
writeFileSync(join(dist, 'caremode.classic.js'), classicLoader);

const tokens = await import(pathToFileURL(join(root, 'build', 'tokens', 'src', 'index.js')).href);
const { earlySnippet } = await import(pathToFileURL(join(root, 'build', 'drop-in', 'src', 'early-snippet.js')).href);
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'caremode.css'), `${tokens.tokensCss}\n${tokens.hostCss}\n`);
writeFileSync(join(dist, 'caremode-early.js'), `${earlySnippet}\n`);
console.log('Built the drop-in: caremode.js, caremode.classic.js, caremode.css, caremode-early.js');
