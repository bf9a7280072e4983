import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseCommandLine, usage } from './args.js';
import { audit, version } from './audit.js';
import { updatedBaseline, writeBaseline } from './baseline.js';
import { loadConfig } from './config.js';
import { exitCodes, UsageError } from './exit-codes.js';
import { mergeCommand } from './merge-command.js';
import { formats } from './options.js';
import { listPages } from './pages.js';
import { reporters } from './reporters/index.js';

/**
 * `caremode-audit`: runs the audit and writes its report. Resolves to the exit code.
 * @param {string[]} argv the arguments after the program name
 * @param {{ stdout?: NodeJS.WriteStream, stderr?: NodeJS.WriteStream, cwd?: string }} [io]
 * @returns {Promise<number>} one of `exitCodes`
 */
export async function main(argv, io = {}) {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const cwd = io.cwd ?? process.cwd();
  try {
    if (argv[0] === 'merge') return await mergeCommand(argv.slice(1), { stdout, cwd });
    const cli = parseCommandLine(argv);
    if (cli.help) {
      stdout.write(`${usage}\n`);
      return exitCodes.pass;
    }
    if (cli.version) {
      stdout.write(`${version}\n`);
      return exitCodes.pass;
    }
    const { config } = cli.noConfig ? { config: {} } : await loadConfig({ file: cli.config, cwd });
    const options = { ...config, ...cli.options };
    const format = options.format ?? 'text';
    if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${format}".`);
    const output = cli.options.output ? resolve(cwd, cli.options.output) : options.output;
    delete options.format;
    delete options.output;
    if (options.updateBaseline && !options.baseline) throw new UsageError('--update-baseline needs --baseline FILE (or "baseline" in the config): the file to write.');

    if (cli.listPages) {
      const file = resolve(cwd, cli.listPages);
      const count = await listPages({ ...options, cwd }, file);
      if (!cli.quiet) stdout.write(`${count} page${count === 1 ? '' : 's'} written to ${file}\n`);
      return exitCodes.pass;
    }
    const progress = progressWriter(stderr, cli.progress);
    const report = await audit({ ...options, cwd, onProgress: progress?.update });
    progress?.done();
    if (options.updateBaseline && report.baseline) {
      const kept = report.baseline.entries.map(({ status: _status, ...entry }) => entry);
      const entries = updatedBaseline(report.pages, kept, report.settings, { acceptNew: cli.acceptNew });
      await writeBaseline(resolve(cwd, options.baseline), entries);
      if (!cli.quiet) stderr.write(`Baseline written to ${options.baseline}: ${entries.length} entries (${report.baseline.counts.fixed} fixed dropped${cli.acceptNew ? `, ${report.baseline.counts.new} new added` : ''}).\n`);
    }

    const written = reporters[/** @type {keyof typeof reporters} */ (format)](report, { cwd });
    if (output) {
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, written);
      if (!cli.quiet) stdout.write(format === 'text' ? `Report written to ${output}\n` : reporters.text(report));
    } else {
      stdout.write(written);
    }
    return report.summary.exitCode;
  } catch (error) {
    const e = /** @type {any} */ (error);
    if (typeof e?.exitCode === 'number') {
      stderr.write(`caremode-audit: ${e.message}\n${e.exitCode === exitCodes.usage ? 'Run caremode-audit --help for usage.\n' : ''}`);
      return e.exitCode;
    }
    stderr.write(`caremode-audit: internal error: ${e?.stack ?? e}\n`);
    return exitCodes.internal;
  }
}

/**
 * One progress line on stderr for runs of several pages: rewritten in place on a terminal, one
 * line per page otherwise.
 * @param {NodeJS.WriteStream} stderr
 * @param {boolean} forced
 */
function progressWriter(stderr, forced) {
  const tty = Boolean(stderr.isTTY);
  if (!tty && !forced) return undefined;
  return {
    /** @param {{ done: number, total: number, page: import('./page-audit.js').PageResult }} progress */
    update({ done, total, page }) {
      if (total < 2) return;
      const state = page.status === 'failed' ? `failed (${page.error?.kind})` : 'done';
      const line = `[${done}/${total}] ${state}: ${page.id}`;
      stderr.write(tty ? `\r\x1b[2K${line.slice(0, (stderr.columns || 80) - 1)}` : `${line}\n`);
    },
    done() {
      if (tty) stderr.write('\r\x1b[2K');
    },
  };
}
