// Every example's code, drawn as the page draws it, reads back exactly in jsQR and in ZXing (the
// decoder inside many checkpoint scanners). Standard DOM and canvas only, so it runs in every engine.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../define/care-qr-code.js';
import type { CareQrCode } from './qr-code.js';
import { qrCodeExamples, renderQrCode } from './qr-code.examples.js';
import { rasterise, readImage } from './test-decode.js';
import { qrPayloads } from './test-payloads.js';

describe('care-qr-code examples: read by jsQR and ZXing', () => {
  for (const [name, { args }] of Object.entries(qrCodeExamples)) {
    if (!args.payload) continue;
    const value = qrPayloads[args.payload];
    it(`${name} (${args.payload})`, async () => {
      const box = await fixture<HTMLElement>(renderQrCode(args, 'en'));
      const el = box.querySelector<CareQrCode>('care-qr-code')!;
      await el.updateComplete;
      if (el.tooSmall) {
        // The example shows a hint instead of a code too dense for its box: read the code at the
        // smallest size the element draws it, three pixels per module.
        box.style.maxWidth = `${3 * el.modules}px`;
        await waitUntil(() => !el.tooSmall, 'the code did not come back with room for it');
        await el.updateComplete;
      }
      const { image, width } = await rasterise(el.shadowRoot!.querySelector<SVGSVGElement>('.symbol svg')!);
      expect(width / el.modules, 'whole pixels per module').to.be.at.least(3);
      expect(readImage(image), `${width} px`).to.deep.equal({ jsqr: value, zxing: value });
    });
  }
});
