// The serial speech stage: real speech in Chromium, one run per machine (one speech daemon, one
// audio sink). Web Speech through speech-dispatcher and espeak-ng, the HTTP audio engine against
// the reference TTS server, audio recorded from a PulseAudio null sink. Chromium keeps its audio
// (no --mute-audio) and follows the real user-activation rule for autoplay and speech
// (--autoplay-policy=document-user-activation-required): tests activate the page with real input.
// Without the speech packages every test reports itself skipped, saying why.
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startSpeechEnvironment } from './packages/read-aloud/test/speech-env.mjs';
import { chromeArgs, findChrome } from './test/wtr/find-chrome.mjs';
import { summaryReporter } from './test/wtr/summary-reporter.mjs';
import { common } from './web-test-runner.config.mjs';

const { rootDir } = common;
const required = process.env.CAREMODE_REQUIRE_SPEECH === '1';
// However the run ends, nothing it started may outlive it.
const HARD_LIMIT_MS = 10 * 60 * 1000;

const started = Date.now();
let speech;
let reason = '';
try {
  speech = await startSpeechEnvironment({ log: (line) => process.env.CAREMODE_SPEECH_LOG && console.log(line) });
  if (speech.unavailable) {
    reason = speech.unavailable;
    speech = undefined;
  }
} catch (error) {
  reason = `the speech environment did not start: ${error.message}`;
}
if (reason) console.warn(`\nSpeech tests ${required ? 'FAIL' : 'are skipped'}: ${reason}\n`);
mkdirSync(`${rootDir}.test-results`, { recursive: true });
writeFileSync(`${rootDir}.test-results/speech-setup.json`, JSON.stringify({ available: !!speech, reason, required, setupMs: Date.now() - started }, null, 2));
// Chromium finds PulseAudio and speech-dispatcher through this private runtime directory.
if (speech) Object.assign(process.env, speech.env);
setTimeout(() => {
  console.error('Speech stage: hard time limit reached; stopping.');
  void speech?.stop().finally(() => process.exit(1));
}, HARD_LIMIT_MS).unref();

let recording;
/** Commands for speech tests: what the environment is, what the TTS server received, the sink's sound. */
function speechPlugin() {
  return {
    name: 'caremode-speech',
    async serverStop() {
      await speech?.stop();
    },
    async executeCommand({ command }) {
      if (!command.startsWith('speech:')) return undefined;
      switch (command) {
        case 'speech:info':
          return { available: !!speech, reason, required, ttsBase: speech?.ttsBase ?? '' };
        case 'speech:received':
          return speech?.takeReceived() ?? [];
        case 'speech:record-start':
          recording = speech?.record();
          return true;
        case 'speech:record-stop': {
          const stats = await recording?.();
          recording = undefined;
          return stats ?? null;
        }
        case 'speech:reset-daemon':
          await speech?.resetSpeechDispatcher();
          return true;
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}

export default {
  ...common,
  files: ['packages/*/src/**/*.speech.test.ts'],
  testsFinishTimeout: 5 * 60 * 1000,
  // Every speech test has its own time limit; a silent daemon fails the test, never the run.
  testFramework: { config: { timeout: 30000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [...chromeArgs, '--enable-speech-dispatcher', '--autoplay-policy=document-user-activation-required'],
        // Puppeteer mutes headless audio by default; these tests listen to it.
        ignoreDefaultArgs: ['--mute-audio'],
      },
    }),
  ],
  plugins: [...common.plugins, speechPlugin()],
  reporters: [defaultReporter(), summaryReporter({ outFile: `${rootDir}.test-results/speech.json` })],
};
