import { careLocales, getPreferencesStore, ManualClock, setClock } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { axNode, emulateMedia } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-read-aloud.js';
import type { SpeechEngine } from '../engine/types.js';
import { WebSpeechEngine } from '../engine/web-speech.js';
import { toneService } from '../internal/test-tone.js';
import { SENTENCE_HIGHLIGHT } from '../reader/highlight.js';
import type { CareReadAloud } from './read-aloud.js';
import { readAloudExamples, renderReadAloud } from './read-aloud.examples.js';
import { readAloudMessages } from './read-aloud.messages.js';
import { readAloudStrings as readAloudStringsEn } from './read-aloud.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const readAloudStrings = withLocales(readAloudStringsEn);

const part = (el: CareReadAloud, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const highlighted = () => [...(CSS.highlights.get(SENTENCE_HIGHLIGHT) ?? [])].map((r) => r.toString());

/** A real click: the browser counts it as the person asking for sound. */
async function tap(target: Element) {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

async function player(content: ReturnType<typeof html>, engines: SpeechEngine[] = [toneService().engine], attrs: { lang?: string } = {}) {
  const el = await fixture<CareReadAloud>(html`<care-read-aloud lang=${attrs.lang ?? 'vi'} .engines=${engines}>${content}</care-read-aloud>`);
  await el.ready();
  await el.updateComplete;
  return el;
}

const finished = (el: CareReadAloud) => waitUntil(() => el.reader?.state === 'idle', 'reading did not finish', { timeout: 15000 });

describeExamples('care-read-aloud', readAloudExamples, renderReadAloud);

describe('care-read-aloud', () => {
  afterEach(async () => {
    await resetMode();
    CSS.highlights.clear();
  });

  it('reads its sentences in order, highlighting each as it sounds, then clears the highlight', async () => {
    const tone = toneService();
    const el = await player(html`<h3>Đăng ký khai sinh</h3><p>Mang theo giấy chứng sinh. Nộp tại phường!</p>`, [tone.engine]);
    const events: [string, string[]][] = [];
    el.addEventListener('care-read-sentence', (e) => events.push([(e as CustomEvent).detail.text, highlighted()]));
    await tap(part(el, 'play'));
    await waitUntil(() => el.reader!.state === 'playing');
    expect(part(el, 'play').textContent!.trim()).to.equal(readAloudMessages.vi['readAloud.pause']);
    expect(part(el, 'progress').textContent!.trim()).to.equal('Câu 1/3');
    await finished(el);
    expect(tone.texts()).to.deep.equal(['Đăng ký khai sinh', 'Mang theo giấy chứng sinh.', 'Nộp tại phường!']);
    expect(events).to.deep.equal([
      ['Đăng ký khai sinh', ['Đăng ký khai sinh']],
      ['Mang theo giấy chứng sinh.', ['Mang theo giấy chứng sinh.']],
      ['Nộp tại phường!', ['Nộp tại phường!']],
    ]);
    expect(tone.requests.every((r) => r.lang === 'vi')).to.equal(true);
    expect(CSS.highlights.has(SENTENCE_HIGHLIGHT)).to.equal(false);
    expect(part(el, 'progress').hidden).to.equal(true);
  });

  it('pauses in the middle of a sentence and continues the same sentence', async () => {
    const tone = toneService({ msPerChar: 60 });
    const el = await player(html`<p>Câu thứ nhất khá dài để có thời gian tạm dừng. Câu thứ hai.</p>`, [tone.engine]);
    await tap(part(el, 'play'));
    await waitUntil(() => el.reader!.state === 'playing');
    await tap(part(el, 'play'));
    expect(el.reader!.state).to.equal('paused');
    expect(part(el, 'play').textContent!.trim()).to.equal('Đọc tiếp');
    const index = el.reader!.index;
    await new Promise((r) => setTimeout(r, 600));
    expect(el.reader!.state, 'nothing plays while paused').to.equal('paused');
    expect(tone.requests.length, 'no new sentence while paused').to.equal(1);
    await tap(part(el, 'play'));
    expect(el.reader!.state).to.equal('playing');
    expect(el.reader!.index).to.equal(index);
    await finished(el);
    expect(tone.texts()).to.deep.equal(['Câu thứ nhất khá dài để có thời gian tạm dừng.', 'Câu thứ hai.']);
  });

  it('moves between sentences and stops with the buttons', async () => {
    const tone = toneService({ msPerChar: 80 });
    const el = await player(html`<p>Một. Hai. Ba. Bốn.</p>`, [tone.engine]);
    for (const name of ['stop', 'previous', 'next']) expect(part(el, name).hidden, `${name} before reading`).to.equal(true);
    await tap(part(el, 'play'));
    await waitUntil(() => el.reader!.state === 'playing');
    await tap(part(el, 'next'));
    await waitUntil(() => highlighted()[0] === 'Hai.');
    await tap(part(el, 'next'));
    await waitUntil(() => highlighted()[0] === 'Ba.');
    await tap(part(el, 'previous'));
    await waitUntil(() => highlighted()[0] === 'Hai.');
    await tap(part(el, 'stop'));
    expect(el.reader!.state).to.equal('idle');
    expect(highlighted()).to.deep.equal([]);
    expect(tone.texts()).to.deep.equal(['Một.', 'Hai.', 'Ba.', 'Hai.']);
    // Stop hides itself; focus goes to the play button instead of being lost.
    await el.updateComplete;
    expect(part(el, 'stop').hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('play');
  });

  it('has keyboard shortcuts while focus is in the player', async () => {
    const tone = toneService({ msPerChar: 80 });
    const el = await player(html`<p>Một. Hai. Ba.</p>`, [tone.engine]);
    part(el, 'play').focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => el.reader!.state === 'playing');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => highlighted()[0] === 'Hai.');
    await sendKeys({ press: 'ArrowUp' });
    expect(getPreferencesStore().get().readAloudRate).to.equal(1.25);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(getPreferencesStore().get().readAloudRate).to.equal(0.75);
    await sendKeys({ press: 'k' });
    expect(el.reader!.state).to.equal('paused');
    await sendKeys({ press: 'Escape' });
    expect(el.reader!.state).to.equal('idle');
    expect(part(el, 'play').getAttribute('aria-keyshortcuts')).to.equal('K');
    expect(part(el, 'stop').getAttribute('aria-keyshortcuts')).to.equal('Escape');
  });

  it('changes speed in steps from 0.5x to 2x, keeps it in the preferences store and reads at it', async () => {
    const tone = toneService();
    const el = await player(html`<p>Một.</p>`, [tone.engine]);
    for (let i = 0; i < 6; i++) await tap(part(el, 'faster'));
    expect(el.rate).to.equal(2);
    expect(part(el, 'faster').getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'rate').textContent).to.equal('Tốc độ 2×');
    for (let i = 0; i < 8; i++) await tap(part(el, 'slower'));
    expect(el.rate).to.equal(0.5);
    expect(part(el, 'rate').textContent).to.equal('Tốc độ 0,5×');
    expect(JSON.parse(localStorage.getItem(getPreferencesStore().key)!).readAloudRate).to.equal(0.5);
    // Another player, another page: the same speed.
    const other = await player(html`<p>Hai.</p>`, [tone.engine]);
    expect(part(other, 'rate').textContent).to.equal('Tốc độ 0,5×');
    await tap(part(other, 'play'));
    await finished(other);
    expect(tone.requests.at(-1)!.rate).to.equal(0.5);
  });

  it('reads the element named by `for` and says so plainly when there is nothing to read', async () => {
    const tone = toneService();
    const wrapper = await fixture(html`<div lang="id">
      <care-read-aloud for="notice"></care-read-aloud>
      <article id="notice"><p>Kantor buka pukul delapan. Bawa KTP.</p></article>
      <care-read-aloud for="missing"></care-read-aloud>
    </div>`);
    const [reads, missing] = [...wrapper.querySelectorAll('care-read-aloud')];
    reads!.engines = [tone.engine];
    missing!.engines = [tone.engine];
    await reads!.ready();
    // Its first render waits for Indonesian, loaded on first use: ready() loads only the reader.
    await reads!.updateComplete;
    await tap(part(reads!, 'play'));
    await finished(reads!);
    expect(tone.texts()).to.deep.equal(['Kantor buka pukul delapan.', 'Bawa KTP.']);
    expect((await missing!.play()).status).to.equal('empty');
    await missing!.updateComplete;
    expect(part(missing!, 'message').textContent!.trim()).to.equal(readAloudMessages.id['readAloud.empty']);
  });

  it('never sends private text to a network engine, and says it was left out', async () => {
    const tone = toneService();
    const el = await player(html`<p>Họ và tên: <span data-care-private>Nguyễn Thị Hoa</span>. Số định danh: <span data-care-private>079 2345 6734</span>.</p>`, [
      tone.engine,
    ]);
    await tap(part(el, 'play'));
    await finished(el);
    const sent = tone.texts().join(' ');
    expect(sent).to.contain('Họ và tên:');
    expect(sent).not.to.contain('Hoa');
    expect(sent).not.to.contain('6734');
    await el.updateComplete;
    expect(part(el, 'message').textContent!.trim()).to.equal(readAloudMessages.vi['readAloud.private']);
  });

  it('says which language has no voice and which languages can be read', async () => {
    const tone = toneService();
    const el = await player(html`<p>สวัสดีครับ</p><p lang="vi">Xin chào.</p>`, [tone.engine], { lang: 'th' });
    const outcome = el.play();
    expect((await outcome).status).to.equal('no-voice');
    await waitUntil(() => part(el, 'message').textContent!.includes('Vietnamese'));
    const message = part(el, 'message').textContent!.replace(/\s+/g, ' ').trim();
    expect(message).to.equal('This device has no voice for Thai. It can read: Vietnamese, Chinese, Indonesian, and English.');
    expect(part(el, 'message').getAttribute('role')).to.equal('status');
    // The sentence without a voice can be skipped.
    expect(part(el, 'next').hidden).to.equal(false);
    await tap(part(el, 'next'));
    await finished(el);
    expect(tone.texts()).to.deep.equal(['Xin chào.']);
  });

  it('says plainly when the browser has no voices at all (Web Speech with nothing installed)', async function () {
    if (!WebSpeechEngine.supported || speechSynthesis.getVoices().length) this.skip();
    const clock = new ManualClock();
    const restore = setClock(clock);
    try {
      const el = await player(html`<p>Xin chào.</p>`, [new WebSpeechEngine()]);
      const outcome = el.play();
      await new Promise((r) => setTimeout(r, 50));
      clock.advance(6000);
      expect((await outcome).status).to.equal('no-voice');
      await waitUntil(() => part(el, 'message').textContent!.includes(readAloudMessages.vi['readAloud.noVoices']));
      expect(part(el, 'message').textContent).to.contain('Thiết bị này không có giọng đọc tiếng Việt.');
    } finally {
      restore();
    }
  });

  needs('accessibility-tree')('names its controls for screen readers and voice control', async () => {
    const el = await player(html`<p>Một.</p>`);
    el.id = 'ax-player';
    const group = await axNode('#ax-player >>> [part="controls"]', false);
    expect(group).to.include({ role: 'group', name: 'Đọc to' });
    expect(await axNode('#ax-player >>> [part="play"]')).to.include({ role: 'button', name: 'Đọc to' });
    expect(await axNode('#ax-player >>> [part="faster"]')).to.include({ role: 'button', name: 'Nhanh hơn' });
    el.engines = [toneService({ msPerChar: 200 }).engine];
    await tap(part(el, 'play'));
    await waitUntil(() => el.reader!.state === 'playing');
    expect(await axNode('#ax-player >>> [part="play"]')).to.include({ role: 'button', name: 'Tạm dừng' });
    expect(await axNode('#ax-player >>> [part="next"]'), 'one sentence: nothing next').to.include({ role: 'button', name: 'Câu sau', disabled: true });
    el.stop();
  });

  it('shows every built-in string in each locale with no English left', async () => {
    for (const locale of careLocales) {
      const el = await player(html`<p>x</p>`, [toneService().engine], { lang: locale });
      const strings = readAloudStrings[locale] as Record<string, string>;
      expect(part(el, 'play').textContent!.trim()).to.equal(strings['readAloud.play']);
      const later = readAloudMessages[locale] as Record<string, string>;
      expect(part(el, 'stop').textContent!.trim()).to.equal(later['readAloud.stop']);
      expect(part(el, 'previous').textContent!.trim()).to.equal(later['readAloud.previous']);
      expect(part(el, 'next').textContent!.trim()).to.equal(later['readAloud.next']);
      expect(part(el, 'slower').textContent!.trim()).to.equal(strings['readAloud.slower']);
      expect(part(el, 'faster').textContent!.trim()).to.equal(strings['readAloud.faster']);
      if (locale !== 'en') {
        for (const [key, text] of Object.entries(strings)) expect(text, key).not.to.equal((readAloudStrings.en as Record<string, string>)[key]);
        for (const [key, text] of Object.entries(readAloudMessages[locale])) {
          expect(text, key).not.to.equal((readAloudMessages.en as Record<string, string>)[key]);
        }
      }
      expect(Object.keys(readAloudMessages[locale]).sort()).to.deep.equal(Object.keys(readAloudMessages.en).sort());
    }
  });

  it('keeps every control at the target size in both modes, and wraps at 320 px', async () => {
    const wrapper = await fixture(html`<div style="width:320px"><care-read-aloud lang="id"><p>Halo.</p></care-read-aloud></div>`);
    const el = wrapper.querySelector('care-read-aloud')!;
    await el.updateComplete;
    for (const careMode of [false, true]) {
      await applyMode({ careMode, contrast: 'default' });
      const min = requirements.target.minPx[careMode ? 'care' : 'default'];
      for (const button of [...el.shadowRoot!.querySelectorAll('button')].filter((b) => !b.hidden)) {
        const r = button.getBoundingClientRect();
        expect(Math.min(r.width, r.height), button.getAttribute('part')!).to.be.at.least(min - 0.5);
        expect(r.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
    }
  });

  needs('media-emulation')('stays usable in forced colours', async () => {
    const el = await player(html`<p>Một.</p>`);
    await emulateMedia({ 'forced-colors': 'active' });
    try {
      const style = getComputedStyle(part(el, 'play'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    } finally {
      await emulateMedia({});
    }
  });

  it('scrolls the sentence being read into view', async () => {
    const tone = toneService({ msPerChar: 150 });
    const el = await player(html`<p>Câu đầu tiên.</p><div style="height:3000px"></div><p id="far">Câu ở cuối trang.</p>`, [tone.engine]);
    await tap(part(el, 'play'));
    await waitUntil(() => el.reader!.state === 'playing');
    window.scrollTo(0, 0);
    const far = el.querySelector('#far')!;
    expect(far.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    const second = oneEvent(el, 'care-read-sentence');
    el.next();
    expect((await second).detail.index).to.equal(1);
    await waitUntil(
      () => {
        const r = far.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      },
      'the sentence was not brought into view',
      { timeout: 5000 },
    );
    el.stop();
  });

  it('ignores odd attribute values without throwing', async () => {
    const el = await fixture<CareReadAloud>(html`<care-read-aloud for="💥 </p>" tts-url="" tts-voices="::"><p>x</p></care-read-aloud>`);
    await el.ready();
    expect((await el.play()).status).to.equal('empty');
  });
});
