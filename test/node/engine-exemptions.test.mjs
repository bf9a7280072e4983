// docs/testing.md must list exactly the engine exemptions the tests declare, with the same
// engines, and every declared exemption must be used by some test (a stale one hides nothing).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../../scripts/packages.mjs';

function declared() {
  const source = readFileSync(join(root, 'test', 'helpers', 'engines.ts'), 'utf8');
  const block = source.slice(source.indexOf('export const exemptions'), source.indexOf('satisfies Record'));
  const found = {};
  for (const match of block.matchAll(/'([a-z-]+)': \{\s*engines: \[([^\]]*)\]/g)) {
    found[match[1]] = [...match[2].matchAll(/'(\w+)'/g)].map((m) => m[1]).sort();
  }
  return found;
}

function documented() {
  const doc = readFileSync(join(root, 'docs', 'testing.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Engine exemptions'));
  const table = section.slice(0, section.indexOf('\n## ', 3) > 0 ? section.indexOf('\n## ', 3) : undefined);
  const found = {};
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (id) found[id] = cells[2].split(',').map((e) => e.trim().toLowerCase()).sort();
  }
  return found;
}

function testSources(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) testSources(path, out);
    else if (/\.(test|suite)\.ts$|-suite\.ts$/.test(name)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

test('docs/testing.md lists exactly the declared engine exemptions, with their engines', () => {
  const code = declared();
  assert.ok(Object.keys(code).length >= 1, 'the exemptions were read from test/helpers/engines.ts');
  assert.deepEqual(documented(), code);
});

test('every declared exemption is used by a test', () => {
  const sources = [...testSources(join(root, 'packages')), ...testSources(join(root, 'test'))].join('\n');
  for (const id of Object.keys(declared())) {
    assert.match(sources, new RegExp(`(needs|describeWhere|can)\\([^)]*'${id}'`), `${id} is declared but no test uses it`);
  }
});
