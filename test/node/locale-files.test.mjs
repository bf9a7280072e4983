// The packages' strings in languages other than English live in src/locales/<locale>.ts and load
// on demand; English stays with each element. Nothing checks them at compile time, so this does:
// the same keys as English, the same plural shape, no placeholder English does not fill in, and
// every element that registers its English also says where its other languages are.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { transformSync } from 'esbuild';
import { root, walk, workspacePackages } from '../../scripts/packages.mjs';

const locales = ['vi', 'zh-Hans', 'id'];
const load = (file) =>
  import('data:text/javascript,' + encodeURIComponent(transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' }).code));
const placeholders = (message) => new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((t) => t.match(/\{\w+\}/g) ?? []));
const lazyPackages = workspacePackages().filter((pkg) => {
  try {
    return readFileSync(join(pkg.dir, 'src', 'locales', 'index.ts'), 'utf8').length > 0;
  } catch {
    return false;
  }
});

test('the packages with elements keep their other languages apart', () => {
  assert.deepEqual(lazyPackages.map((p) => p.folder).sort(), ['drop-in', 'forms', 'qr', 'read-aloud', 'steps']);
});

for (const pkg of lazyPackages) {
  const src = join(pkg.dir, 'src');
  const stringFiles = walk(src).filter((f) => f.endsWith('.strings.ts') && !f.endsWith('validators.strings.ts'));

  test(`${pkg.name}: every language has exactly the English keys, plural shapes and placeholders`, async () => {
    const english = {};
    for (const file of stringFiles) {
      for (const [name, catalog] of Object.entries(await load(file))) {
        if (typeof catalog?.en !== 'object') continue;
        assert.deepEqual(Object.keys(catalog), ['en'], `${relative(root, file)} ${name}: only English belongs here`);
        for (const [key, message] of Object.entries(catalog.en)) {
          assert.equal(english[key], undefined, `${key} is defined twice`);
          english[key] = message;
        }
      }
    }
    assert.ok(Object.keys(english).length > 0);
    for (const locale of locales) {
      const { default: messages } = await load(join(src, 'locales', `${locale}.ts`));
      assert.deepEqual(Object.keys(messages).sort(), Object.keys(english).sort(), `${pkg.name} ${locale}`);
      for (const [key, message] of Object.entries(messages)) {
        const en = english[key];
        assert.equal(typeof message, typeof en, `${locale} ${key}: plural shape`);
        if (typeof message === 'object') assert.equal(typeof message.other, 'string', `${locale} ${key}: plural "other"`);
        const filled = placeholders(en);
        // A month in words ({monthName}) comes with its number ({month}); Vietnamese says "tháng 2".
        if (filled.has('{monthName}')) filled.add('{month}');
        const unknown = [...placeholders(message)].filter((p) => !filled.has(p));
        assert.deepEqual(unknown, [], `${locale} ${key}: placeholders English does not fill in`);
      }
    }
  });

  test(`${pkg.name}: every element that registers English says where the other languages are`, () => {
    const index = readFileSync(join(src, 'locales', 'index.ts'), 'utf8');
    for (const locale of locales) assert.match(index, new RegExp(`import\\('\\./${locale}\\.js'\\)`));
    const callers = walk(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && /from '[^']*\.strings\.js'/.test(readFileSync(f, 'utf8')));
    let calls = 0;
    for (const file of callers) {
      for (const [call] of readFileSync(file, 'utf8').matchAll(/registerStrings\([^)]*\)/g)) {
        calls++;
        assert.match(call, /, \w+Locales\)$/, `${relative(root, file)}: ${call}`);
      }
    }
    assert.ok(calls > 0);
  });
}
