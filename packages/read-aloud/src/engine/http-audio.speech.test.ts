import { readAloud } from '@caremode/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/care-read-aloud.js';
import '../define/care-tap-to-read.js';
import { needSpeech, received, recordStart, recordStop, sleep, tap, type SpeechInfo } from '../internal/test-speech.js';
import type { CareReadAloud } from '../read-aloud/read-aloud.js';
import { readAloudMessages } from '../read-aloud/read-aloud.messages.js';
import { configureReadAloud } from '../reader/config.js';
import { SENTENCE_HIGHLIGHT } from '../reader/highlight.js';
import { pageReader } from '../runtime.js';
import type { CareTapToRead } from '../tap-to-read/tap-to-read.js';
import { HttpAudioEngine } from './http-audio.js';
import type { EngineEvent } from './types.js';
import { WebSpeechEngine } from './web-speech.js';

// The HTTP audio engine against the reference server (espeak-ng), in Chromium with the real
// autoplay rule. The first test runs before anything has touched the page.

const part = (el: CareReadAloud, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const finished = (el: CareReadAloud, timeout = 25000) => waitUntil(() => el.reader?.state === 'idle', 'reading did not finish', { timeout });

let info: SpeechInfo;
const template = () => `${info.ttsBase}/speak?text={text}&lang={lang}&voice={voice}&rate={rate}`;
const engine = () => new HttpAudioEngine({ url: template(), voices: `${info.ttsBase}/voices` });

describe('HTTP audio engine with the reference TTS server (espeak-ng)', function () {
  before(async function () {
    info = await needSpeech(this);
    await received();
  });
  afterEach(async () => {
    pageReader().stop();
    configureReadAloud({});
    await received();
  });

  it('is refused by the autoplay rule before the page is touched; the large button starts it on the next tap', async () => {
    expect(navigator.userActivation.hasBeenActive, 'nothing may have activated this page yet').to.equal(false);
    const el = await fixture<CareReadAloud>(html`<care-read-aloud lang="vi" tts-url=${template()} tts-voices=${`${info.ttsBase}/voices`}>
      <p>Xin chào. Đây là câu thứ hai.</p>
    </care-read-aloud>`);
    // audio.play() rejects with a real NotAllowedError: --autoplay-policy=document-user-activation-required.
    expect((await el.play()).status).to.equal('refused');
    await el.updateComplete;
    expect(part(el, 'play').classList.contains('start')).to.equal(true);
    expect(part(el, 'message').textContent!.trim()).to.equal(readAloudMessages.vi['readAloud.refused']);
    const sentence = oneEvent(el, 'care-read-sentence');
    await tap(part(el, 'play'));
    expect((await sentence).detail).to.include({ text: 'Xin chào.', engine: 'http-audio' });
    await finished(el);
    expect((await received()).map((r) => r.text).slice(-2)).to.deep.equal(['Xin chào.', 'Đây là câu thứ hai.']);
  });

  it('plays sentences in order with the right voice, the highlight following, and real sound in the sink', async () => {
    await tap();
    const el = await fixture<CareReadAloud>(html`<care-read-aloud lang="vi">
      <h3>Đăng ký khai sinh</h3>
      <p>Mang theo giấy chứng sinh.</p>
      <p lang="zh-CN">请携带出生医学证明。</p>
      <p lang="id">Bawa surat keterangan lahir.</p>
    </care-read-aloud>`);
    el.engines = [engine()];
    const seen: [string, string][] = [];
    el.addEventListener('care-read-sentence', (e) => seen.push([(e as CustomEvent).detail.text, [...CSS.highlights.get(SENTENCE_HIGHLIGHT)!].join('')]));
    await el.ready();
    await recordStart();
    await tap(part(el, 'play'));
    await finished(el);
    const sound = await recordStop();
    const texts = ['Đăng ký khai sinh', 'Mang theo giấy chứng sinh.', '请携带出生医学证明。', 'Bawa surat keterangan lahir.'];
    expect(seen).to.deep.equal(texts.map((t) => [t, t]));
    expect((await received()).map((r) => [r.text, r.lang, r.voice])).to.deep.equal([
      [texts[0], 'vi', 'vi'],
      [texts[1], 'vi', 'vi'],
      [texts[2], 'zh-CN', 'cmn'],
      [texts[3], 'id', 'id'],
    ]);
    expect(sound.voicedSeconds, 'the sink heard the sentences').to.be.greaterThan(2);
    expect(sound.rms).to.be.greaterThan(0.01);
  });

  it('pauses with silence in the gap, and resumes the same sentence where it stopped', async () => {
    await tap();
    const http = engine();
    const el = await fixture<CareReadAloud>(html`<care-read-aloud lang="en">
      <p>This first sentence is long enough to be paused in the middle and then continued from the same place. Second.</p>
    </care-read-aloud>`);
    el.engines = [http];
    await el.ready();
    await tap(part(el, 'play'));
    await waitUntil(() => el.reader!.state === 'playing', 'no start', { timeout: 10000 });
    await sleep(1200);
    await tap(part(el, 'play'));
    expect(el.reader!.state).to.equal('paused');
    const at = http.audio!.currentTime;
    expect(at).to.be.greaterThan(0.5);
    await recordStart();
    await sleep(1200);
    const gap = await recordStop();
    expect(gap.voicedSeconds, 'silence while paused').to.be.lessThan(0.15);
    expect(http.audio!.paused).to.equal(true);
    expect(http.audio!.currentTime).to.equal(at);
    await tap(part(el, 'play'));
    await sleep(500);
    expect(el.reader!.index, 'still the first sentence').to.equal(0);
    expect(http.audio!.currentTime, 'continued, not started again').to.be.greaterThan(at);
    await finished(el);
    const sent = (await received()).map((r) => r.text);
    expect(sent, 'each sentence fetched once: resume does not fetch again').to.deep.equal([
      'This first sentence is long enough to be paused in the middle and then continued from the same place.',
      'Second.',
    ]);
  });

  it('changes the duration with the speed (the service speaks at the rate asked) and at once mid-sentence', async () => {
    await tap();
    const http = engine();
    const voice = (await http.voicesFor('id'))[0]!;
    const text = 'Silakan bawa kartu tanda penduduk dan kartu keluarga ke kantor kelurahan.';
    const time = (rate: number) =>
      new Promise<number>((resolve, reject) => {
        let start = 0;
        http.speak({ text, lang: 'id', rate, voice }, (e: EngineEvent) => {
          if (e.type === 'start') start = performance.now();
          if (e.type === 'end') resolve(performance.now() - start);
          if (e.type === 'error') reject(new Error(e.error));
        });
      });
    const normal = await time(1);
    const fast = await time(2);
    expect(fast / normal).to.be.lessThan(0.7);
    expect((await received()).map((r) => r.rate)).to.deep.equal([1, 2]);
    // A change while a sentence plays applies to the rest of it through the audio element.
    const events: string[] = [];
    http.speak({ text, lang: 'id', rate: 1, voice }, (e) => events.push(e.type));
    await waitUntil(() => events.includes('start'), 'no start', { timeout: 10000 });
    http.setRate(1.5);
    expect(http.audio!.playbackRate).to.equal(1.5);
    http.cancel();
  });

  it('serves correct WAV files whose decoded samples are not silent', async () => {
    const response = await fetch(`${info.ttsBase}/speak?text=${encodeURIComponent('Chúc bạn một ngày tốt lành.')}&lang=vi`);
    expect(response.headers.get('content-type')).to.equal('audio/wav');
    expect(response.headers.get('cache-control')).to.equal('no-store');
    const bytes = await response.arrayBuffer();
    const view = new DataView(bytes);
    expect(view.getUint32(4, true), 'RIFF size').to.equal(bytes.byteLength - 8);
    expect(view.getUint32(40, true), 'data size').to.equal(bytes.byteLength - 44);
    const audio = await new OfflineAudioContext(1, 1, 22050).decodeAudioData(bytes.slice(0));
    expect(audio.duration).to.be.greaterThan(0.8);
    const samples = audio.getChannelData(0);
    const rms = Math.sqrt(samples.reduce((sum, v) => sum + v * v, 0) / samples.length);
    expect(rms).to.be.greaterThan(0.02);
    // A browser reads its duration from the header (an endless duration means a broken header).
    const element = new Audio(URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' })));
    await oneEvent(element, 'loadedmetadata');
    expect(element.duration).to.be.within(audio.duration - 0.05, audio.duration + 0.05);
  });

  it('bounds what the server accepts', async () => {
    const status = async (query: string) => (await fetch(`${info.ttsBase}/speak?${query}`)).status;
    expect(await status(`text=${'a'.repeat(501)}&lang=en`)).to.equal(413);
    expect(await status('text=Hello&lang=en&rate=3')).to.equal(400);
    expect(await status('text=&lang=en')).to.equal(400);
    expect(await status('text=Hello&lang=x-klingon')).to.equal(404);
    expect(await (await fetch(`${info.ttsBase}/voices`)).json()).to.have.deep.property('voices').that.deep.includes({ id: 'vi', lang: 'vi', name: 'Tiếng Việt (espeak-ng)' });
  });

  it('never lets private text reach the server: data-care-private, passwords, one-time codes', async () => {
    await tap();
    configureReadAloud({ engines: [engine()] });
    const page = await fixture(html`<div lang="vi">
      <care-tap-to-read></care-tap-to-read>
      <care-read-aloud for="details"></care-read-aloud>
      <section id="details">
        <p>Họ và tên: <span data-care-private>Nguyễn Thị Hoa</span>.</p>
        <p>Số định danh: <span data-care-private>079 2345 6734</span>.</p>
        <label>Mật khẩu <input type="password" value="matkhau-bimat" /></label>
        <label>Mã xác thực <input id="otp" autocomplete="one-time-code" value="493021" /></label>
      </section>
    </div>`);
    const player = page.querySelector('care-read-aloud')!;
    await player.ready();
    // The player, core's service and tap-to-read, each with only the network engine.
    await tap(part(player, 'play'));
    await finished(player);
    expect((await readAloud({ element: page.querySelector('#details')! })).status).to.equal('done');
    const toggle = page.querySelector<CareTapToRead>('care-tap-to-read')!;
    await tap(toggle.shadowRoot!.querySelector('button')!);
    await import('../tap-to-read/mode.js');
    await sleep(100);
    await tap(page.querySelector('#otp')!);
    await waitUntil(() => pageReader().busy, 'tap-to-read did not read the field', { timeout: 5000 });
    await waitUntil(() => !pageReader().busy, 'tap-to-read did not finish', { timeout: 15000 });
    toggle.active = false;
    // The engine itself refuses text marked private, whoever asks.
    const refused = await new Promise<EngineEvent>((resolve) => engine().speak({ text: 'Nguyễn Thị Hoa', lang: 'vi', rate: 1, private: true }, resolve));
    expect(refused).to.deep.equal({ type: 'error', error: 'private' });
    const all = (await received()).map((r) => r.text);
    expect(all).to.include.members(['Họ và tên:', 'Số định danh:', 'Mật khẩu', 'Mã xác thực']);
    const text = all.join(' | ');
    for (const secret of ['Hoa', '6734', 'matkhau', '493021']) expect(text, secret).not.to.contain(secret);
    expect(player.reader!.skippedPrivate).to.be.greaterThan(0);
  });

  it('offers the next engine when the first has no voice for a language', async () => {
    await tap();
    const el = await fixture<CareReadAloud>(html`<care-read-aloud lang="th"><p>สวัสดีครับ</p></care-read-aloud>`);
    el.engines = [engine(), new WebSpeechEngine()];
    const sentence = oneEvent(el, 'care-read-sentence');
    await el.ready();
    await tap(part(el, 'play'));
    expect((await sentence).detail).to.include({ engine: 'web-speech', lang: 'th' });
    await finished(el);
    expect(await received(), 'the TTS server has no Thai voice and was not asked').to.deep.equal([]);
  });
});
