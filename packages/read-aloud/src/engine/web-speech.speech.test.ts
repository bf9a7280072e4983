import { ManualClock, readAloud, setClock } from '@caremode/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/care-read-aloud.js';
import { needSpeech, recordStart, recordStop, sleep, tap } from '../internal/test-speech.js';
import type { CareReadAloud } from '../read-aloud/read-aloud.js';
import { readAloudMessages } from '../read-aloud/read-aloud.messages.js';
import { configureReadAloud } from '../reader/config.js';
import { SENTENCE_HIGHLIGHT } from '../reader/highlight.js';
import type { EngineEvent, EngineUtterance } from './types.js';
import { WebSpeechEngine } from './web-speech.js';

// Web Speech in Chromium with --enable-speech-dispatcher: espeak-ng voices, real start and end
// events, real audio in the PulseAudio null sink. The first test runs before anything has
// touched the page, so the browser's own refusal is what it meets.

const part = (el: CareReadAloud, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Speaks one sentence; resolves with its events and their times (ms since speaking). */
function say(engine: WebSpeechEngine, u: EngineUtterance, limit = 20000): Promise<{ type: string; at: number; error?: string }[]> {
  const events: { type: string; at: number; error?: string }[] = [];
  const t0 = performance.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(events), limit);
    engine.speak(u, (e: EngineEvent) => {
      events.push({ type: e.type, at: performance.now() - t0, ...(e.type === 'error' ? { error: e.error } : {}) });
      if (e.type === 'end' || e.type === 'error') {
        clearTimeout(timer);
        resolve(events);
      }
    });
  });
}

/** Utterances handed to the platform (the real speak() still runs). */
function watchSpeak() {
  const spoken: SpeechSynthesisUtterance[] = [];
  const real = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
    spoken.push(u);
    real(u);
  };
  return { spoken, restore: () => delete (speechSynthesis as { speak?: unknown }).speak };
}

describe('Web Speech engine (speech-dispatcher, espeak-ng, PulseAudio)', function () {
  before(async function () {
    await needSpeech(this);
  });
  afterEach(() => {
    speechSynthesis.cancel();
    configureReadAloud({});
  });

  it('is refused before the page is touched; the player then shows a large button that starts on the next tap', async () => {
    expect(navigator.userActivation.hasBeenActive, 'nothing may have activated this page yet').to.equal(false);
    const el = await fixture<CareReadAloud>(html`<care-read-aloud lang="en"><p>Reading starts after a tap. Thank you.</p></care-read-aloud>`);
    el.engines = [new WebSpeechEngine()];
    // Chromium fires a real SpeechSynthesisErrorEvent "not-allowed": no user activation yet.
    expect((await el.play()).status).to.equal('refused');
    await el.updateComplete;
    const start = part(el, 'play');
    expect(start.classList.contains('start')).to.equal(true);
    expect(start.getBoundingClientRect().height).to.be.at.least(66);
    expect(part(el, 'message').textContent!.trim()).to.equal(readAloudMessages.en['readAloud.refused']);
    // The service says so too, so a step guide can show its own button instead of failing silently.
    configureReadAloud({ engines: [new WebSpeechEngine()] });
    expect((await readAloud({ text: 'Step two.', lang: 'en' })).status).to.equal('refused');
    // The next tap on the large button starts reading, within that tap.
    const sentence = oneEvent(el, 'care-read-sentence');
    await tap(start);
    expect((await sentence).detail).to.include({ text: 'Reading starts after a tap.', engine: 'web-speech' });
    await waitUntil(() => el.reader!.state === 'idle', 'reading did not finish', { timeout: 20000 });
    expect(part(el, 'message').textContent!.trim()).to.equal('');
  });

  it('chooses a voice by language: Vietnamese, Mandarin and Cantonese for zh, Indonesian, English', async () => {
    const engine = new WebSpeechEngine();
    const best = async (lang: string) => (await engine.voicesFor(lang))[0];
    expect((await best('vi'))!.lang).to.equal('vi');
    expect((await best('vi-VN'))!.name).to.match(/^Vietnamese/);
    expect((await best('zh-CN'))!.lang).to.equal('cmn');
    expect((await best('zh'))!.lang).to.equal('cmn');
    expect((await best('zh-Hans'))!.lang).to.equal('cmn');
    expect((await best('zh-HK'))!.lang).to.equal('yue');
    expect((await best('id'))!.lang).to.equal('id');
    expect((await best('in'))!.lang, 'the legacy code Android reports').to.equal('id');
    expect((await best('en-GB'))!.lang).to.equal('en-GB');
    expect((await best('en'))!.lang).to.match(/^en/);
    for (const lang of ['vi', 'zh', 'id', 'en']) expect((await best(lang))!.name, 'the plain voice, not a speaker variant').not.to.contain('+');
    expect(await engine.voicesFor('x-klingon')).to.deep.equal([]);
  });

  it('speaks each language with its voice and language set: start, then end, with real sound', async () => {
    await tap();
    const engine = new WebSpeechEngine();
    const watch = watchSpeak();
    await recordStart();
    try {
      for (const [lang, text] of [
        ['vi', 'Xin chào, đây là chế độ chăm sóc.'],
        ['zh-CN', '你好，这是关怀模式。'],
        ['id', 'Selamat pagi, ini mode peduli.'],
        ['en', 'Good morning, this is care mode.'],
      ] as const) {
        const voice = (await engine.voicesFor(lang))[0]!;
        const events = await say(engine, { text, lang, rate: 1, voice });
        expect(events.map((e) => e.type), lang).to.deep.equal(['start', 'end']);
        expect(events[1]!.at - events[0]!.at, `${lang} took real time to say`).to.be.greaterThan(400);
      }
    } finally {
      watch.restore();
    }
    const sound = await recordStop();
    expect(sound.voicedSeconds, 'the sink heard speech').to.be.greaterThan(2);
    expect(watch.spoken.map((u) => [u.lang, u.voice?.lang])).to.deep.equal([
      ['vi', 'vi'],
      ['cmn', 'cmn'],
      ['id', 'id'],
      ['en-US', 'en-US'],
    ]);
  });

  it('speaks faster at a higher rate', async () => {
    await tap();
    const engine = new WebSpeechEngine();
    const voice = (await engine.voicesFor('en'))[0]!;
    const text = 'Please bring your identity card and the birth certificate from the hospital.';
    const time = async (rate: number) => {
      const events = await say(engine, { text, lang: 'en', rate, voice });
      expect(events.map((e) => e.type)).to.deep.equal(['start', 'end']);
      return events[1]!.at - events[0]!.at;
    };
    const normal = await time(1);
    const fast = await time(2);
    expect(fast / normal).to.be.lessThan(0.75);
  });

  it('pauses by cancelling and remembering the sentence, resumes by saying it again, never with the platform’s pause', async () => {
    await tap();
    const engine = new WebSpeechEngine();
    const voice = (await engine.voicesFor('vi'))[0]!;
    const calls = { pause: 0, resume: 0 };
    const platform = speechSynthesis as unknown as Record<string, unknown>;
    platform.pause = () => calls.pause++;
    platform.resume = () => calls.resume++;
    try {
      const events: string[] = [];
      engine.speak({ text: 'Đây là một câu khá dài để có thời gian tạm dừng giữa chừng rồi đọc tiếp.', lang: 'vi', rate: 1, voice }, (e) => events.push(e.type));
      await waitUntil(() => events.includes('start'), 'no start', { timeout: 10000 });
      await sleep(400);
      engine.pause();
      await recordStart();
      await sleep(1000);
      const gap = await recordStop();
      expect(events, 'no end or error while paused').to.deep.equal(['start']);
      expect(speechSynthesis.speaking).to.equal(false);
      expect(gap.voicedSeconds, 'silence while paused').to.be.lessThan(0.2);
      engine.resume();
      await waitUntil(() => events.at(-1) === 'end', 'no end after resume', { timeout: 20000 });
      expect(events).to.deep.equal(['start', 'start', 'end']);
      expect(calls).to.deep.equal({ pause: 0, resume: 0 });
    } finally {
      delete platform.pause;
      delete platform.resume;
    }
  });

  it('cancels at once, reports nothing more, and speaks again afterwards (the daemon is not jammed)', async () => {
    await tap();
    const engine = new WebSpeechEngine();
    const voice = (await engine.voicesFor('id'))[0]!;
    const events: string[] = [];
    engine.speak({ text: 'Kalimat ini cukup panjang supaya bisa dibatalkan di tengah jalan tanpa selesai.', lang: 'id', rate: 1, voice }, (e) => events.push(e.type));
    await waitUntil(() => events.includes('start'), 'no start', { timeout: 10000 });
    engine.cancel();
    await sleep(800);
    expect(events).to.deep.equal(['start']);
    expect(speechSynthesis.speaking).to.equal(false);
    expect((await say(engine, { text: 'Selesai.', lang: 'id', rate: 1, voice })).map((e) => e.type)).to.deep.equal(['start', 'end']);
  });

  it('turns a missing end into a timeout error (watchdog on core’s clock) and silences the platform', async () => {
    await tap();
    const clock = new ManualClock();
    const restore = setClock(clock);
    try {
      const engine = new WebSpeechEngine();
      const voice = (await engine.voicesFor('en'))[0]!;
      const events: EngineEvent[] = [];
      engine.speak({ text: 'This sentence is still being spoken when the clock jumps far ahead of it, as if the end event were lost.', lang: 'en', rate: 1, voice }, (e) =>
        events.push(e),
      );
      await waitUntil(() => events.some((e) => e.type === 'start'), 'no start', { timeout: 10000 });
      clock.advance(10 * 60 * 1000);
      expect(events.map((e) => e.type)).to.deep.equal(['start', 'error']);
      expect(events[1]).to.include({ error: 'timeout' });
      await waitUntil(() => !speechSynthesis.speaking, 'the platform kept speaking', { timeout: 5000 });
      await sleep(500);
      expect(events.length, 'the real end, if it comes, is not reported').to.equal(2);
    } finally {
      restore();
    }
  });

  it('reads a mixed-language page with the voice of each paragraph’s language, highlighting as it goes', async () => {
    await tap();
    const watch = watchSpeak();
    try {
      const el = await fixture<CareReadAloud>(html`<care-read-aloud lang="vi">
        <p>Xin chào.</p>
        <p lang="zh-CN">欢迎。</p>
        <p lang="id">Selamat datang.</p>
        <p lang="en">Welcome.</p>
      </care-read-aloud>`);
      const seen: [string, string][] = [];
      el.addEventListener('care-read-sentence', (e) => seen.push([(e as CustomEvent).detail.text, [...CSS.highlights.get(SENTENCE_HIGHLIGHT)!].join('')]));
      await el.ready();
      await tap(part(el, 'play'));
      await waitUntil(() => seen.length === 4 && el.reader!.state === 'idle', 'not all read', { timeout: 25000 });
      expect(seen).to.deep.equal([
        ['Xin chào.', 'Xin chào.'],
        ['欢迎。', '欢迎。'],
        ['Selamat datang.', 'Selamat datang.'],
        ['Welcome.', 'Welcome.'],
      ]);
      expect(watch.spoken.map((u) => u.voice?.lang)).to.deep.equal(['vi', 'cmn', 'id', 'en-US']);
    } finally {
      watch.restore();
    }
  });
});
