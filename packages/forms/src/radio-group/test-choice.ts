import { requirements } from '@caremode/tokens';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { applyMode } from '../../../../test/helpers/modes.js';

/** Helpers the radio group and checkbox tests share. */

type Choice = HTMLElement & { updateComplete: Promise<unknown> };

/** The inputs a person operates: the portal's own, or those in the shadow root. */
export const inputs = (el: Element): HTMLInputElement[] => {
  const light = [...el.querySelectorAll('input')];
  return light.length ? light : [...(el.shadowRoot?.querySelectorAll('input') ?? [])];
};

export const part = (el: Element, name: string): HTMLElement | null =>
  el.querySelector<HTMLElement>(`[data-care-part="${name}"]`) ?? el.shadowRoot!.querySelector<HTMLElement>(`[data-care-part="${name}"]`);

/** The error a person sees ('' when hidden), with "Error:" read only by screen readers. */
export const errorText = (el: Element): string => {
  const error = part(el, 'error');
  return error && !error.hidden ? error.textContent!.replace(/\s+/g, ' ').trim() : '';
};

export const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};

export const tick = () => new Promise((r) => setTimeout(r, 0));

export const settle = async (el: Choice) => {
  await el.updateComplete;
  await tick();
  await el.updateComplete;
};

/** Clicks a card far from its box, as an unsteady finger might: the whole card is the target. */
export async function clickCard(input: HTMLInputElement, at: 'end' | 'box' = 'end'): Promise<void> {
  // Let a pending render (an error appearing above) move the card first.
  await new Promise((r) => requestAnimationFrame(r));
  input.scrollIntoView({ block: 'center' });
  const r = input.getBoundingClientRect();
  const x = at === 'end' ? r.right - 10 : r.left + 24;
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(r.top + r.height / 2)] });
}

/** Every card at least the target size, with at least the target gap between cards, in default and care mode. */
export async function expectTargetSizes(el: Choice): Promise<void> {
  for (const care of [false, true]) {
    await applyMode({ careMode: care, contrast: 'default' });
    await settle(el);
    const min = requirements.target.minPx[care ? 'care' : 'default'];
    const gap = requirements.target.gapPx[care ? 'care' : 'default'];
    const rects = inputs(el).map((i) => i.getBoundingClientRect());
    expect(rects.length).to.be.greaterThan(0);
    rects.forEach((r, i) => {
      expect(r.width, `card ${i} width`).to.be.at.least(min);
      expect(r.height, `card ${i} height`).to.be.at.least(min);
      if (i) expect(r.top - rects[i - 1]!.bottom, `gap before card ${i}`).to.be.at.least(gap - 0.5);
    });
    const box = part(el, 'box')!.getBoundingClientRect();
    const fontSize = parseFloat(getComputedStyle(part(el, 'box')!).fontSize);
    expect(box.width, 'box').to.be.at.least(fontSize * 1.5 - 0.5);
    if (care) expect(box.width, 'box in care mode').to.be.at.least(requirements.target.minPx.care * 0.6 - 0.5);
  }
  await applyMode({ careMode: false, contrast: 'default' });
}
