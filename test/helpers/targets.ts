import { requirements } from '@caremode/tokens';

const INTERACTIVE =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"], [tabindex]:not([tabindex="-1"])';

/** Every interactive element under `root`, looking into open shadow roots. */
export function interactiveElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('*')) {
      if (el.matches(INTERACTIVE)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

// WCAG 2.5.5 exempts links inside a sentence: their size is set by the line of text.
function isInlineInText(el: HTMLElement): boolean {
  if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
  const parent = el.parentElement;
  if (!parent) return false;
  return [...parent.childNodes].some((n) => n !== el && n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
}

export interface TargetProblem {
  element: HTMLElement;
  width: number;
  height: number;
  required: number;
  description: string;
}

/**
 * Measures every visible interactive target against REQUIREMENTS (44 px; 60 px in care mode).
 * axe's own target-size rule checks only WCAG AA's 24 px.
 */
export function measureTargets(root: ParentNode, careMode: boolean): TargetProblem[] {
  const required = requirements.target.minPx[careMode ? 'care' : 'default'];
  const problems: TargetProblem[] = [];
  for (const element of interactiveElements(root)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (isInlineInText(element)) continue;
    // Half a pixel of slack for sub-pixel layout.
    if (rect.width + 0.5 < required || rect.height + 0.5 < required) {
      problems.push({ element, width: rect.width, height: rect.height, required, description: describeElement(element) });
    }
  }
  return problems;
}

export function describeElement(el: Element): string {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? `${describeElement(root.host)} >>> ` : '';
  const id = el.id ? `#${el.id}` : '';
  const text = (el.textContent ?? '').trim().slice(0, 30);
  return `${host}<${el.localName}${id}>${text ? ` "${text}"` : ''}`;
}
