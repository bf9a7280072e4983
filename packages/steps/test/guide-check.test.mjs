// The build-time check authors run on guide definitions: `caremode-guide-check` and its API.
// Run with `node --test packages/steps/test/`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { checkGuide, checkGuideFile, schema, toPath } from '../bin/caremode-guide-check.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bin = here('../bin/caremode-guide-check.js');
const guides = here('../guides/');
const fixtures = here('./fixtures/');
const cli = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const example = () => JSON.parse(readFileSync(join(guides, 'birth-registration.en.json'), 'utf8'));

test('the schema is a valid JSON Schema (draft 2020-12) under strict mode', () => {
  const ajv = new Ajv2020({ strict: true, strictRequired: false });
  assert.doesNotThrow(() => ajv.compile(schema));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('the example guides in every language are valid', () => {
  const files = readdirSync(guides).filter((f) => f.endsWith('.json'));
  assert.deepEqual(files.sort(), ['birth-registration.en.json', 'birth-registration.id.json', 'birth-registration.vi.json', 'birth-registration.zh-Hans.json']);
  for (const file of files) assert.deepEqual(checkGuideFile(join(guides, file)), [], file);
  const run = cli(guides);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /4 valid, 0 with problems/);
});

test('a field without a name is reported with its path, as the browser names it', () => {
  assert.deepEqual(checkGuideFile(join(fixtures, 'missing-name.json')), [{ path: 'steps[1].fields[1].name', message: 'is missing' }]);
  const run = cli(join(fixtures, 'missing-name.json'));
  assert.equal(run.status, 1);
  assert.match(run.stdout, /error .*missing-name\.json: steps\[1\]\.fields\[1\]\.name is missing/);
});

test('JSON that does not parse is reported with its line and column', () => {
  const [problem] = checkGuideFile(join(fixtures, 'not-json.json'));
  assert.equal(problem.path, '(file)');
  assert.match(problem.message, /^is not valid JSON at line 3, column \d+/);
});

test('conditions must refer to questions asked earlier, with their real options; names are unique', () => {
  const messages = checkGuideFile(join(fixtures, 'wrong-references.json')).map((p) => `${p.path} ${p.message}`);
  assert.deepEqual(messages, [
    'steps[1].showIf "grandparent" is not an option of "relation" (options: mother, father)',
    'steps[2].showIf refers to "married", which no earlier step asks',
    'steps[4].name "who" is already the name of steps[0]',
    'steps[4].fields[0].name "relation" is already asked at steps[0].fields[0]',
    'steps[6] comes after the completion step steps[5] and would never be shown',
  ]);
});

test('what the schema refuses, in plain words', () => {
  const cases = [
    [(d) => ((d.steps[1].fields[1].country = 'vn'), d), 'steps[1].fields[1].country is not allowed here (not for this type of field or step)'],
    [(d) => ((d.steps[1].fields[0].colour = 'red'), d), 'steps[1].fields[0].colour is not a known property'],
    [(d) => ((d.steps[3].fields[1].type = 'calendar'), d), 'steps[3].fields[1].type must be one of: text, textarea, radio, checkboxes, checkbox, select, date, phone, id-number'],
    [(d) => ((d.steps[5].showIf = 'married=='), d), 'steps[5].showIf is not a valid condition (see the schema: name=value, name!=value, name, !name, joined by &)'],
    [(d) => (delete d.steps[1].fields[0].options, d), 'steps[1].fields[0].options is missing'],
    [(d) => ((d.steps[9].fields = [{ type: 'text', name: 'x', label: 'X' }]), d), 'steps[9].fields is not allowed here (not for this type of field or step)'],
    [(d) => ((d.steps = []), d), 'steps must have at least 1 item'],
    [(d) => ((d.help.phone = 'call us'), d), 'help.phone does not have the expected form (^\\+?[\\d .()-]{3,}$)'],
  ];
  for (const [change, expected] of cases) {
    const problems = checkGuide(change(example()));
    assert.ok(
      problems.some((p) => `${p.path} ${p.message}` === expected),
      `expected "${expected}", got:\n${problems.map((p) => `${p.path} ${p.message}`).join('\n')}`,
    );
  }
});

test('--json gives a machine-readable report; no files is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guides-'));
  writeFileSync(join(dir, 'good.json'), JSON.stringify(example()));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ steps: [{ heading: '' }] }));
  const run = cli('--json', dir);
  assert.equal(run.status, 1);
  const report = JSON.parse(run.stdout);
  assert.equal(report.files, 2);
  assert.equal(report.failed, 1);
  const bad = report.report.find((r) => r.file.endsWith('bad.json'));
  assert.deepEqual(bad.problems, [{ path: 'steps[0].heading', message: 'must not be empty' }]);
  assert.equal(cli().status, 2);
  assert.equal(cli(join(dir, 'nothing-here')).status, 1);
});

test('JSON pointers become the paths authors read', () => {
  assert.equal(toPath('/steps/2/fields/0/name'), 'steps[2].fields[0].name');
  assert.equal(toPath('', 'steps'), 'steps');
  assert.equal(toPath(''), '(root)');
});
