// Read-aloud: time from pressing play to the start of speech (the first sentence's start event),
// for both engines: Web Speech (speech-dispatcher + espeak-ng) and the HTTP audio engine against
// the reference TTS server. A real click presses play; "first" is the first press after the page
// loaded (voice lists and the reader were prepared while the page was idle), "again" the median
// of later presses. Needs the speech packages (see docs/read-aloud.md); skipped without them.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { startSpeechEnvironment } from '../packages/read-aloud/test/speech-env.mjs';
import { chromeArgs, findChrome } from '../test/wtr/find-chrome.mjs';
import { median, serve } from './lib.mjs';

const RUNS = 7;
const root = new URL('..', import.meta.url).pathname;

const page = (ttsUrl) => `<!doctype html><html lang="vi"><body>
<care-read-aloud ${ttsUrl ? `tts-url="${ttsUrl}"` : ''}>
  <p>Đăng ký khai sinh trong vòng 60 ngày. Mang theo giấy chứng sinh.</p>
</care-read-aloud>
<script type="module" src="/player.js"></script>
<script type="module">
  const el = document.querySelector('care-read-aloud');
  window.times = [];
  let pressed = 0;
  document.addEventListener('pointerup', () => (pressed = performance.now()), true);
  el.addEventListener('care-read-sentence', (e) => {
    if (e.detail.index === 0) {
      window.times.push({ ms: performance.now() - pressed, engine: e.detail.engine });
      el.stop();
    }
  });
</script></body></html>`;

async function measure(browser, url) {
  const tab = await browser.newPage();
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => customElements.get('care-read-aloud') && document.querySelector('care-read-aloud').reader, { timeout: 20000 });
    // Idle time after load, as a person takes before pressing play.
    await new Promise((r) => setTimeout(r, 3000));
    const play = await tab.waitForSelector('care-read-aloud >>> [part="play"]');
    for (let i = 0; i < RUNS; i++) {
      await play.click();
      await tab.waitForFunction((n) => window.times.length > n, { timeout: 20000 }, i);
      await new Promise((r) => setTimeout(r, 300));
    }
    return tab.evaluate(() => window.times);
  } finally {
    await tab.close();
  }
}

export async function run() {
  const speech = await startSpeechEnvironment();
  if (speech.unavailable) {
    console.log(`Read-aloud play-to-start: skipped, ${speech.unavailable}`);
    return {};
  }
  const player = (
    await build({
      stdin: { contents: "import '@caremode/read-aloud/define/care-read-aloud.js';", resolveDir: root },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'error',
      // What ships (dist, after `npm run build`); CAREMODE_BENCH_SOURCE=1 measures the sources without a build.
      conditions: process.env.CAREMODE_BENCH_SOURCE ? ['source', 'browser', 'production'] : ['browser', 'production'],
    })
  ).outputFiles[0].text;
  const ttsUrl = `${speech.ttsBase}/speak?text={text}&amp;lang={lang}&amp;voice={voice}&amp;rate={rate}`;
  const server = await serve({ '/web-speech': page(''), '/http': page(ttsUrl), '/player.js': player });
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...chromeArgs, '--enable-speech-dispatcher', '--autoplay-policy=document-user-activation-required'],
    ignoreDefaultArgs: ['--mute-audio'],
    env: { ...process.env, ...speech.env },
  });
  const results = {};
  try {
    for (const [name, path] of [
      ['Web Speech (speech-dispatcher, espeak-ng)', '/web-speech'],
      ['HTTP audio (reference server, espeak-ng)', '/http'],
    ]) {
      const times = await measure(browser, `${server.url}${path}`);
      results[name] = { first: times[0].ms, again: median(times.slice(1).map((t) => t.ms)), engine: times[0].engine };
    }
  } finally {
    await browser.close();
    await server.close();
    await speech.stop();
  }
  console.log(`Read-aloud: pressing play to the start event (ms, Chromium headless, ${RUNS} presses each):`);
  for (const [name, r] of Object.entries(results)) {
    console.log(`  ${name.padEnd(44)} first ${r.first.toFixed(0).padStart(5)} ms   again (median) ${r.again.toFixed(0).padStart(5)} ms   [${r.engine}]`);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
