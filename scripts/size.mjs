// Measures every public entry (minified, gzip, brotli; with Lit bundled and without) and checks
// bench/size-budgets.json. Sizes are of the first load: the entry and its static imports; what
// it loads later through import() is printed as "+on demand". Run after `npm run build`: it measures the published dist files.
// --json FILE writes the results (used by npm test to count passed and failed budgets).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root, walk, workspacePackages } from './packages.mjs';

const { budgets, nodePackages = [] } = JSON.parse(readFileSync(join(root, 'bench', 'size-budgets.json'), 'utf8'));
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;

// Bare Lit, and Lit plus the smallest possible Caremode element: the floor every component pays.
const virtual = {
  'floor: bare Lit': `import { LitElement, html } from 'lit';
    customElements.define('x-floor', class extends LitElement { render() { return html\`<button><slot></slot></button>\`; } });`,
  'floor: Lit + core base': `import { CareElement, defineElement } from '@caremode/core';
    import { html } from 'lit';
    defineElement('x-floor', class extends CareElement { render() { return html\`<button><slot></slot></button>\`; } });`,
  // What a portal loads for a step-by-step guide with help on every step (Part 6's size goal).
  'steps: guide + step + help': `import '@caremode/steps/define/care-step-guide.js';
    import '@caremode/steps/define/care-step.js';
    import '@caremode/steps/define/care-help.js';`,
  // care-qr-code fetches its encoder when it first draws a code; Part 4's goal counts both.
  'qr: care-qr-code with its encoder': `import '@caremode/qr/define/care-qr-code.js';
    export * from ${JSON.stringify(join(root, 'packages', 'qr', 'dist', 'qr-code', 'encode.js'))};`,
};

/** Public entries from each package's exports map, wildcards expanded against dist. */
function publicEntries() {
  const entries = [];
  for (const pkg of workspacePackages().filter((p) => !nodePackages.includes(p.name))) {
    for (const [subpath, target] of Object.entries(pkg.json.exports ?? {})) {
      const file = typeof target === 'string' ? target : target.default;
      if (!file?.endsWith('.js')) continue;
      if (subpath.includes('*')) {
        const [before, after] = file.split('*');
        for (const f of walk(join(pkg.dir, before)).filter((x) => x.endsWith(after) && !x.endsWith('.d.ts'))) {
          const star = f.slice(join(pkg.dir, before).length, f.length - after.length);
          entries.push({ name: `${pkg.name}/${subpath.slice(2).replace('*', star)}`, file: f });
        }
      } else {
        // An entry with no `source` condition is a file shipped as built: the drop-in's bundles.
        const built = typeof target === 'string' || !target.source;
        entries.push({ name: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, file: join(pkg.dir, file), built });
      }
    }
  }
  return entries;
}

async function measure(code, withLit) {
  const bundle = await rollup({
    input: 'entry',
    external: withLit ? [] : (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null) },
      nodeResolve({ exportConditions: ['browser', 'import', 'default'], rootDir: root }),
      terser({ module: true, ecma: 2021, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  // What loads before the entry works: the entry chunk and what it imports statically. Parts
  // behind a dynamic import() (engines, readers) load later and are reported apart.
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const first = new Set();
  const visit = (name) => {
    if (first.has(name) || !chunks.has(name)) return;
    first.add(name);
    chunks.get(name).imports.forEach(visit);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  const sizes = (codes) => {
    const buf = Buffer.from(codes.join(''));
    return {
      min: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  const firstLoad = sizes([...first].map((name) => chunks.get(name).code));
  const everything = sizes(output.map((o) => o.code ?? ''));
  return { ...firstLoad, gzipAll: everything.gzip };
}

/** A file as a browser downloads it: already bundled and minified. */
function measureFile(files) {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  const sizes = {
    min: buf.length,
    gzip: files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0),
    brotli: files.reduce((n, f) => n + brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
  return sizes;
}

const rows = [];
for (const entry of publicEntries().filter((e) => e.built)) {
  const name = `${entry.name} (file as shipped)`;
  const add = (label, files) => {
    const sizes = measureFile(files);
    const budget = budgets[label]?.gzipWithLit;
    rows.push({ name: label, withLit: sizes, withoutLit: sizes, budget, ok: budget === undefined || sizes.gzip <= budget });
  };
  add(name, [entry.file]);
  // What loads on demand beside it, each file compressed on its own as a server sends it.
  const chunks = walk(join(dirname(entry.file), 'chunks')).filter((f) => f.endsWith('.js'));
  if (entry.file.endsWith('caremode.js') && chunks.length) {
    add(`${entry.name} + every on-demand chunk`, [entry.file, ...chunks]);
    // On a page in another language the toggle waits for its strings in that language too.
    for (const chunk of chunks.filter((f) => /\/strings-drop-in-/.test(f))) {
      add(`${entry.name} + ${/strings-drop-in-([\w-]+?)-[\w-]{8}\.js$/.exec(chunk)[1]} strings`, [entry.file, chunk]);
    }
  }
}
// Strings in languages other than English: each package's, per language, loaded on demand.
for (const pkg of workspacePackages()) {
  for (const file of walk(join(pkg.dir, 'dist', 'locales')).filter((f) => /\/(?!index)[\w-]+\.js$/.test(f))) {
    const sizes = measureFile([file]);
    rows.push({ name: `${pkg.name} strings, ${file.split('/').pop().replace('.js', '')} (on demand)`, withLit: sizes, withoutLit: sizes, ok: true });
  }
}
const sources = [
  ...Object.entries(virtual).map(([name, code]) => ({ name, code })),
  // A define entry is imported for its effect; any other entry for everything it exports.
  ...publicEntries().filter((e) => !e.built).map((e) => ({
    name: e.name,
    code: e.name.includes('/define/') ? `import ${JSON.stringify(e.file)};` : `export * from ${JSON.stringify(e.file)};`,
  })),
];
if (!existsSync(join(root, 'packages', 'core', 'dist', 'index.js'))) {
  console.error('No dist files: run `npm run build` first.');
  process.exit(1);
}
for (const { name, code } of sources) {
  const withLit = await measure(code, true);
  const withoutLit = await measure(code, false);
  const budget = budgets[name]?.gzipWithLit;
  rows.push({ name, withLit, withoutLit, budget, ok: budget === undefined || withLit.gzip <= budget });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'entry'.padEnd(width)} | with Lit: min   gzip  brotli | without Lit: min   gzip  brotli | +on demand | budget (gzip, with Lit)`);
for (const r of rows) {
  const budget = r.budget === undefined ? '' : `${kb(r.budget)} KB ${r.ok ? 'ok' : 'OVER'}`;
  const later = r.withLit.gzipAll && r.withLit.gzipAll > r.withLit.gzip ? kb(r.withLit.gzipAll - r.withLit.gzip) : '';
  console.log(
    `${r.name.padEnd(width)} | ${kb(r.withLit.min)} ${kb(r.withLit.gzip)} ${kb(r.withLit.brotli)} | ${kb(r.withoutLit.min)} ${kb(r.withoutLit.gzip)} ${kb(r.withoutLit.brotli)} | ${later.padStart(10)} | ${budget}`,
  );
}
const floor = rows.find((r) => r.name === 'floor: Lit + core base');
const lit = rows.find((r) => r.name === 'floor: bare Lit');
console.log(`\nKB. Floor: bare Lit ${kb(lit.withLit.gzip).trim()} KB gzip; Lit + core base ${kb(floor.withLit.gzip).trim()} KB gzip. A component's own cost is its gzip with Lit minus the floor.`);
const missing = Object.keys(budgets).filter((name) => !rows.some((r) => r.name === name));
for (const name of missing) console.log(`Budget for ${name}, but no such entry: fix bench/size-budgets.json.`);
const failed = rows.filter((r) => !r.ok).length + missing.length;
const checked = rows.filter((r) => r.budget !== undefined).length + missing.length;
if (jsonOut) {
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify({ passed: checked - failed, failed, rows }, null, 2));
}
if (failed) {
  console.error(`${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
