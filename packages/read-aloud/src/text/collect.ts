import { isPrivate, nearestLang } from '@caremode/core';
import { sentenceSpans, type Span } from './sentences.js';

/** One sentence to read, in one language, with where it is on the page. */
export interface Sentence {
  /** The words, spaces collapsed. */
  text: string;
  /** From the nearest `lang` of the text itself: pages mix languages. */
  lang: string;
  /** Inside `data-care-private` (or a one-time-code field): never sent off the device. */
  private: boolean;
  /** The text on the page, for the highlight; absent for text that is not on the page. */
  range?: Range;
  /** The page text of the characters `[index, index + length)` of `text`, for word highlighting. */
  wordRange?(index: number, length: number): Range | undefined;
}

interface Part {
  node: Node;
  start: number;
  end: number;
  /** A Text node (offsets inside it) or an element standing for its value (an input, an image's alt). */
  isText: boolean;
}

interface Run {
  lang: string;
  private: boolean;
  root: Node;
  text: string;
  parts: Part[];
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'care-tap-to-read']);
const NO_VALUE = /^(hidden|password|checkbox|radio|file|image|range|color)$/;

/**
 * The sentences of an element as a person sees it: the flat tree (shadow content and slotted
 * children in place), skipping what is hidden, split by language, privacy and block, then by
 * the sentence rules of each language. Password values are never read; an input's value, a
 * select's choice and an image's alt are.
 */
export function sentencesOf(root: Node, options: { skip?: Node } = {}): Sentence[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  const flush = () => {
    if (run) runs.push(run);
    run = undefined;
  };
  const add = (node: Node, text: string, isText: boolean) => {
    const lang = nearestLang(node);
    const priv = isPrivate(node);
    const tree = node.getRootNode();
    if (!run || run.lang !== lang || run.private !== priv || run.root !== tree) {
      flush();
      run = { lang, private: priv, root: tree, text: '', parts: [] };
    }
    run.parts.push({ node, start: run.text.length, end: run.text.length + text.length, isText });
    run.text += text;
  };
  const walk = (node: Node): void => {
    if (node === options.skip) return;
    if (node instanceof Text) return add(node, node.data, true);
    if (!(node instanceof Element) || SKIPPED.has(node.tagName) || SKIPPED.has(node.localName)) return;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || node.getAttribute('data-care-read') === 'skip') return;
    const display = node.isConnected ? getComputedStyle(node).display : 'inline';
    if (display === 'none') return;
    // Blocks end a sentence: a heading never runs into the paragraph under it.
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) flush();
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
    } else if (node instanceof SVGElement) {
      const label = node.getAttribute('aria-label');
      if (label) add(node, ` ${label} `, false);
    } else if (node instanceof HTMLBRElement) {
      flush();
    } else if (node instanceof HTMLImageElement) {
      add(node, ` ${node.alt} `, false);
    } else if (node instanceof HTMLInputElement) {
      if (!NO_VALUE.test(node.type)) add(node, ` ${node.value} `, false);
    } else if (node instanceof HTMLSelectElement) {
      add(node, ` ${[...node.selectedOptions].map((o) => o.label).join(', ')} `, false);
    } else if (node instanceof HTMLTextAreaElement) {
      add(node, ` ${node.value} `, false);
    } else {
      // A player reads its slotted content, never its own buttons.
      const children = node.localName === 'care-read-aloud' ? node.childNodes : (node.shadowRoot ?? node).childNodes;
      children.forEach(walk);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return runs.flatMap((r) => sentenceSpans(r.text, r.lang).map((span) => toSentence(r, span)));
}

/** Sentences of a text that is not on the page (no highlight). */
export const sentencesOfText = (text: string, lang: string, priv = false): Sentence[] =>
  sentenceSpans(text, lang).map(({ start, end }) => ({ text: text.slice(start, end).replace(/\s+/g, ' '), lang, private: priv }));

function toSentence(run: Run, span: Span): Sentence {
  const raw = run.text.slice(span.start, span.end);
  const sentence: Sentence = { text: raw.replace(/\s+/g, ' '), lang: run.lang, private: run.private };
  const range = rangeOf(run, span.start, span.end);
  if (!range) return sentence;
  sentence.range = range;
  sentence.wordRange = (index, length) => {
    // Offsets in the spoken text (spaces collapsed) back to offsets in the page text.
    const map: number[] = [];
    for (let i = 0; i < raw.length; i++) if (!(/\s/.test(raw[i]!) && /\s/.test(raw[i - 1] ?? ''))) map.push(i);
    const from = map[index];
    const to = map[Math.min(index + Math.max(1, length), map.length) - 1];
    return from === undefined || to === undefined ? undefined : rangeOf(run, span.start + from, span.start + to + 1);
  };
  return sentence;
}

function rangeOf(run: Run, start: number, end: number): Range | undefined {
  const first = run.parts.find((p) => p.start <= start && start < p.end);
  const last = run.parts.find((p) => p.start < end && end <= p.end);
  if (!first || !last) return undefined;
  const range = document.createRange();
  if (first.isText) range.setStart(first.node, start - first.start);
  else range.setStartBefore(first.node);
  if (last.isText) range.setEnd(last.node, end - last.start);
  else range.setEndAfter(last.node);
  return range;
}
