import { expect, fixture, html } from '@open-wc/testing';
import { getPreferencesStore } from '../preferences/store.js';
import { collectSegments, isPrivate } from './private-text.js';
import { readAloud, registerReadAloudProvider, stopReadAloud, type ReadAloudProvider } from './service.js';
import type { ReadAloudSegment } from './private-text.js';

/** A provider that records what it was asked to read: the service's contract, not a speech engine. */
function recordingProvider(onDevice: boolean) {
  const calls: { segments: ReadAloudSegment[]; rate: number }[] = [];
  let stops = 0;
  const provider: ReadAloudProvider = {
    onDevice,
    async read(segments, { rate }) {
      calls.push({ segments, rate });
      return { status: 'done' };
    },
    stop() {
      stops++;
    },
  };
  return { provider, calls, stops: () => stops };
}

describe('read-aloud service', () => {
  let unregister: (() => void) | undefined;
  afterEach(() => {
    unregister?.();
    unregister = undefined;
    getPreferencesStore().reset();
  });

  it('says plainly that nothing can read when no provider is registered', async () => {
    const outcome = await readAloud({ text: 'Bước 1', lang: 'vi' });
    expect(outcome.status).to.equal('unavailable');
  });

  it('passes text with its language and the preferred rate to the provider', async () => {
    const rec = recordingProvider(true);
    unregister = registerReadAloudProvider(rec.provider);
    getPreferencesStore().set({ readAloudRate: 0.75 });
    expect((await readAloud({ text: '  第一步：准备证件  ', lang: 'zh-CN' })).status).to.equal('done');
    expect(rec.calls[0]).to.deep.equal({ segments: [{ text: '第一步：准备证件', lang: 'zh-CN', private: false }], rate: 0.75 });
  });

  it('splits an element into segments by language and privacy, as shown on screen', async () => {
    const el = await fixture(html`<section lang="vi">
      <h2>Thông tin người khai</h2>
      <p>Họ và tên: <span data-care-private>Nguyễn Văn An</span></p>
      <p lang="en">Reference <b>AB-12</b></p>
      <p hidden>Hidden text</p>
      <p aria-hidden="true">Decoration</p>
      <label>Mật khẩu <input type="password" value="secret1" /></label>
    </section>`);
    const segments = collectSegments(el);
    expect(segments.map((s) => [s.text, s.lang, s.private])).to.deep.equal([
      ['Thông tin người khai Họ và tên:', 'vi', false],
      ['Nguyễn Văn An', 'vi', true],
      ['Reference AB-12', 'en', false],
      ['Mật khẩu', 'vi', false],
    ]);
  });

  it('never gives private text to a network provider', async () => {
    const rec = recordingProvider(false);
    unregister = registerReadAloudProvider(rec.provider);
    const el = await fixture(html`<div lang="id">Nama: <span data-care-private>Siti Rahayu</span>. NIK tersembunyi.</div>`);
    await readAloud({ element: el });
    const sent = rec.calls[0]!.segments.map((s) => s.text).join(' ');
    expect(sent).not.to.contain('Siti');
    expect(sent).to.contain('Nama:');
  });

  it('lets an on-device provider read private text to its owner', async () => {
    const rec = recordingProvider(true);
    unregister = registerReadAloudProvider(rec.provider);
    const el = await fixture(html`<div>Name: <span data-care-private>Siti Rahayu</span></div>`);
    await readAloud({ element: el });
    expect(rec.calls[0]!.segments.some((s) => s.private && s.text === 'Siti Rahayu')).to.equal(true);
  });

  it('reports "empty" when only private text is left for a network provider', async () => {
    unregister = registerReadAloudProvider(recordingProvider(false).provider);
    const el = await fixture(html`<div data-care-private>0791 2345 6734</div>`);
    expect((await readAloud({ element: el })).status).to.equal('empty');
  });

  it('honours the read-aloud preference for automatic readings only', async () => {
    const rec = recordingProvider(true);
    unregister = registerReadAloudProvider(rec.provider);
    expect((await readAloud({ text: 'Step 2', automatic: true })).status).to.equal('disabled');
    expect((await readAloud({ text: 'Step 2' })).status).to.equal('done');
    getPreferencesStore().set({ readAloud: true });
    expect((await readAloud({ text: 'Step 2', automatic: true })).status).to.equal('done');
  });

  it('turns a provider failure into an outcome instead of a rejection', async () => {
    unregister = registerReadAloudProvider({
      onDevice: true,
      read: () => Promise.reject(new Error('synthesis-failed')),
      stop() {},
    });
    expect(await readAloud({ text: 'x' })).to.deep.equal({ status: 'error', reason: 'synthesis-failed' });
  });

  it('stops every provider, and unregistering leaves none', async () => {
    const rec = recordingProvider(true);
    const off = registerReadAloudProvider(rec.provider);
    stopReadAloud();
    expect(rec.stops()).to.equal(1);
    off();
    expect((await readAloud({ text: 'x' })).status).to.equal('unavailable');
  });

  it('treats password and one-time-code fields as private', async () => {
    const el = await fixture(html`<div><input type="password" /><input autocomplete="one-time-code" /><input name="x" /></div>`);
    const [pw, otp, plain] = el.querySelectorAll('input');
    expect([isPrivate(pw!), isPrivate(otp!), isPrivate(plain!)]).to.deep.equal([true, true, false]);
  });
});
