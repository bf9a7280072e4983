/** A sentence as offsets into a text: `text.slice(start, end)`, trimmed of spaces. */
export interface Span {
  start: number;
  end: number;
}

// Chrome cuts off an utterance after about 15 s on some platforms, and a person who misses a word
// of a long sentence should not have to hear all of it again: longer sentences are split at a
// clause break. Han script is spoken about three times slower per character.
const MAX_CHARS = 200;
const MAX_WIDE_CHARS = 60;
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const CLAUSE = /[,;:\u3001\uff0c\uff1b\uff1a\u2014]\s*/g;
const FALLBACK = /[^.!?\u3002\uff01\uff1f]+(?:[.!?\u3002\uff01\uff1f]+["'\u201d\u2019)\]]*\s*|$)/g;

// Intl.Segmenter ends a sentence after every abbreviation ("TP. Hồ Chí Minh", "Jl. Merdeka",
// "Mr. Tran"): the ones public-service text is full of are joined back to what follows.
const ABBREVIATIONS: Record<string, Set<string>> = {
  en: new Set('mr mrs ms dr st no nos prof jr sr vs etc approx dept'.split(' ')),
  vi: new Set('tp q p tx tt ths ts pgs gs bs ks đc sđt'.split(' ')),
  id: new Set('jl no kec kab kel bpk sdr sdri dr prof h hj dll dsb rt rw tgl'.split(' ')),
};
const ENDS_WITH_WORD = /(?:^|[\s(])(\p{L}+)\.\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  let found = segmenters.get(lang);
  if (!found) {
    try {
      found = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      // A malformed `lang` on the page: the default rules still split at full stops.
      found = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, found);
  }
  return found;
}

/**
 * Splits a text into sentences by the rules of its language (`Intl.Segmenter`; a simple
 * full-stop rule where a browser lacks it), each no longer than a comfortable utterance.
 */
export function sentenceSpans(text: string, lang: string): Span[] {
  const spans: Span[] = [];
  const seg = segmenter(lang);
  const pieces = seg
    ? Array.from(seg.segment(text), (s) => ({ start: s.index, text: s.segment }))
    : Array.from(text.matchAll(FALLBACK), (m) => ({ start: m.index!, text: m[0] }));
  const abbreviations = ABBREVIATIONS[lang.toLowerCase().split(/[-_]/)[0]!];
  let held: { start: number; text: string } | undefined;
  for (const piece of pieces) {
    const joined = held ? { start: held.start, text: held.text + piece.text } : piece;
    const word = ENDS_WITH_WORD.exec(joined.text)?.[1]?.toLowerCase();
    held = word && abbreviations?.has(word) ? joined : undefined;
    if (held) continue;
    const lead = joined.text.length - joined.text.trimStart().length;
    const body = joined.text.trim();
    if (/[\p{L}\p{N}]/u.test(body)) split(joined.start + lead, body, spans);
  }
  if (held) split(held.start + held.text.length - held.text.trimStart().length, held.text.trim(), spans);
  return spans;
}

function split(start: number, text: string, into: Span[]): void {
  const max = WIDE.test(text) ? MAX_WIDE_CHARS : MAX_CHARS;
  while (text.length > max) {
    let cut = 0;
    for (const m of text.slice(0, max).matchAll(CLAUSE)) if (m.index! >= max / 3) cut = m.index! + m[0].length;
    if (!cut) cut = text.lastIndexOf(' ', max) + 1 || max;
    const head = text.slice(0, cut).trimEnd();
    into.push({ start, end: start + head.length });
    const rest = text.slice(cut);
    const skip = rest.length - rest.trimStart().length;
    start += cut + skip;
    text = rest.trimStart();
  }
  if (text) into.push({ start, end: start + text.length });
}
