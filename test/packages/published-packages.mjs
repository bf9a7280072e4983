// Every workspace package as a user installs it: packed with `npm pack` (scripts/pack.mjs), then
// checked by publint and by arethetypeswrong (`attw --pack <tgz> --profile esm-only`: Caremode
// ships ES modules only, so CommonJS resolutions are not judged). Each package/tool pair is one
// test, and so is each tarball's README.md and custom-elements.json (the registry page and
// editor tooling read them). Then a strict TypeScript project type-checks against
// @caremode/audit's tarball.
//
//   node test/packages/published-packages.mjs     (after `npm run build`, under its lock)
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packAll } from '../../scripts/pack.mjs';
import { root } from '../../scripts/packages.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);

/**
 * publint warnings that are deliberate, each with why.
 * @type {{ code: string, why: string, applies: (message: import('publint').Message) => boolean }[]}
 */
const DELIBERATE = [
  {
    // `source` is a condition of the monorepo's own tools (tsconfig.json customConditions,
    // web-test-runner, Storybook): they read src/ so nothing needs building first. src/ is not
    // published, and no user's tool sets the condition. publint skips custom conditions when it
    // checks that files exist, except in `*` patterns, so it warns about `./define/*.js` alone.
    code: 'EXPORTS_GLOB_NO_MATCHED_FILES',
    why: 'the workspace-only `source` condition',
    applies: (m) => m.code === 'EXPORTS_GLOB_NO_MATCHED_FILES' && m.path[0] === 'exports' && m.path.at(-1) === 'source',
  },
];

/** Runs a command; resolves to its exit code and everything it printed. */
function capture(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (error) => resolve({ code: 1, output: error.message }));
  });
}

/** publint on one tarball: errors and warnings fail, except the deliberate ones above. */
async function runPublint(tarball) {
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion' });
  const lines = [];
  let failures = 0;
  for (const message of messages) {
    const deliberate = DELIBERATE.find((d) => d.applies(message));
    const text = `${message.type}: ${formatMessage(message, pkg, { color: false })}`;
    if (deliberate) lines.push(`  (deliberate, ${deliberate.why}) ${text}`);
    else {
      lines.push(`  ${text}`);
      if (message.type !== 'suggestion') failures++;
    }
  }
  return { ok: failures === 0, output: lines.join('\n') };
}

/** attw on one tarball; a package without types fails too: every Caremode entry is typed. */
async function runAttw(tarball) {
  const { code, output } = await capture(bin('attw'), ['--pack', tarball, '--profile', 'esm-only', '--no-color', '--format', 'table-flipped']);
  const untyped = /This package does not contain types/.test(output);
  return { ok: code === 0 && !untyped, output: output.replace(/^npm warn Unknown user config.*\n/gm, '') };
}

/** What the registry page and tools read: README.md, and the custom-elements manifest the package names. */
async function checkContents(tarball) {
  const { code, output } = await capture('tar', ['-tzf', tarball]);
  if (code) return { ok: false, output };
  const files = new Set(output.split('\n').map((line) => line.replace(/^package\//, '')));
  const manifest = await capture('tar', ['-xzOf', tarball, 'package/package.json']);
  if (manifest.code) return { ok: false, output: manifest.output };
  const json = JSON.parse(manifest.output);
  const wanted = ['README.md', ...(json.customElements ? [json.customElements.replace(/^\.\//, '')] : [])];
  const missing = wanted.filter((file) => !files.has(file));
  return { ok: missing.length === 0, output: missing.length ? `  not in the tarball: ${missing.join(', ')}` : '' };
}

/**
 * A strict, module-nodenext project (test/packages/audit-consumer) with @caremode/audit and
 * @caremode/tokens unpacked from their tarballs into its node_modules; their third-party
 * dependencies are linked from the workspace, so no registry is needed. Checked with the root's tsc.
 */
async function checkAuditTypes(tarballs) {
  const dir = mkdtempSync(join(tmpdir(), 'caremode-audit-consumer-'));
  try {
    cpSync(join(root, 'test', 'packages', 'audit-consumer'), dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'audit-consumer', private: true, type: 'module' }, null, 2)}\n`);
    const modules = join(dir, 'node_modules');
    for (const name of ['@caremode/audit', '@caremode/tokens']) {
      const target = join(modules, name);
      mkdirSync(target, { recursive: true });
      const { code, output } = await capture('tar', ['-xzf', tarballs[name], '-C', target, '--strip-components=1']);
      if (code) return { ok: false, output: `Cannot unpack ${name}: ${output}` };
    }
    for (const name of ['axe-core', 'puppeteer-core', '@types/node']) {
      mkdirSync(join(modules, name, '..'), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
    }
    return await capture(bin('tsc'), ['-p', join(dir, 'tsconfig.json')]).then(({ code, output }) => ({ ok: code === 0, output }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The stage: packs, checks each tarball with both tools, then the strict TypeScript consumer.
 * @returns {Promise<{ passed: number, failed: number }>}
 */
export async function publishedPackagesStage() {
  const out = mkdtempSync(join(tmpdir(), 'caremode-published-'));
  try {
    let start = Date.now();
    const tarballs = packAll(out);
    console.log(`  packed ${Object.keys(tarballs).length} packages in ${seconds(start)} s`);
    let passed = 0;
    let failed = 0;
    const report = (name, result) => {
      if (result.ok) passed++;
      else failed++;
      console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${name}`);
      if (!result.ok || result.output.includes('deliberate')) console.log(result.output.trim().replace(/^/gm, '      '));
    };
    for (const [name, tarball] of Object.entries(tarballs).sort(([a], [b]) => (a < b ? -1 : 1))) {
      start = Date.now();
      const lint = await runPublint(tarball);
      report(`${name}: publint (${seconds(start)} s)`, lint);
      start = Date.now();
      const types = await runAttw(tarball);
      report(`${name}: attw --profile esm-only (${seconds(start)} s)`, types);
      report(`${name}: README.md and custom-elements.json packed`, await checkContents(tarball));
    }
    start = Date.now();
    report('@caremode/audit in a strict TypeScript project (module nodenext)', await checkAuditTypes(tarballs));
    console.log(`  strict TypeScript consumer: ${seconds(start)} s`);
    return { passed, failed };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const seconds = (start) => ((Date.now() - start) / 1000).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = await publishedPackagesStage();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
