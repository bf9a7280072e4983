import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe-core's browser build, injected into every audited page. */
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** @type {string} */
export const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

/** Where the injected script leaves its functions in the page. */
export const PAGE_API = 'caremode:audit';

/**
 * The page-side modules (lib/browser/) as one classic script. Each keeps its own scope; its
 * exports are gathered under `globalThis[Symbol.for('caremode:audit')]`.
 */
export const browserScript = ['./browser/elder-rules.js', './browser/passes.js']
  .map((file) => {
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    if (/^\s*import\s/m.test(source)) throw new Error(`${file} must not import anything: it is sent to the page as is.`);
    const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([\w$]+)/gm)].map((m) => m[1]);
    return `Object.assign(api, (() => {\n${source.replace(/^export\s+/gm, '')}\nreturn { ${names.join(', ')} };\n})());`;
  })
  .reduce((all, part) => `${all}\n${part}`, `(() => {\nconst api = (globalThis[Symbol.for(${JSON.stringify(PAGE_API)})] ??= {});`)
  .concat('\n})();');
