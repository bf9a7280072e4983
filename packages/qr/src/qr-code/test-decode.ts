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

/**
 * Rasterises a symbol as the page renders it (its laid-out size, the colours its shapes compute
 * to in the current theme or forced colours, and the page colour around it) into a canvas at
 * `scale` pixels per CSS pixel (one, as a screen at 1x draws it; more for a printer), and decodes
 * that with jsQR. Dark-on-light only: an inverted code fails.
 */
export async function decodeRendered(svg: SVGSVGElement, scale = 1): Promise<{ text: string | null; width: number; height: number }> {
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
  const data = context.getImageData(0, 0, canvas.width, canvas.height);
  const result = window.jsQR(data.data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' });
  return { text: result ? result.data : null, width: rect.width, height: rect.height };
}
