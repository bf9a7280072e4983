// scripts/test.mjs's stage that reruns the text-measuring tests under the crowded fonts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontEnv } from './fontconfig.mjs';
import { nodeFiles } from './text-measuring-tests.mjs';

/**
 * @param {{ run: (cmd: string, args: string[], env?: Record<string, string>) => Promise<number>, bin: (name: string) => string, results: string }} tools scripts/test.mjs's
 * @returns {Promise<{ passed: number, failed: number, skipped: number }>}
 */
export async function crowdedFontsStage({ run, bin, results }) {
  // The main config picks its engine from CAREMODE_ENGINE; this stage is about Chromium's fonts.
  const env = { ...fontEnv('crowded'), CAREMODE_ENGINE: 'chromium' };
  let start = Date.now();
  const browserCode = await run(bin('web-test-runner'), ['--config', 'web-test-runner.fonts.config.mjs'], env);
  const out = join(results, 'fonts-browser.json');
  const json = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  const browser = json
    ? { passed: json.passed, failed: json.failed + (browserCode && !json.failed ? 1 : 0), skipped: json.skipped }
    : { passed: 0, failed: 1, skipped: 0 };
  if (json?.brokenFiles.length) console.error(`Files that failed outside a test: ${json.brokenFiles.join(', ')}`);
  console.log(`  web-test-runner under the crowded fonts: ${seconds(start)} s, ${browser.passed} passed, ${browser.failed} failed`);

  start = Date.now();
  const tap = join(results, 'fonts-node.tap');
  const nodeCode = await run('node', ['--test', '--test-reporter=tap', `--test-reporter-destination=${tap}`, '--test-reporter=spec', '--test-reporter-destination=stdout', ...nodeFiles], env);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (word) => Number(new RegExp(`^# ${word} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  const node = { passed: count('pass'), failed: failed + (nodeCode && !failed ? 1 : 0) };
  console.log(`  node:test under the crowded fonts: ${seconds(start)} s, ${node.passed} passed, ${node.failed} failed`);

  return { passed: browser.passed + node.passed, failed: browser.failed + node.failed, skipped: browser.skipped };
}

const seconds = (start) => ((Date.now() - start) / 1000).toFixed(1);
