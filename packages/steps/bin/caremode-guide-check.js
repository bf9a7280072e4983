#!/usr/bin/env node
// caremode-guide-check: validates step-by-step guide definitions against
// @caremode/steps/schema/guide.schema.json at build time, plus the rules a schema cannot state
// (unique names, conditions that refer to earlier questions and their real options).
//
//   npx caremode-guide-check guides/            every *.json under a folder
//   npx caremode-guide-check a.json b.json      named files
//   --json                                      one JSON report on stdout
//
// Exit status: 0 every file is valid, 1 a file has problems, 2 nothing to check.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemaFile = fileURLToPath(new URL('../schema/guide.schema.json', import.meta.url));
export const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));

// strictRequired is off: `then: { required: [...] }` names properties defined beside the `if`.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

/** `/steps/2/fields/0/name` -> `steps[2].fields[0].name`, the notation the browser uses too. */
export function toPath(pointer, child) {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(String(child));
  const path = parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
  return path || '(root)';
}

function describeError(error) {
  const { keyword, params, instancePath, message } = error;
  switch (keyword) {
    case 'required':
      return { path: toPath(instancePath, params.missingProperty), message: 'is missing' };
    case 'additionalProperties':
      return { path: toPath(instancePath, params.additionalProperty), message: 'is not a known property' };
    case 'false schema':
      return { path: toPath(instancePath), message: 'is not allowed here (not for this type of field or step)' };
    case 'enum':
      return { path: toPath(instancePath), message: `must be one of: ${params.allowedValues.join(', ')}` };
    case 'type':
      return { path: toPath(instancePath), message: `must be ${params.type === 'object' ? 'an object' : params.type === 'array' ? 'a list' : `a ${params.type}`}` };
    case 'pattern':
      return { path: toPath(instancePath), message: instancePath.endsWith('/showIf') ? 'is not a valid condition (see the schema: name=value, name!=value, name, !name, joined by &)' : `does not have the expected form (${params.pattern})` };
    case 'minLength':
      return { path: toPath(instancePath), message: 'must not be empty' };
    case 'minItems':
      return { path: toPath(instancePath), message: `must have at least ${params.limit} item${params.limit === 1 ? '' : 's'}` };
    default:
      return { path: toPath(instancePath), message };
  }
}

/** Tokens of a showIf condition: [{ name, values }] (same grammar as the browser's parser). */
function clauses(condition) {
  return condition.split('&').map((part) => {
    const m = /^(!?)\s*([^\s=!&|]+)\s*(?:(!?=)\s*([^&=]+))?$/.exec(part.trim());
    return m ? { name: m[2], values: m[4] ? m[4].split('|').map((v) => v.trim()) : [] } : undefined;
  });
}

/** What the schema cannot say: unique names, and conditions that refer to questions asked earlier, with their real options. */
function crossCheck(guide) {
  const problems = [];
  const stepNames = new Map();
  const fields = new Map();
  let doneAt = -1;
  guide.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (doneAt >= 0) problems.push({ path: at, message: `comes after the completion step steps[${doneAt}] and would never be shown` });
    if (step.kind === 'done' && doneAt < 0) doneAt = i;
    const name = step.name ?? `step-${i + 1}`;
    if (stepNames.has(name)) problems.push({ path: `${at}.name`, message: `"${name}" is already the name of ${stepNames.get(name)}` });
    else stepNames.set(name, at);
    if (step.showIf) {
      for (const clause of clauses(step.showIf)) {
        if (!clause) continue;
        const field = fields.get(clause.name);
        if (!field) {
          problems.push({ path: `${at}.showIf`, message: `refers to "${clause.name}", which no earlier step asks` });
          continue;
        }
        const values = field.options?.map((o) => o.value) ?? (field.type === 'checkbox' ? [field.value ?? 'on'] : undefined);
        for (const value of clause.values) {
          if (values && !values.includes(value)) problems.push({ path: `${at}.showIf`, message: `"${value}" is not an option of "${clause.name}" (options: ${values.join(', ')})` });
        }
      }
    }
    (step.fields ?? []).forEach((field, j) => {
      if (fields.has(field.name)) problems.push({ path: `${at}.fields[${j}].name`, message: `"${field.name}" is already asked at ${fields.get(field.name).at}` });
      else fields.set(field.name, { ...field, at: `${at}.fields[${j}]` });
    });
  });
  return problems;
}

/** Problems of a definition (already parsed), as [{ path, message }]; empty when it is valid. */
export function checkGuide(guide) {
  if (!validate(guide)) {
    const seen = new Set();
    // `if`/`oneOf` wrappers repeat what their branches already said.
    return validate.errors
      .filter((e) => e.keyword !== 'if' && e.keyword !== 'oneOf')
      .map(describeError)
      .filter((p) => !seen.has(p.path) && seen.add(p.path));
  }
  return crossCheck(guide);
}

/** Problems of a file: JSON syntax (with line and column) or the checks above. */
export function checkGuideFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [{ path: '(file)', message: `cannot be read: ${error.code ?? error.message}` }];
  }
  try {
    return checkGuide(JSON.parse(text));
  } catch (error) {
    const position = Number(/position (\d+)/.exec(error.message)?.[1]);
    if (!Number.isFinite(position)) return [{ path: '(file)', message: `is not valid JSON: ${error.message}` }];
    const before = text.slice(0, position).split('\n');
    return [{ path: '(file)', message: `is not valid JSON at line ${before.length}, column ${before.at(-1).length + 1}: ${error.message}` }];
  }
}

function jsonFiles(target) {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return [target];
  if (!stat.isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') && d.name !== 'node_modules')
    .flatMap((d) => (d.isDirectory() ? jsonFiles(join(target, d.name)) : d.name.endsWith('.json') ? [join(target, d.name)] : []));
}

function main(argv) {
  const asJson = argv.includes('--json');
  const targets = argv.filter((a) => !a.startsWith('--'));
  if (argv.includes('--help') || !targets.length) {
    console.log('Usage: caremode-guide-check [--json] <file.json | folder>...\nChecks step-by-step guide definitions against @caremode/steps/schema/guide.schema.json.');
    return targets.length || argv.includes('--help') ? 0 : 2;
  }
  const files = targets.flatMap(jsonFiles);
  if (!files.length) {
    console.error('caremode-guide-check: no .json files found.');
    return 2;
  }
  const report = files.map((file) => ({ file: relative(process.cwd(), file) || file, problems: checkGuideFile(file) }));
  const failed = report.filter((r) => r.problems.length);
  if (asJson) console.log(JSON.stringify({ files: report.length, failed: failed.length, report }, null, 2));
  else {
    for (const { file, problems } of report) {
      if (!problems.length) console.log(`ok    ${file}`);
      for (const p of problems) console.log(`error ${file}: ${p.path} ${p.message}`);
    }
    console.log(`${report.length - failed.length} valid, ${failed.length} with problems`);
  }
  return failed.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === (await import('node:fs')).realpathSync(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
