// The seeded corpus (test-corpus.ts) through jsQR and ZXing: 320 codes drawn at 3 px per module
// and decoded twice. It checks the encoder and its mask choice, which do not depend on the
// engine; it runs in every engine all the same, as every test file does (about 25 s in Chromium).
// qr-scanners.test.ts reads the component's own examples.
import { expect } from '@open-wc/testing';
import { correction, generate, mode } from 'lean-qr';
import '../define/care-qr-code.js';
import { encode, type QrSymbol } from './encode.js';
import { encodeWithBestMask } from './mask.js';
import { drawModules, rasterise, readImage } from './test-decode.js';
import { qrCorpus } from './test-corpus.js';

const corpus = qrCorpus();
// What encode.ts asks lean-qr for at level M.
const options = { minCorrectionLevel: correction.M, modes: [mode.numeric, mode.alphaNumeric, mode.ascii, mode.utf8] };
const nameOf = (index: number) => `#${index} ${corpus[index]!.kind}, ${corpus[index]!.bytes} bytes`;

describe('care-qr-code: the seeded corpus, drawn at 3 px per module, reads back in jsQR and ZXing', () => {
  // One element for the whole corpus (a fixture would be removed after each test).
  const box = document.createElement('div');
  const el = box.appendChild(document.createElement('care-qr-code'));
  before(() => document.body.append(box));
  after(() => box.remove());

  for (const { index, text } of corpus) {
    it(nameOf(index), async () => {
      const symbol = encode(text, 'M');
      if (typeof symbol !== 'object') throw new Error(`not encoded: ${symbol}`);
      // Three pixels per module, quiet zone included: the smallest the element shows a code.
      const modules = symbol.modules + 8;
      box.style.width = `${3 * modules}px`;
      el.value = text;
      await el.updateComplete;
      expect(el.modules).to.equal(modules);
      const { image, width } = await rasterise(el.shadowRoot!.querySelector<SVGSVGElement>('.symbol svg')!);
      expect(width).to.equal(3 * modules);
      expect(readImage(image)).to.deep.equal({ jsqr: text, zxing: text });
    });
  }
});

describe('care-qr-code: the mask rule is what makes ZXing read these', () => {
  // Every corpus payload whose code, with the mask lean-qr picks by the standard penalty alone,
  // ZXing does not find at 3 px per module (found by drawing the whole corpus that way).
  const tripped = [65, 104, 136, 151, 164, 175, 181, 184, 213, 226, 240, 251, 253, 269, 278, 279, 283, 293, 295, 296, 300, 312, 315];
  for (const index of tripped) {
    it(`${nameOf(index)}: lean-qr's own mask is read by jsQR only; the chosen mask by both`, () => {
      const { text } = corpus[index]!;
      const own = generate(text, options);
      expect(readImage(drawModules(own.get, own.size, 3)), 'without the rule').to.deep.equal({ jsqr: text, zxing: null });
      const chosen = encodeWithBestMask(text, options);
      expect([chosen.size, own.size], 'the version encode() draws').to.deep.equal(Array(2).fill((encode(text, 'M') as QrSymbol).modules));
      expect(readImage(drawModules(chosen.get, chosen.size, 3)), 'with the rule').to.deep.equal({ jsqr: text, zxing: text });
    });
  }
});
