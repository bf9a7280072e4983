import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { careCommandsPlugin } from './test/wtr/care-commands-plugin.mjs';
import { startSpeechEnvironment } from './packages/read-aloud/test/speech-env.mjs';
import { engines, launcherFor } from './test/wtr/engines.mjs';
import { storiesPlugin } from './test/wtr/stories-plugin.mjs';
import { summaryReporter } from './test/wtr/summary-reporter.mjs';

const rootDir = new URL('.', import.meta.url).pathname;

// One engine a run, so each engine's counts and time stand on their own line of npm test's summary.
const engine = process.env.CAREMODE_ENGINE || 'chromium';
if (!engines.includes(engine)) throw new Error(`CAREMODE_ENGINE must be one of ${engines.join(', ')}, not ${engine}`);


/** What every browser test run shares (this one and the serial speech stage). */
export const common = {
  rootDir,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One page at a time: test files share an origin, so a second page's localStorage writes
  // would reach the first as storage events and change its care mode mid-test.
  concurrency: 1,
  // Lit's development build (the `development` condition) adds warnings worth seeing; its
  // one-line banner in every file is not.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    storiesPlugin({ rootDir }),
    careCommandsPlugin({ engine }),
  ],
  // Each file starts from empty storage, so preferences left by an earlier file cannot leak in.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
  <body>
    <script>try { localStorage.clear(); } catch {}</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};

// Firefox plays no audio at all without an audio device ("OnMediaSinkAudioError"), where
// Chromium falls back to a silent one: give the other engines a private PulseAudio null sink.
if (engine !== 'chromium') {
  const sink = await startSpeechEnvironment({ audioOnly: true });
  if (sink.unavailable) console.warn(`\n${engine}: no audio sink (${sink.unavailable}); tests that play audio will fail.\n`);
  else Object.assign(process.env, sink.env);
}

export default {
  ...common,
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', '!**/*.speech.test.ts'],
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [await launcherFor(engine)],
  reporters: [defaultReporter(), summaryReporter({ outFile: `${rootDir}.test-results/browser-${engine}.json` })],
};
