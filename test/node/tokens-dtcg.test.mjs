// The DTCG JSON that @caremode/tokens publishes, checked two ways: its shape (every token has a
// $value and a DTCG $type, every reference resolves), and its meaning: Style Dictionary 4 builds
// CSS from it with the configuration docs/tokens.md gives users, for every combination of modes,
// and each value must equal what the shipped stylesheet computes for that combination.
// Reads packages/tokens/dist: run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tokensCss } from '@caremode/tokens';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = dirname(fileURLToPath(import.meta.resolve('@caremode/tokens/tokens.json')));
const readJson = (file) => JSON.parse(readFileSync(join(folder, file), 'utf8'));

/** Each mode set and the attribute on <html> that switches the same mode in the stylesheet, by group. */
const groups = [
  { care: 'data-care-mode=on' },
  { 'text-scale-125': 'data-care-text-scale="1.25"', 'text-scale-150': 'data-care-text-scale="1.5"', 'text-scale-200': 'data-care-text-scale="2"' },
  { 'high-contrast': 'data-care-contrast=high', dark: 'data-care-contrast=dark' },
  { 'reduced-motion': 'data-care-motion=reduce' },
];
const attributeOf = Object.assign({}, ...groups);
/** Custom properties the stylesheet has and the JSON leaves out on purpose (docs/tokens.md says why). */
const cssOnly = ['--care-animation-state'];
const forcedColorsMedia = '(forced-colors:active)';

// ---- the shipped stylesheet ----

/** The stylesheet's rules in order: { media, selector, declarations: [name, value][] }. */
function rules(css) {
  const out = [];
  let consumed = 0;
  for (const m of css.matchAll(/@media\s*([^{]+)\{([^{}]+)\{([^{}]*)\}\}|([^{}@]+)\{([^{}]*)\}/g)) {
    assert.equal(m.index, consumed, `the stylesheet has something this test cannot read at ${m.index}: ${css.slice(consumed, consumed + 60)}`);
    consumed += m[0].length;
    const [media, selector, body] = m[1] ? [m[1].trim(), m[2], m[3]] : [undefined, m[4], m[5]];
    const declarations = body
      .split(';')
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]);
    out.push({ media, selector: selector.trim(), declarations });
  }
  assert.equal(consumed, css.length, 'the whole stylesheet is read');
  return out;
}

/** The custom properties in force on <html> with these mode sets on, unresolved. */
function cssFor(sheet, sets) {
  const on = new Set(sets.map((s) => `:root[${attributeOf[s]}]`));
  const props = new Map();
  for (const rule of sheet) {
    if (rule.media || (rule.selector !== ':root' && !on.has(rule.selector))) continue;
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) props.set(name, value);
  }
  return props;
}

// ---- values, compared after evaluation (1rem = 16px, as in Figma and a default browser) ----

/** A number with its unit ('' | 'px' | 'ms'); rem and s are converted. */
function evaluate(source, lookup) {
  let i = 0;
  const space = () => {
    while (source[i] === ' ') i++;
  };
  const expect = (c) => {
    space();
    assert.equal(source[i], c, `"${source}": expected ${c} at ${i}`);
    i++;
  };
  const multiply = (a, b) => {
    assert.ok(!(a.unit && b.unit), `"${source}" multiplies two units`);
    return { n: a.n * b.n, unit: a.unit || b.unit };
  };
  function primary() {
    space();
    const rest = source.slice(i);
    if (rest.startsWith('calc(')) {
      i += 5;
      const v = product();
      expect(')');
      return v;
    }
    if (rest.startsWith('max(')) {
      i += 4;
      const values = [product()];
      space();
      while (source[i] === ',') {
        i++;
        values.push(product());
        space();
      }
      expect(')');
      assert.ok(values.every((v) => v.unit === values[0].unit), `"${source}": max() of mixed units`);
      return { n: Math.max(...values.map((v) => v.n)), unit: values[0].unit };
    }
    if (rest.startsWith('var(')) {
      const name = /^var\((--[\w-]+)\)/.exec(rest)?.[1];
      assert.ok(name, `"${source}": var() this test cannot read`);
      i += name.length + 5;
      return lookup(name);
    }
    const m = /^(-?\d*\.?\d+)(px|rem|ms|s)?/.exec(rest);
    assert.ok(m, `"${source}": cannot read "${rest}"`);
    i += m[0].length;
    const n = Number(m[1]);
    return { px: { n, unit: 'px' }, rem: { n: n * 16, unit: 'px' }, ms: { n, unit: 'ms' }, s: { n: n * 1000, unit: 'ms' } }[m[2]] ?? { n, unit: '' };
  }
  function product() {
    let v = primary();
    space();
    while (source[i] === '*') {
      i++;
      v = multiply(v, primary());
      space();
    }
    return v;
  }
  const value = product();
  space();
  assert.equal(i, source.length, `"${source}": unread text after ${i}`);
  return value;
}

const numeric = /^(calc|max|var)\(|^-?\.?\d/;
const unquote = (s) => s.trim().replace(/^(["'])(.*)\1$/, '$2');

/** Every custom property of `props` resolved and written one way, so the two sides compare. */
function resolved(props) {
  const out = new Map();
  const value = (name, seen = []) => {
    assert.ok(props.has(name), `${name} is used but not defined`);
    assert.ok(!seen.includes(name), `${name} refers to itself`);
    return evaluate(props.get(name), (n) => value(n, [...seen, name]));
  };
  for (const [name, raw] of props) {
    if (numeric.test(raw)) {
      const { n, unit } = value(name);
      out.set(name, `${Number(n.toFixed(4))}${unit}`);
    } else if (/^#[\da-f]{3}$/i.test(raw)) out.set(name, `#${[...raw.slice(1)].map((c) => c + c).join('')}`.toLowerCase());
    else if (/^#[\da-f]{6}$/i.test(raw)) out.set(name, raw.toLowerCase());
    else if (raw.includes(',')) out.set(name, raw.split(',').map(unquote).join(','));
    else out.set(name, raw);
  }
  return out;
}

// ---- Style Dictionary 4, configured as docs/tokens.md tells users ----

const config = join(root, 'tmp', `tokens-dtcg-${process.pid}`, 'caremode-tokens.mjs');
let caremodeTokens;
before(async () => {
  const docs = readFileSync(join(root, 'docs', 'tokens.md'), 'utf8');
  const block = /<!-- style-dictionary-config[^>]*-->\s*```js\n([\s\S]*?)```/.exec(docs)?.[1];
  assert.ok(block, 'docs/tokens.md holds the Style Dictionary configuration');
  // Inside the repository, so 'style-dictionary' and '@caremode/tokens' resolve as in a user's project.
  mkdirSync(dirname(config), { recursive: true });
  writeFileSync(config, block);
  ({ caremodeTokens } = await import(pathToFileURL(config).href));
});
after(() => rmSync(dirname(config), { recursive: true, force: true }));

async function styleDictionaryCss(sets) {
  // Style Dictionary announces each platform on the console; 48 times would bury the results.
  const log = console.log;
  console.log = () => {};
  const [{ output }] = await caremodeTokens(sets)
    .formatPlatform('css')
    .finally(() => (console.log = log));
  // Style Dictionary writes each $description as a comment after its declaration.
  const body = /:root\s*\{([^}]*)\}/.exec(output.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  assert.ok(body, `Style Dictionary wrote no :root block:\n${output}`);
  return new Map(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

/** Every combination: one set (or none) from each group. */
const combinations = groups.reduce((acc, group) => acc.flatMap((c) => [c, ...Object.keys(group).map((s) => [...c, s])]), [[]]);

const sheet = rules(tokensCss);

describe('the stylesheet and the JSON cover the same modes', () => {
  test('every :root rule of the stylesheet is the default or a mode set, and the forced-colours block holds only system colours', () => {
    const selectors = new Set(Object.values(attributeOf).map((a) => `:root[${a}]`));
    for (const rule of sheet) {
      if (rule.media) {
        assert.equal(rule.media, forcedColorsMedia, `a media rule the JSON has no set for: ${rule.media}`);
        for (const [name, value] of rule.declarations) {
          assert.match(name, /^--care-color-/, `${name} changes under forced colours but the JSON cannot say so`);
          assert.match(value, /^[A-Z][a-zA-Z]+$/, `${name}: ${value} under forced colours is not a system colour`);
        }
        continue;
      }
      assert.ok(rule.selector === ':root' || selectors.has(rule.selector), `${rule.selector}: a mode with no DTCG set`);
    }
    for (const s of selectors) assert.ok(sheet.some((r) => r.selector === s), `${s} has a set but no rule in the stylesheet`);
    for (const name of cssOnly) assert.ok(cssFor(sheet, []).has(name), `${name} is listed as CSS-only but the stylesheet no longer has it`);
  });

  test('the published folder holds tokens.json, one file per mode set and tokens-studio.json, nothing else', () => {
    const expected = ['tokens.json', 'tokens-studio.json', ...Object.keys(attributeOf).map((s) => `${s}.json`)].sort();
    assert.deepEqual(readdirSync(folder).sort(), expected);
    const pkg = JSON.parse(readFileSync(join(root, 'packages', 'tokens', 'package.json'), 'utf8'));
    assert.ok(pkg.files.some((f) => folder.startsWith(join(root, 'packages', 'tokens', f))), 'the folder is in "files", so it is published');
    assert.equal(fileURLToPath(import.meta.resolve('@caremode/tokens/dtcg/care.json')), join(folder, 'care.json'));
  });
});

// ---- shape ----

const dtcgTypes = ['color', 'dimension', 'fontFamily', 'fontWeight', 'duration', 'cubicBezier', 'number', 'strokeStyle', 'border', 'transition', 'shadow', 'gradient', 'typography'];
const reference = /\{([^{}]+)\}/g;
const literal = {
  color: (v) => typeof v === 'string' && /^#[\da-f]{6}([\da-f]{2})?$/i.test(v),
  dimension: (v) => typeof v === 'string' && /^-?\d+(\.\d+)?(px|rem)$/.test(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  duration: (v) => typeof v === 'string' && /^\d+(\.\d+)?(ms|s)$/.test(v),
  fontFamily: (v) => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((f) => typeof f === 'string' && f)),
};
/** A whole-value reference, or a product of references and plain numbers (Tokens Studio math). */
const product = (v) => typeof v === 'string' && v.split('*').every((f) => /^\s*(\{[^{}]+\}|\d+(\.\d+)?)\s*$/.test(f)) && /\{[^{}]+\}/.test(v);

/** Every token of a set: [path, token]. */
function tokensOf(group, path = []) {
  const out = [];
  for (const [key, node] of Object.entries(group)) {
    if (key.startsWith('$')) continue;
    assert.ok(!/[.{}]/.test(key), `${[...path, key].join('.')}: a DTCG name cannot hold ".", "{" or "}"`);
    assert.ok(node && typeof node === 'object' && !Array.isArray(node), `${[...path, key].join('.')} is neither a token nor a group`);
    if ('$value' in node) out.push([[...path, key].join('.'), node]);
    else out.push(...tokensOf(node, [...path, key]));
  }
  return out;
}

const setNames = ['tokens', ...Object.keys(attributeOf)];
const sets = Object.fromEntries(setNames.map((s) => [s, readJson(`${s}.json`)]));
const base = new Map(tokensOf(sets.tokens));

describe('DTCG shape', () => {
  for (const name of setNames) {
    test(`${name}.json: every token has a $value of its DTCG $type, and its references resolve`, () => {
      const tokens = tokensOf(sets[name]);
      assert.ok(tokens.length > 0, 'the set holds tokens');
      const own = new Map(tokens);
      for (const [path, token] of tokens) {
        for (const key of Object.keys(token)) assert.ok(['$value', '$type', '$description', '$extensions'].includes(key), `${path}: ${key} is not a DTCG token property`);
        assert.ok(dtcgTypes.includes(token.$type), `${path}: $type ${token.$type} is not a DTCG type`);
        assert.ok(literal[token.$type], `${path}: a ${token.$type} this test has no check for`);
        const v = token.$value;
        if (literal[token.$type](v)) continue;
        assert.ok(product(v), `${path}: ${JSON.stringify(v)} is not a ${token.$type}`);
        for (const [, target] of v.matchAll(reference)) {
          const referred = own.get(target) ?? base.get(target);
          assert.ok(referred, `${path} refers to ${target}, which no set defines`);
          assert.ok(['dimension', 'number'].includes(referred.$type), `${path} multiplies ${target}, a ${referred.$type}`);
        }
        if (token.$type === 'number') assert.ok([...v.matchAll(reference)].every(([, t]) => (own.get(t) ?? base.get(t)).$type === 'number'), `${path}: a number made from a dimension`);
      }
      if (name !== 'tokens') {
        for (const [path, token] of tokens) {
          assert.ok(base.has(path), `${path} exists only in ${name}: every mode token needs a default in tokens.json`);
          assert.equal(token.$type, base.get(path).$type, `${path} changes type in ${name}`);
        }
      }
    });
  }

  test('tokens-studio.json holds the same sets, their order and a theme per mode', () => {
    const studio = readJson('tokens-studio.json');
    for (const name of setNames) assert.deepEqual(studio[name], sets[name], `${name} differs from ${name}.json`);
    assert.deepEqual(Object.keys(studio).filter((k) => !k.startsWith('$')).sort(), [...setNames].sort());
    assert.deepEqual(studio.$metadata.tokenSetOrder, setNames, 'tokens first, so the modes override it');
    const themes = studio.$themes;
    assert.deepEqual(new Set(themes.map((t) => t.group)).size, groups.length, 'one theme group per group of modes');
    for (const [i, group] of groups.entries()) {
      const inGroup = themes.filter((t) => t.group === themes.find((x) => Object.keys(x.selectedTokenSets).includes(Object.keys(group)[0]))?.group);
      const selected = inGroup.map((t) => Object.keys(t.selectedTokenSets).filter((s) => s !== 'tokens').sort().join());
      assert.deepEqual(selected.sort(), ['', ...Object.keys(group)].sort(), `group ${i}: a default theme and one per mode`);
      for (const t of inGroup) {
        assert.equal(t.selectedTokenSets.tokens, 'enabled', `${t.name} turns on the base set`);
        assert.ok(Object.values(t.selectedTokenSets).every((v) => v === 'enabled'), `${t.name} applies its sets`);
        assert.ok(t.id && t.name, 'themes have an id and a name');
      }
    }
    assert.equal(new Set(themes.map((t) => t.id)).size, themes.length, 'theme ids are unique');
  });
});

// ---- meaning: Style Dictionary 4's CSS against the stylesheet ----

describe('Style Dictionary 4 builds the shipped values from the JSON', () => {
  for (const combination of combinations) {
    test(combination.length ? combination.join(' + ') : 'defaults', async () => {
      const shipped = resolved(cssFor(sheet, combination));
      for (const name of cssOnly) shipped.delete(name);
      const built = resolved(await styleDictionaryCss(combination));
      const missing = [...shipped.keys()].filter((n) => !built.has(n));
      const extra = [...built.keys()].filter((n) => !shipped.has(n));
      assert.deepEqual(missing, [], 'tokens the stylesheet has and the JSON lacks');
      assert.deepEqual(extra, [], 'tokens the JSON has and the stylesheet lacks');
      for (const [name, value] of shipped) assert.equal(built.get(name), value, `${name}`);
    });
  }

  test('the comparison catches a wrong value', async () => {
    // The same check against a stylesheet with one changed number must fail, or the tests above prove nothing.
    const shipped = resolved(cssFor(rules(tokensCss.replace('--care-target-min:60px', '--care-target-min:59px')), ['care']));
    const built = resolved(await styleDictionaryCss(['care']));
    assert.equal(built.get('--care-target-min'), '60px');
    assert.notEqual(shipped.get('--care-target-min'), built.get('--care-target-min'));
  });
});

test('the built CSS is not empty and uses the prefix the components read', async () => {
  const built = await styleDictionaryCss(['care', 'text-scale-200']);
  assert.equal(built.get('--care-font-size'), '44px');
  assert.equal(built.get('--care-space-2'), '10px');
  assert.ok(existsSync(join(folder, 'tokens.json')));
});
