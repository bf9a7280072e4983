import { shared } from '@caremode/core';

/** Names in `CSS.highlights`: style them with `::highlight(care-read-aloud)` to change the look. */
export const SENTENCE_HIGHLIGHT = 'care-read-aloud';
export const WORD_HIGHLIGHT = 'care-read-aloud-word';

// Inverse colours from a declared 7:1 pair, plus an underline so the place is not shown by
// colour alone. Forced colours use the system's own selection colours.
const CSS_TEXT = `::highlight(${SENTENCE_HIGHLIGHT}){background-color:var(--care-color-primary,#0a4a99);color:var(--care-color-on-primary,#fff)}
::highlight(${WORD_HIGHLIGHT}){text-decoration:underline 0.15em;text-underline-offset:0.2em}
@media (forced-colors:active){::highlight(${SENTENCE_HIGHLIGHT}){background-color:Highlight;color:HighlightText}}`;

/** Whether this browser has the CSS Custom Highlight API (without it nothing is highlighted). */
export const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

const sheet = () =>
  shared('read-aloud-highlight.v1', () => {
    const s = new CSSStyleSheet();
    s.replaceSync(CSS_TEXT);
    return s;
  });

// A highlight is painted by the rules of the tree its text is in: the page's, or an open shadow
// root's. The rule sheet is adopted where the text is; nothing in the page's markup changes.
function adopt(range: Range): void {
  const root = range.startContainer.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const s = sheet();
  if (!root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
}

/** Highlights a sentence (and a word in it), or clears both with no argument. */
export function highlight(sentence?: Range, word?: Range): void {
  if (!canHighlight()) return;
  for (const [name, range] of [
    [SENTENCE_HIGHLIGHT, sentence],
    [WORD_HIGHLIGHT, word],
  ] as const) {
    if (range) {
      adopt(range);
      CSS.highlights.set(name, new Highlight(range));
    } else CSS.highlights.delete(name);
  }
}

/** Brings a sentence into view when it is not, without moving focus. */
export function scrollToRange(range: Range, reducedMotion: boolean): void {
  const rect = range.getBoundingClientRect();
  if (!rect.height || (rect.top >= 0 && rect.bottom <= innerHeight)) return;
  const target = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
}
