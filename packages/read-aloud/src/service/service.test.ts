import { getPreferencesStore, hasReadAloudProvider, readAloud, stopReadAloud } from '@caremode/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../define/care-read-aloud.js';
import { WebSpeechEngine } from '../engine/web-speech.js';
import { toneService } from '../internal/test-tone.js';
import { configureReadAloud } from '../reader/config.js';
import { SENTENCE_HIGHLIGHT } from '../reader/highlight.js';
import { pageReader } from '../runtime.js';
import type { CareReadAloud } from '../read-aloud/read-aloud.js';
import { registerReadAloudService } from './service.js';

describe('read-aloud service (core’s readAloud, served by this package)', () => {
  let tone = toneService();
  before(async () => {
    // One real tap, so the page may make sound.
    await sendMouse({ type: 'click', position: [5, 5] });
  });
  beforeEach(() => {
    tone = toneService();
    configureReadAloud({ engines: [tone.engine] });
  });
  afterEach(() => {
    stopReadAloud();
    configureReadAloud({});
    getPreferencesStore().reset();
  });

  it('is registered by the player’s define module, once per page', () => {
    expect(hasReadAloudProvider()).to.equal(true);
    expect(registerReadAloudService()).to.equal(registerReadAloudService());
  });

  it('reads an element a step guide asks for, with highlighting, at the preferred speed', async () => {
    getPreferencesStore().set({ readAloudRate: 1.5 });
    const step = await fixture(html`<section lang="zh-CN"><h2>第二步</h2><p>请核对您的证件。然后点击继续。</p></section>`);
    const highlights: string[] = [];
    const stop = pageReader().subscribe((r) => r.state === 'playing' && highlights.push([...CSS.highlights.get(SENTENCE_HIGHLIGHT)!].join('')));
    const outcome = await readAloud({ element: step });
    stop();
    expect(outcome.status).to.equal('done');
    expect(tone.texts()).to.deep.equal(['第二步', '请核对您的证件。', '然后点击继续。']);
    expect(highlights).to.deep.equal(tone.texts());
    expect(tone.requests.map((r) => [r.lang, r.rate])).to.deep.equal([
      ['zh-CN', 1.5],
      ['zh-CN', 1.5],
      ['zh-CN', 1.5],
    ]);
  });

  it('reads a plain text in its language', async () => {
    expect((await readAloud({ text: 'Phiên làm việc sắp hết hạn. Bấm Gia hạn để tiếp tục.', lang: 'vi' })).status).to.equal('done');
    expect(tone.texts()).to.deep.equal(['Phiên làm việc sắp hết hạn.', 'Bấm Gia hạn để tiếp tục.']);
  });

  it('tells core it is a network service when only a network engine is configured, so private text is never offered', async () => {
    const el = await fixture(html`<div lang="id">Nama: <span data-care-private>Siti Rahayu</span>. NIK: <span data-care-private>3171012345670001</span>.</div>`);
    expect((await readAloud({ element: el })).status).to.equal('done');
    const sent = tone.texts().join(' ');
    expect(sent).to.contain('Nama:');
    expect(sent).not.to.contain('Siti');
    expect(sent).not.to.contain('3171');
    configureReadAloud({ engines: [tone.engine, new WebSpeechEngine()] });
    expect((await readAloud({ text: 'x', lang: 'id' })).status).to.equal('done');
  });

  it('stops on stopReadAloud(), and a newer request replaces an older one', async () => {
    const slow = toneService({ msPerChar: 100 });
    configureReadAloud({ engines: [slow.engine] });
    const first = readAloud({ text: 'Câu thứ nhất khá dài. Câu thứ hai.', lang: 'vi' });
    await waitUntil(() => pageReader().state === 'playing');
    const second = readAloud({ text: 'Câu mới.', lang: 'vi' });
    expect((await first).status).to.equal('stopped');
    await waitUntil(() => pageReader().state === 'playing');
    stopReadAloud();
    expect((await second).status).to.equal('stopped');
    expect(slow.texts()).to.deep.equal(['Câu thứ nhất khá dài.', 'Câu mới.']);
  });

  it('keeps one voice at a time: the service stops a player, and a player stops the service', async () => {
    const el = await fixture<CareReadAloud>(html`<care-read-aloud lang="en"><p>The player reads this first. Then this.</p></care-read-aloud>`);
    const slow = toneService({ msPerChar: 100 });
    el.engines = [slow.engine];
    configureReadAloud({ engines: [slow.engine] });
    const playing = el.play();
    await waitUntil(() => el.reader?.state === 'playing');
    const service = readAloud({ text: 'The session ends in two minutes.', lang: 'en' });
    expect((await playing).status).to.equal('stopped');
    await waitUntil(() => pageReader().state === 'playing');
    const again = el.play();
    expect((await service).status).to.equal('stopped');
    el.stop();
    expect((await again).status).to.equal('stopped');
  });
});
