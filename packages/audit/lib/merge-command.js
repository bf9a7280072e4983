import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.js';
import { mergeReports, readReports } from './merge.js';
import { formats } from './options.js';
import { reporters } from './reporters/index.js';

/**
 * `caremode-audit merge [--format F] [-o FILE] report.json...`: resolves to the exit code the
 * merged run has.
 * @param {string[]} argv the arguments after `merge`
 * @param {{ stdout: NodeJS.WritableStream, cwd: string }} io
 */
export async function mergeCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, output: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q' } },
    });
  } catch (error) {
    throw new UsageError(`merge: ${/** @type {Error} */ (error).message.replace(/\. To specify a positional.*$/s, '.')}`);
  }
  const format = parsed.values.format ?? 'text';
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}".`);
  if (!parsed.positionals.length) throw new UsageError('merge needs the JSON reports of the shards: caremode-audit merge report-*.json -o all.sarif --format sarif');
  const report = mergeReports(await readReports(parsed.positionals, io.cwd));
  const written = reporters[/** @type {keyof typeof reporters} */ (format)](report, { cwd: io.cwd });
  if (parsed.values.output) {
    const output = resolve(io.cwd, parsed.values.output);
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, written);
    if (!parsed.values.quiet) io.stdout.write(format === 'text' ? `Report written to ${output}\n` : reporters.text(report));
  } else io.stdout.write(written);
  return report.summary.exitCode;
}
