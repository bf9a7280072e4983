// Helpers for the step guide's tests: what a person sees and does, read from the real DOM.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { formatViolations, runAxe } from '../../../../test/helpers/axe.js';
import { measureTargets } from '../../../../test/helpers/targets.js';
import { settle as settleInside } from '../../../../test/audit/story-render.js';
import type { CareStepGuide } from '../step-guide/step-guide.js';

/** Waits until an element and everything inside it has rendered (a guide: its definition read too). */
export async function settle(root: Element): Promise<void> {
  await (root as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await settleInside(root);
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
export async function tabTo(match: (el: Element) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (el && match(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The name of the step on screen. */
export const currentStep = (guide: CareStepGuide) => guide.steps.filter((s) => !s.hidden).map((s) => s.getAttribute('name')).join(',');

/** The guide's own buttons by what they say. */
export function button(guide: CareStepGuide, text: string | RegExp): HTMLButtonElement | undefined {
  return [...guide.shadowRoot!.querySelectorAll('button')].find((b) => (typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!)));
}

export const continueButton = (guide: CareStepGuide) => guide.shadowRoot!.querySelector<HTMLButtonElement>('.nav .button:not(.secondary)');
export const backButton = (guide: CareStepGuide) => guide.shadowRoot!.querySelector<HTMLButtonElement>('.nav .button.secondary');

/** Waits until the guide shows `name`. */
export async function onStep(guide: CareStepGuide, name: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (currentStep(guide) !== name) {
    if (Date.now() > deadline) throw new Error(`expected step "${name}", still on "${currentStep(guide)}"`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await settle(guide);
}

/** Clicks at the centre of an element with the real mouse. */
export async function pointAndClick(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  await new Promise((r) => requestAnimationFrame(r));
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

type Control = HTMLElement & { value: unknown; checked?: boolean; requestUpdate?(): void; updateComplete?: Promise<unknown> };

/** Gives the visible step's controls answers, as values (for walks where typing is not the point). */
export async function answer(guide: CareStepGuide, values: Record<string, string>): Promise<void> {
  const step = guide.steps.find((s) => !s.hidden)!;
  for (const [name, value] of Object.entries(values)) {
    const el = step.querySelector<Control>(`[name="${name}"]`);
    if (!el) throw new Error(`no field "${name}" on step ${currentStep(guide)}`);
    if (el.localName === 'care-checkbox') {
      el.checked = value !== '';
      el.requestUpdate?.();
    } else el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }
}

/** Presses Continue and waits for `next`. */
export async function proceed(guide: CareStepGuide, next: string): Promise<void> {
  continueButton(guide)!.click();
  await onStep(guide, next);
}

/** axe (WCAG 2.2 A/AA, AAA contrast) and target sizes on what is on screen now. */
export async function expectAccessible(root: Element, careMode: boolean, where: string): Promise<void> {
  await settle(root);
  const { violations } = await runAxe(root);
  expect(violations, `${where}\n${formatViolations(violations)}`).to.deep.equal([]);
  const small = measureTargets(root, careMode);
  expect(small.map((t) => `${t.description} ${Math.round(t.width)}x${Math.round(t.height)}`), where).to.deep.equal([]);
}

/** Every prompt to continue on the page, in any shadow root (there must never be two). */
export function prompts(root: ParentNode = document): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches('[part~="prompt"]')) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}
