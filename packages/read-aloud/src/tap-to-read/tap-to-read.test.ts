import { careLocales, clearMyData, ManualClock, setClock } from '@caremode/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-tap-to-read.js';
import { toneService } from '../internal/test-tone.js';
import { configureReadAloud } from '../reader/config.js';
import { SENTENCE_HIGHLIGHT } from '../reader/highlight.js';
import { pageReader } from '../runtime.js';
import { DWELL_MS } from './mode.js';
import type { CareTapToRead } from './tap-to-read.js';
import { tapToReadExamples, renderTapToRead } from './tap-to-read.examples.js';
import { tapToReadStrings as tapToReadStringsEn } from './tap-to-read.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const tapToReadStrings = withLocales(tapToReadStringsEn);

const center = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + Math.min(r.width / 2, 40)), Math.round(r.y + r.height / 2)];
};
const tap = (el: Element) => sendMouse({ type: 'click', position: center(el) });
const toggleButton = (el: CareTapToRead) => el.shadowRoot!.querySelector('button')!;
const idle = () => waitUntil(() => !pageReader().busy, 'reading did not end', { timeout: 10000 });

let tone = toneService();

/** The toggle switched on by a real tap, with a page to try it on. */
async function page(content: ReturnType<typeof html>) {
  const wrapper = await fixture(html`<div lang="vi"><care-tap-to-read></care-tap-to-read>${content}</div>`);
  const toggle = wrapper.querySelector('care-tap-to-read')!;
  // Its first render waits for the page's language, loaded on first use.
  await toggle.updateComplete;
  await tap(toggleButton(toggle));
  await waitUntil(() => toggle.active);
  await toggle.updateComplete;
  // The mode loads on first use; the first tap after that is read.
  await import('./mode.js');
  await new Promise((r) => setTimeout(r, 50));
  return { wrapper, toggle };
}

describeExamples('care-tap-to-read', tapToReadExamples, renderTapToRead);

describe('care-tap-to-read', () => {
  beforeEach(() => {
    tone = toneService();
    configureReadAloud({ engines: [tone.engine] });
  });
  afterEach(async () => {
    for (const t of document.querySelectorAll('care-tap-to-read')) t.active = false;
    pageReader().stop();
    configureReadAloud({});
    clearMyData();
    await resetMode();
  });

  needs('accessibility-tree')('is a toggle button that says whether it is on, and remembers the choice', async () => {
    const el = await fixture<CareTapToRead>(html`<care-tap-to-read id="ttr" lang="zh-CN"></care-tap-to-read>`);
    expect(await axNode('#ttr >>> button')).to.include({ role: 'button', name: '指读 关', pressed: false });
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await tap(toggleButton(el));
    await el.updateComplete;
    expect(changes).to.equal(1);
    expect(await axNode('#ttr >>> button')).to.include({ name: '指读 开', pressed: true });
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="hint"]')!.hidden).to.equal(false);
    // A new page with the toggle on it: still on.
    const again = await fixture<CareTapToRead>(html`<care-tap-to-read></care-tap-to-read>`);
    expect(again.active).to.equal(true);
    clearMyData();
    const cleared = await fixture<CareTapToRead>(html`<care-tap-to-read></care-tap-to-read>`);
    expect(cleared.active, '"clear my data" forgets it').to.equal(false);
  });

  it('reads a paragraph that is tapped, sentence by sentence with the highlight', async () => {
    const { wrapper } = await page(html`<p id="p">Hồ sơ được giải quyết trong <b>năm ngày</b> làm việc. Lệ phí là 50.000 đồng.</p>
      <p>Đoạn khác.</p>`);
    const seen: string[] = [];
    const stop = pageReader().subscribe((r) => r.state === 'playing' && seen.push([...(CSS.highlights.get(SENTENCE_HIGHLIGHT) ?? [])].join('')));
    await tap(wrapper.querySelector('b')!);
    await idle();
    stop();
    expect(tone.texts()).to.deep.equal(['Hồ sơ được giải quyết trong năm ngày làm việc.', 'Lệ phí là 50.000 đồng.']);
    expect(seen).to.deep.equal(['Hồ sơ được giải quyết trong năm ngày làm việc.', 'Lệ phí là 50.000 đồng.']);
    expect(tone.requests.every((r) => r.lang === 'vi')).to.equal(true);
  });

  it('reads a form control’s label, value, hint and error when it is reached by keyboard', async () => {
    const { wrapper } = await page(html`<form>
      <label for="phone">Số điện thoại</label>
      <p id="phone-hint">Chúng tôi nhắn tin khi có kết quả.</p>
      <p id="phone-error">Số điện thoại phải có 10 chữ số.</p>
      <input id="phone" value="0912 345" aria-describedby="phone-hint phone-error" aria-invalid="true" />
      <label><input type="checkbox" id="agree" checked /> Nhắc tôi qua tin nhắn</label>
    </form>`);
    toggleButtonFocus(wrapper);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('phone');
    await waitUntil(() => tone.requests.length >= 4, 'not all read', { timeout: 10000 });
    await idle();
    expect(tone.texts()).to.deep.equal(['Số điện thoại', '0912 345', 'Chúng tôi nhắn tin khi có kết quả.', 'Số điện thoại phải có 10 chữ số.']);
    tone.requests.length = 0;
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => tone.requests.length >= 2, 'not all read', { timeout: 10000 });
    await idle();
    expect(tone.texts()).to.deep.equal(['Nhắc tôi qua tin nhắn', 'đã chọn']);
  });

  it('reads a control inside a component’s shadow root, as Caremode fields are built', async () => {
    if (!customElements.get('x-tap-field')) {
      customElements.define(
        'x-tap-field',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = `<label for="c">Nama lengkap</label><div id="hint">Tulis sesuai KTP.</div>
              <div id="error">Nama wajib diisi.</div><input id="c" aria-describedby="hint error" aria-invalid="true" />`;
          }
        },
      );
    }
    const { wrapper } = await page(html`<x-tap-field lang="id"></x-tap-field>`);
    const input = wrapper.querySelector('x-tap-field')!.shadowRoot!.querySelector('input')!;
    await tap(input);
    await waitUntil(() => tone.requests.length >= 4, 'not all read', { timeout: 10000 });
    await idle();
    expect(tone.texts()).to.deep.equal(['Nama lengkap', 'kosong', 'Tulis sesuai KTP.', 'Nama wajib diisi.']);
    expect(tone.requests.map((r) => r.lang)).to.deep.equal(['id', 'id', 'id', 'id']);
  });

  it('never blocks the page: taps press buttons, follow links, tick boxes and type as usual', async () => {
    const { wrapper } = await page(html`<form id="f">
      <button type="button" id="b">Gửi lại mã</button>
      <a href="#next-step" id="a">Bước tiếp theo</a>
      <label><input type="checkbox" id="c" /> Đồng ý</label>
      <label>Họ và tên <input id="name" /></label>
      <button id="submit">Nộp hồ sơ</button>
    </form>`);
    let pressed = 0;
    const linkClicks: boolean[] = [];
    let submitted = 0;
    wrapper.querySelector('#b')!.addEventListener('click', () => pressed++);
    wrapper.querySelector('#a')!.addEventListener('click', (e) => {
      linkClicks.push(e.defaultPrevented);
      e.preventDefault();
    });
    wrapper.querySelector('form')!.addEventListener('submit', (e) => {
      submitted++;
      e.preventDefault();
    });
    await tap(wrapper.querySelector('#b')!);
    await tap(wrapper.querySelector('#a')!);
    await tap(wrapper.querySelector('#c')!);
    await tap(wrapper.querySelector('#name')!);
    await sendKeys({ type: 'Trần Văn Ba' });
    await tap(wrapper.querySelector('#submit')!);
    expect(pressed).to.equal(1);
    expect(linkClicks, 'the link click reached the page uncancelled').to.deep.equal([false]);
    expect(wrapper.querySelector<HTMLInputElement>('#c')!.checked).to.equal(true);
    expect(wrapper.querySelector<HTMLInputElement>('#name')!.value).to.equal('Trần Văn Ba');
    expect(document.activeElement!.id).to.equal('submit');
    expect(submitted).to.equal(1);
    // And each was read as it was reached.
    expect(tone.texts()).to.include.members(['Gửi lại mã', 'Bước tiếp theo', 'Đồng ý', 'Họ và tên', 'Nộp hồ sơ']);
  });

  it('never sends a password or a one-time code to a network engine', async () => {
    const { wrapper } = await page(html`<label>Mật khẩu <input type="password" id="pw" value="hunter22" /></label>
      <label>Mã xác thực <input id="otp" autocomplete="one-time-code" value="493021" /></label>
      <p data-care-private id="priv">Số định danh 079 2345 6734.</p>`);
    for (const id of ['pw', 'otp', 'priv']) {
      await tap(wrapper.querySelector(`#${id}`)!);
      await idle();
    }
    const sent = tone.texts().join(' | ');
    expect(sent).to.contain('Mật khẩu');
    expect(sent).to.contain('đã ẩn');
    expect(sent).to.contain('Mã xác thực');
    for (const secret of ['hunter22', '493021', '6734']) expect(sent).not.to.contain(secret);
  });

  it('reads what a mouse rests on, only after a moment, and Esc stops it', async () => {
    const clock = new ManualClock();
    const restore = setClock(clock);
    try {
      const { wrapper } = await page(html`<p id="one">Trỏ chuột vào đây. Câu thứ hai của đoạn này khá dài.</p><p id="two">Đoạn hai.</p>`);
      tone.requests.length = 0;
      await sendMouse({ type: 'move', position: center(wrapper.querySelector('#one')!) });
      clock.advance(DWELL_MS - 100);
      expect(tone.requests.length, 'passing over is not resting').to.equal(0);
      await sendMouse({ type: 'move', position: center(wrapper.querySelector('#two')!) });
      clock.advance(DWELL_MS - 100);
      await sendMouse({ type: 'move', position: center(wrapper.querySelector('#one')!) });
      clock.advance(DWELL_MS);
      await waitUntil(() => pageReader().state === 'playing');
      expect(tone.texts()).to.deep.equal(['Trỏ chuột vào đây.']);
      await sendKeys({ press: 'Escape' });
      expect(pageReader().state).to.equal('idle');
      expect(tone.texts(), 'nothing more after Esc').to.deep.equal(['Trỏ chuột vào đây.']);
    } finally {
      restore();
    }
  });

  it('leaves alone what the page marks data-care-tap-read="off", and reads nothing when off', async () => {
    const { wrapper, toggle } = await page(html`<div data-care-tap-read="off"><p id="quiet">Không đọc phần này.</p></div><p id="loud">Đọc phần này.</p>`);
    await tap(wrapper.querySelector('#quiet')!);
    await new Promise((r) => setTimeout(r, 100));
    expect(tone.requests.length).to.equal(0);
    await tap(toggleButton(toggle));
    expect(toggle.active).to.equal(false);
    await tap(wrapper.querySelector('#loud')!);
    await new Promise((r) => setTimeout(r, 100));
    expect(tone.requests.length, 'the toggle itself and the page after it is off are not read').to.equal(0);
  });

  it('shows every built-in string in each locale with no English left', async () => {
    for (const locale of careLocales) {
      const el = await fixture<CareTapToRead>(html`<care-tap-to-read lang=${locale} active></care-tap-to-read>`);
      const strings = tapToReadStrings[locale] as Record<string, string>;
      expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain(strings['tapToRead.label']).and.contain(strings['tapToRead.hint']);
      if (locale !== 'en') for (const [k, v] of Object.entries(strings)) expect(v, k).not.to.equal((tapToReadStrings.en as Record<string, string>)[k]);
    }
  });
});

function toggleButtonFocus(wrapper: Element) {
  toggleButton(wrapper.querySelector('care-tap-to-read')!).focus();
}
