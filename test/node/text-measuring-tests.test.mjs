// The list of text-measuring tests (test/fonts/text-measuring-tests.mjs) stays true: every file
// exists, so the crowded-fonts stage never quietly runs fewer, and every browser file loads the
// test font, so what it measures does not come from the machine's fonts.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { root } from '../../scripts/packages.mjs';
import { browserFiles, nodeFiles } from '../fonts/text-measuring-tests.mjs';

const font = join(root, 'test', 'fonts', 'use-test-font.mjs');
const relativeImport = /(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?\s*['"](\.[^'"]+)['"]/g;

/** The repository's files a module imports, following relative imports only. */
function reaches(file, target, seen = new Set()) {
  if (file === target) return true;
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(relativeImport)) {
    const path = join(dirname(file), spec);
    // TypeScript sources are imported by their compiled .js names.
    const source = !existsSync(path) && path.endsWith('.js') ? path.replace(/\.js$/, '.ts') : path;
    if (reaches(source, target, seen)) return true;
  }
  return false;
}

test('every listed file exists', () => {
  const missing = [...browserFiles, ...nodeFiles].filter((f) => !existsSync(join(root, f)));
  assert.deepEqual(missing, []);
});

test('every listed browser file loads the test font', () => {
  const without = browserFiles.filter((f) => !reaches(join(root, f), font));
  assert.deepEqual(without, [], `import ${relative(root, font)} (or a helper that does)`);
});
