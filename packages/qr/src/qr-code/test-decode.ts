import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import 'jsqr';
import type jsQRFunction from 'jsqr';

declare global {
  interface Window {
    jsQR: typeof jsQRFunction;
  }
}

const MARGIN = 16;

function backgroundBehind(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
  }
  return getComputedStyle(document.documentElement).backgroundColor || 'white';
}

/** What each decoder read from an image: the text, or null when it found no code. */
export interface Readings {
  jsqr: string | null;
  zxing: string | null;
}

/**
 * Reads an image with jsQR and with ZXing's QR reader, each as a scanner app uses it: jsQR
 * without trying the inverted image, ZXing through its finder-pattern detector with no hints
 * (grey as zxing-js turns a camera frame grey). Never give ZXing a `DecodeHintType.PURE_BARCODE`
 * entry: it reads any entry for that hint as on, even `false`, and then skips the detector that
 * checkpoint scanners depend on.
 */
export function readImage(image: ImageData): Readings {
  const { data, width, height } = image;
  const jsqr = window.jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  const grey = new Uint8ClampedArray(width * height);
  for (let i = 0; i < grey.length; i++) {
    const k = 4 * i;
    grey[i] = data[k + 3] === 0 ? 255 : (306 * data[k]! + 601 * data[k + 1]! + 117 * data[k + 2]! + 0x200) >> 10;
  }
  let zxing: string | null = null;
  try {
    zxing = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height)))).getText();
  } catch {
    // NotFound, Checksum and Format exceptions all mean the same to a person at a checkpoint.
  }
  return { jsqr, zxing };
}

/** Draws a symbol's modules (`dark(x, y)`), `scale` pixels each, black on white with a four-module quiet zone. */
export function drawModules(dark: (x: number, y: number) => boolean, modules: number, scale: number): ImageData {
  const side = (modules + 8) * scale + 2 * MARGIN;
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.canvas.width = context.canvas.height = side;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.fillStyle = '#000';
  for (let y = 0; y < modules; y++) {
    for (let x = 0; x < modules; x++) if (dark(x, y)) context.fillRect(MARGIN + (x + 4) * scale, MARGIN + (y + 4) * scale, scale, scale);
  }
  return context.getImageData(0, 0, side, side);
}

/**
 * Rasterises a symbol as the page renders it (its laid-out size, the colours its shapes compute
 * to in the current theme or forced colours, and the page colour around it) into an image at
 * `scale` pixels per CSS pixel (one, as a screen at 1x draws it; more for a printer), with a
 * margin of page colour around it. `width` and `height` are the symbol's CSS size.
 */
export async function rasterise(svg: SVGSVGElement, scale = 1): Promise<{ image: ImageData; width: number; height: number }> {
  const rect = svg.getBoundingClientRect();
  const width = Math.round(rect.width * scale);
  const height = Math.round(rect.height * scale);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    to[i]!.setAttribute('fill', style.fill);
    to[i]!.setAttribute('shape-rendering', style.shapeRendering);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(clone.outerHTML)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width + 2 * MARGIN;
  canvas.height = height + 2 * MARGIN;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = backgroundBehind(svg);
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = false;
  context.drawImage(image, MARGIN, MARGIN, width, height);
  return { image: context.getImageData(0, 0, canvas.width, canvas.height), width: rect.width, height: rect.height };
}

/** Rasterises a symbol as the page renders it (see rasterise) and decodes it with jsQR. Dark-on-light only: an inverted code fails. */
export async function decodeRendered(svg: SVGSVGElement, scale = 1): Promise<{ text: string | null; width: number; height: number }> {
  const { image, width, height } = await rasterise(svg, scale);
  const result = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
  return { text: result ? result.data : null, width, height };
}
