import { nearestLang } from '../localize/locale.js';

/**
 * Marks personal data: text under an element with this attribute is never sent off the device
 * (a network speech engine, analytics). On-device engines may still read it to its owner.
 */
export const PRIVATE_ATTRIBUTE = 'data-care-private';

/** A piece of text to read, in one language, private or not. */
export interface ReadAloudSegment {
  text: string;
  lang: string;
  private: boolean;
}

const parentAcrossShadow = (node: Node): Node | null =>
  node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;

const isPrivateField = (el: Element): boolean =>
  el instanceof HTMLInputElement &&
  (el.type === 'password' || /\bone-time-code\b/.test(el.getAttribute('autocomplete') ?? ''));

/** Whether a node is private: inside `data-care-private`, or a password or one-time-code field. */
export function isPrivate(node: Node | null): boolean {
  for (let n = node; n; n = parentAcrossShadow(n)) {
    if (n instanceof Element && (n.hasAttribute(PRIVATE_ATTRIBUTE) || isPrivateField(n))) return true;
  }
  return false;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function hidden(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return el instanceof HTMLElement && el.isConnected && getComputedStyle(el).display === 'none';
}

/**
 * The text of an element as a person sees it (the flat tree: shadow content and slotted
 * children in place), split wherever the language or privacy changes.
 */
export function collectSegments(root: Node): ReadAloudSegment[] {
  const segments: ReadAloudSegment[] = [];
  const push = (text: string, from: Node) => {
    const clean = text.replace(/\s+/g, ' ');
    if (!clean.trim()) return;
    const lang = nearestLang(from);
    const priv = isPrivate(from);
    const last = segments[segments.length - 1];
    if (last && last.lang === lang && last.private === priv) last.text += clean;
    else segments.push({ text: clean, lang, private: priv });
  };
  const walk = (node: Node) => {
    if (node instanceof Text) return push(node.data, node);
    if (!(node instanceof Element)) return;
    if (hidden(node)) return;
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      return;
    }
    if (node instanceof HTMLImageElement) return push(` ${node.alt} `, node);
    // A checkbox's or radio's value is data for the server, not words on the screen (its label
    // is); a password is never spoken, even on the device: a loudspeaker in a service centre is not private.
    if (node instanceof HTMLInputElement) return ['hidden', 'checkbox', 'radio', 'password'].includes(node.type) ? undefined : push(` ${node.value} `, node);
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
    // Blocks end a phrase: keep their words apart ("Heading" + "Text", not "HeadingText").
    const last = segments[segments.length - 1];
    if (last && getComputedStyle(node).display !== 'inline') last.text += ' ';
  };
  walk(root);
  for (const s of segments) s.text = s.text.trim();
  return segments.filter((s) => s.text);
}
