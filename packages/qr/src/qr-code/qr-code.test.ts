import { careLocales } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia as emulatePrint, sendKeys, sendMouse } from '@web/test-runner-commands';
import { formatViolations, runAxe } from '../../../../test/helpers/axe.js';
import { axNode, emulateMedia } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-qr-code.js';
import type { CareQrCode } from './qr-code.js';
import { qrCodeExamples, renderQrCode } from './qr-code.examples.js';
import { qrCodeStrings as qrCodeStringsEn } from './qr-code.strings.js';
import { decodeRendered } from './test-decode.js';
import { qrPayloads } from './test-payloads.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { engine, needs } from '../../../../test/helpers/engines.js';

const qrCodeStrings = withLocales(qrCodeStringsEn);

// WebKitGTK refuses every screen wake lock: its embedding API has no wake lock permission to
// grant (Safari's does). The view asks in every engine; the answer is the engine's.
const wakeLockAnswer = engine === 'webkit' ? 'denied' : 'active';

const svgOf = (el: CareQrCode) => el.shadowRoot!.querySelector<SVGSVGElement>('.symbol svg')!;
const frame = () => new Promise((r) => requestAnimationFrame(r));

/** A real click (the person's own action, which full screen requires) at the middle of an element. */
async function click(el: Element) {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

async function place(value: string, width: number) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><care-qr-code .value=${value}></care-qr-code></div>`);
  const el = box.querySelector('care-qr-code')!;
  await el.updateComplete;
  return { box, el };
}

const renderings = [
  { name: 'default', apply: () => applyMode({ careMode: false, contrast: 'default' }) },
  { name: 'dark', apply: () => applyMode({ careMode: false, contrast: 'dark' }) },
  { name: 'high contrast', apply: () => applyMode({ careMode: false, contrast: 'high' }) },
  { name: 'forced colors', forced: true, apply: async () => {
    await applyMode({ careMode: false, contrast: 'default' });
    await emulateMedia({ 'forced-colors': 'active' });
  } },
  // Windows high contrast with a dark palette: light text on black, the inverse of what scanners read.
  { name: 'forced colors, dark palette', forced: true, apply: async () => {
    await applyMode({ careMode: false, contrast: 'default' });
    await emulateMedia({ 'forced-colors': 'active', 'prefers-color-scheme': 'dark' });
  } },
];

describe('care-qr-code: every payload decodes back to the exact input', () => {
  afterEach(async () => {
    await emulateMedia({});
    await resetMode();
  });

  for (const rendering of renderings) {
    for (const [name, value] of Object.entries(qrPayloads)) {
      (rendering.forced ? needs('media-emulation') : it)(`${name}, ${rendering.name}: at 3 px per module and at a large size`, async () => {
        await rendering.apply();
        // Learn the symbol's width in modules, then give it exactly three pixels for each.
        const probe = await place(value, 640);
        const modules = probe.el.modules;
        expect(modules).to.be.greaterThan(20);
        for (const width of [3 * modules, 640]) {
          const { el } = await place(value, width);
          await frame();
          const svg = svgOf(el);
          expect(el.tooSmall, `${width}px`).to.equal(false);
          const { text, width: drawn } = await decodeRendered(svg);
          expect(drawn, 'whole pixels per module').to.equal(Math.floor(width / modules) * modules);
          expect(text, `${name} at ${width}px (${drawn / modules} px per module)`).to.equal(value);
        }
      });
    }
  }
});

describeExamples('care-qr-code', qrCodeExamples, renderQrCode);

describe('care-qr-code', () => {
  afterEach(async () => {
    document.querySelector('care-qr-code')?.closeFullScreen();
    await emulateMedia({});
    await resetMode();
  });

  it('draws black modules on white with a quiet zone of four modules', async () => {
    const { el } = await place(qrPayloads.url, 400);
    const svg = svgOf(el);
    const quiet = requirements.qr.quietZoneModules;
    expect(svg.getAttribute('viewBox')).to.equal(`${-quiet} ${-quiet} ${el.modules} ${el.modules}`);
    const rect = svg.querySelector('rect')!;
    expect([rect.getAttribute('x'), rect.getAttribute('width')]).to.deep.equal([String(-quiet), String(el.modules)]);
    expect(getComputedStyle(rect).fill).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(svg.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
    // Nothing dark in the quiet zone: the path starts inside the symbol.
    const path = svg.querySelector('path')!.getBBox();
    expect([path.x, path.y, path.width, path.height]).to.deep.equal([0, 0, el.modules - 2 * quiet, el.modules - 2 * quiet]);
  });

  needs('media-emulation')('keeps its own colours in forced colours', async () => {
    const { el } = await place(qrPayloads.url, 400);
    await emulateMedia({ 'forced-colors': 'active' });
    expect(getComputedStyle(svgOf(el)).forcedColorAdjust).to.equal('none');
  });

  needs('accessibility-tree')('is named by its label, or a localized default, never by its content', async () => {
    const box = await fixture(html`<div>
      <care-qr-code id="named" value=${qrPayloads.json} label="Mã sức khỏe của Nguyễn Văn An"></care-qr-code>
      <div lang="vi"><care-qr-code id="unnamed" value=${qrPayloads.vietnamese}></care-qr-code></div>
    </div>`);
    await Promise.all([...box.querySelectorAll('care-qr-code')].map((el) => el.updateComplete));
    const named = await axNode('#named >>> .symbol');
    expect(named).to.include({ role: 'image', name: 'Mã sức khỏe của Nguyễn Văn An' });
    const unnamed = await axNode('#unnamed >>> .symbol');
    expect(unnamed).to.include({ role: 'image', name: qrCodeStrings.vi['qr.label'] });
    const whole = JSON.stringify(await axNode('#unnamed', false));
    expect(whole).not.to.contain('Nguyễn Văn An');
    expect(whole).not.to.contain('079123456734');
  });

  it('uses at least the error correction asked for, and falls back to M for an unknown level', async () => {
    const sizes: Record<string, number> = {};
    for (const level of ['L', 'M', 'H', 'h', 'Z', '']) {
      const el = await fixture<CareQrCode>(html`<care-qr-code value=${qrPayloads.json} error-correction=${level}></care-qr-code>`);
      await el.updateComplete;
      sizes[level] = el.modules;
    }
    expect(sizes.H).to.be.greaterThan(sizes.M!);
    expect(sizes.M).to.be.greaterThan(sizes.L!);
    expect(sizes.h).to.equal(sizes.H);
    expect(sizes.Z).to.equal(sizes.M);
    expect(sizes['']).to.equal(sizes.M);
  });

  describe('input it cannot show', () => {
    const cases = [
      { reason: 'empty', value: '', key: 'qr.empty' },
      { reason: 'too-long', value: 'Việt Nam '.repeat(400), key: 'qr.long' },
      { reason: 'too-long', value: '9'.repeat(7090), key: 'qr.long' },
      { reason: 'invalid-text', value: 'Nguyễn \uD83D Văn An', key: 'qr.text' },
      { reason: 'invalid-text', value: 'end \uDE00', key: 'qr.text' },
    ] as const;
    for (const { reason, value, key } of cases) {
      it(`${reason} (${value.length} characters): a message in each language and care-qr-error`, async () => {
        for (const locale of careLocales) {
          const box = await fixture(html`<div lang=${locale}></div>`);
          const el = document.createElement('care-qr-code');
          el.value = value;
          const event = oneEvent(el, 'care-qr-error');
          box.append(el);
          expect((await event).detail).to.deep.equal({ reason });
          await el.updateComplete;
          expect(el.error).to.equal(reason);
          const message = el.shadowRoot!.querySelector('[part=error]')!;
          expect(message.textContent!.trim()).to.equal(qrCodeStrings[locale][key]);
          expect(!!el.shadowRoot!.querySelector('svg:not(.icon)'), 'no code drawn').to.equal(false);
          expect(!!el.shadowRoot!.querySelector('[part=full-screen-button]'), 'nothing to open').to.equal(false);
        }
      });
    }

    it('accepts a well-formed pair of surrogates (an emoji)', async () => {
      const { el } = await place('Đã tiêm 3 mũi 💉', 400);
      expect(el.error).to.equal('');
      expect((await decodeRendered(svgOf(el))).text).to.equal('Đã tiêm 3 mũi 💉');
    });

    it('never throws on odd values, and recovers when given a good one', async () => {
      const el = await fixture<CareQrCode>(html`<care-qr-code min-module-size="lots" fit="sideways" error-correction="<b>"></care-qr-code>`);
      for (const odd of [null, undefined, 42, {}, ['a'], '\u0000']) {
        (el as unknown as { value: unknown }).value = odd;
        await el.updateComplete;
      }
      expect(el.error).to.equal('');
      el.value = qrPayloads.url;
      await el.updateComplete;
      expect(el.modules).to.be.greaterThan(0);
      el.value = '';
      await el.updateComplete;
      expect(el.error).to.equal('empty');
    });
  });

  describe('a container too small to scan', () => {
    it('shows a hint to open full screen instead of an unreadable code, and fires care-qr-too-small', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:200px"></div>`);
      const el = document.createElement('care-qr-code');
      el.value = qrPayloads.base45;
      const event = oneEvent(el, 'care-qr-too-small');
      box.append(el);
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.room).to.equal(200);
      expect(detail.modules).to.equal(el.modules);
      expect(200 / el.modules).to.be.below(3);
      expect(el.tooSmall).to.equal(true);
      const hint = el.shadowRoot!.querySelector<HTMLElement>('[part=hint]')!;
      expect(hint.textContent!.trim()).to.equal(qrCodeStrings.en['qr.small']);
      expect(hint.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(svgOf(el)).display, 'no unreadable code on screen').to.equal('none');
      // Given room, the code comes back.
      box.style.width = `${3 * el.modules}px`;
      await waitUntil(() => !el.tooSmall, 'did not follow the container');
      await el.updateComplete;
      expect((await decodeRendered(svgOf(el))).text).to.equal(qrPayloads.base45);
    });

    it('opens full screen from the hint, where the code is drawn as large as the screen allows', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:200px"><care-qr-code .value=${qrPayloads.base45}></care-qr-code></div>`);
      const el = box.querySelector('care-qr-code')!;
      await el.updateComplete;
      await click(el.shadowRoot!.querySelector('[part=hint]')!);
      await waitUntil(() => el.fullScreen);
      await el.updateComplete;
      const big = el.shadowRoot!.querySelector<SVGSVGElement>('.stage svg')!;
      const side = big.getBoundingClientRect().width;
      expect(side).to.be.at.least(Math.min(innerWidth, innerHeight) * 0.6);
      expect((await decodeRendered(big)).text).to.equal(qrPayloads.base45);
    });
  });

  it('resizes with its container, also after moving to another one', async () => {
    const { box, el } = await place(qrPayloads.url, 300);
    const before = svgOf(el).getBoundingClientRect().width;
    box.style.width = '500px';
    await waitUntil(() => svgOf(el).getBoundingClientRect().width !== before, 'did not grow');
    expect(svgOf(el).getBoundingClientRect().width).to.equal(Math.floor(500 / el.modules) * el.modules);
    const other = document.createElement('div');
    other.style.width = '200px';
    box.after(other);
    other.append(el);
    await waitUntil(() => svgOf(el).getBoundingClientRect().width === Math.floor(200 / el.modules) * el.modules, 'did not follow the move');
    other.style.width = '400px';
    await waitUntil(() => svgOf(el).getBoundingClientRect().width === Math.floor(400 / el.modules) * el.modules, 'stopped watching its box');
    other.remove();
  });

  describe('full screen', () => {
    it('opens on a tap, fills the screen, keeps it on and hints at the brightness; closes on the button', async () => {
      const { el } = await place(qrPayloads.json, 300);
      await click(svgOf(el));
      await waitUntil(() => el.wakeLock === wakeLockAnswer, `wake lock is ${el.wakeLock}`);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      await waitUntil(() => el.shadowRoot!.fullscreenElement === el.shadowRoot!.querySelector('.panel'), 'not in full screen');
      await el.updateComplete;
      const hint = el.shadowRoot!.querySelector('.panel .hint')!;
      expect(hint.textContent!.trim()).to.equal(qrCodeStrings.en['qr.bright']);
      const close = el.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
      expect(el.shadowRoot!.activeElement === close, 'focus on the close button').to.equal(true);
      const big = el.shadowRoot!.querySelector<SVGSVGElement>('.stage svg')!;
      expect(big.getBoundingClientRect().width).to.be.greaterThan(svgOf(el).getBoundingClientRect().width);
      expect((await decodeRendered(big)).text).to.equal(qrPayloads.json);
      const closed = oneEvent(el, 'care-full-screen-close');
      await click(close);
      await closed;
      expect(dialog.open).to.equal(false);
      // The lock goes only when the browser says it was released.
      await waitUntil(() => el.wakeLock === 'off', `wake lock is ${el.wakeLock}`);
      await waitUntil(() => !document.fullscreenElement, 'still full screen');
    });

    it('is reached with the keyboard; leaving full screen closes the view and gives focus back', async () => {
      const { el } = await place(qrPayloads.url, 300);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=full-screen-button]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.fullscreenElement, 'not in full screen');
      await waitUntil(() => el.wakeLock === wakeLockAnswer);
      // What the browser does on Escape in full screen (automation cannot press the browser's
      // own Escape): full screen ends, and the view must close with it.
      await document.exitFullscreen();
      await waitUntil(() => !el.fullScreen, 'the view stayed open');
      await waitUntil(() => el.wakeLock === 'off');
      expect(el.shadowRoot!.activeElement === button, 'focus back on the button').to.equal(true);
    });

    it('covers the viewport where full screen is refused, and closes with Escape', async () => {
      const { el } = await place(qrPayloads.url, 300);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=full-screen-button]')!;
      button.focus();
      // Called from script, not from a tap: the browser refuses full screen, as an iPhone does.
      el.showFullScreen();
      await el.updateComplete;
      await frame();
      expect(!!el.shadowRoot!.fullscreenElement, 'no full screen').to.equal(false);
      const panel = el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      expect([panel.left, panel.top, panel.width, panel.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
      const big = el.shadowRoot!.querySelector<SVGSVGElement>('.stage svg')!;
      expect((await decodeRendered(big)).text).to.equal(qrPayloads.url);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.fullScreen, 'Escape did not close it');
      expect(el.shadowRoot!.activeElement === button, 'focus back on the button').to.equal(true);
    });

    it('lets a host show its own view instead (care-full-screen is cancelable)', async () => {
      const { el } = await place(qrPayloads.url, 300);
      el.addEventListener('care-full-screen', (e) => e.preventDefault(), { once: true });
      await click(svgOf(el));
      await new Promise((r) => setTimeout(r, 100));
      expect(el.fullScreen).to.equal(false);
    });

    if ('wakeLock' in navigator) {
      it('carries on quietly when the browser refuses the wake lock (a real refusal: permissions policy)', async () => {
        // A frame whose permissions policy forbids the wake lock: the browser's own refusal,
        // a NotAllowedError, with no substitute for the API.
        const frame = document.createElement('iframe');
        frame.allow = "screen-wake-lock 'none'; fullscreen 'self'";
        frame.style.cssText = 'width:600px;height:500px;border:0';
        frame.srcdoc = `<!doctype html><html lang="vi"><body><script type="module" src="${new URL('../define/care-qr-code.ts', import.meta.url).pathname}"></script>
          <care-qr-code value="${qrPayloads.url}"></care-qr-code></body></html>`;
        document.body.append(frame);
        try {
          const win = frame.contentWindow as Window & typeof globalThis;
          await waitUntil(() => win.customElements?.get('care-qr-code'), 'the element did not load in the frame', { timeout: 15000 });
          const inner = win.document.querySelector('care-qr-code') as CareQrCode;
          await inner.updateComplete;
          const errors: unknown[] = [];
          win.addEventListener('unhandledrejection', (e) => errors.push(e.reason));
          win.addEventListener('error', (e) => errors.push(e.error));
          inner.showFullScreen();
          await waitUntil(() => inner.wakeLock !== 'off', 'no answer to the wake lock request');
          expect(inner.wakeLock).to.equal('denied');
          expect(inner.fullScreen).to.equal(true);
          await inner.updateComplete;
          expect(inner.shadowRoot!.querySelector('.panel .hint')!.textContent!.trim()).to.equal(qrCodeStrings.vi['qr.bright']);
          inner.closeFullScreen();
          expect(inner.wakeLock, 'nothing refused once the view is closed').to.equal('off');
          expect(errors).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    } else {
      it('without the Wake Lock API, shows the code full screen with the brightness hint', async () => {
        const { el } = await place(qrPayloads.url, 300);
        el.showFullScreen();
        await el.updateComplete;
        expect(el.wakeLock).to.equal('unsupported');
        expect(!!el.shadowRoot!.querySelector('.panel .hint')).to.equal(true);
      });
    }
  });

  needs('media-emulation')('prints the code across its box in vector form, without buttons or hints', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:300px">
      <care-qr-code .value=${qrPayloads.base45}></care-qr-code>
    </div>`);
    const el = box.querySelector('care-qr-code')!;
    await el.updateComplete;
    expect(el.tooSmall).to.equal(true);
    await emulatePrint({ media: 'print' });
    try {
      await frame();
      const svg = svgOf(el);
      expect(svg.getBoundingClientRect().width).to.equal(300);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part=hint]')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part=full-screen-button]')!).display).to.equal('none');
      // Read as a 300 dpi printer would draw it.
      expect((await decodeRendered(svg, 300 / 96)).text).to.equal(qrPayloads.base45);
    } finally {
      await emulatePrint({ media: 'screen' });
    }
  });

  it('shows every built-in string in each locale', async () => {
    for (const locale of careLocales) {
      const box = await fixture(html`<div lang=${locale} style="width:320px"><care-qr-code value=${qrPayloads.url}></care-qr-code></div>`);
      const el = box.querySelector('care-qr-code')!;
      await el.updateComplete;
      const strings = qrCodeStrings[locale];
      expect(el.shadowRoot!.querySelector('[part=full-screen-button]')!.textContent!.trim()).to.equal(strings['qr.full']);
      el.showFullScreen();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.close')!.textContent!.trim()).to.equal(strings['qr.close']);
      expect(el.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(strings['qr.label']);
      el.closeFullScreen();
      if (locale !== 'en') for (const key of Object.keys(strings) as (keyof typeof strings)[]) expect(strings[key], key).not.to.equal(qrCodeStrings.en[key]);
    }
  });

  it('passes axe in high contrast', async () => {
    await applyMode({ careMode: true, contrast: 'high' });
    const box = await fixture(html`<div style="width:320px"><care-qr-code value=${qrPayloads.url}></care-qr-code></div>`);
    await (box.firstElementChild as CareQrCode).updateComplete;
    const results = await runAxe(box);
    expect(results.violations, formatViolations(results.violations)).to.deep.equal([]);
  });
});
