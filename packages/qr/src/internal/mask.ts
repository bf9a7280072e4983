// Letters as people see them: "ễ" written as e + two combining marks stays one letter.
const letters = (word: string): string[] =>
  typeof Intl.Segmenter === 'function' ? [...new Intl.Segmenter().segment(word)].map((s) => s.segment) : [...word];

const keepFirst = (word: string): string => {
  const [first = '', ...rest] = letters(word);
  return first + '*'.repeat(rest.length);
};

/**
 * A name partly hidden: the first word whole, the middle ones down to their first letter, the
 * last to its initial: "Nguyễn Văn An" becomes "Nguyễn V** A". A name written without spaces
 * (Chinese) or of one word keeps its first letter: "张伟" becomes "张*".
 */
export function maskName(name: string): string {
  const words = String(name ?? '').trim().split(/\s+/);
  if (words.length < 2) return keepFirst(words[0] ?? '');
  return words.map((word, i) => (i === 0 ? word : i === words.length - 1 ? letters(word)[0] : keepFirst(word))).join(' ');
}

/** An ID number partly hidden: the first four and last two characters shown ("0791******34"). */
export function maskId(id: string): string {
  const chars = [...String(id ?? '').replace(/\s/g, '')];
  const head = chars.length > 8 ? 4 : 0;
  const tail = chars.length > 4 ? 2 : 0;
  return chars.map((c, i) => (i < head || i >= chars.length - tail ? c : '*')).join('');
}

/** Up to two initials, for a holder's badge: "Nguyễn Văn An" gives "NA", "张伟" gives "张". */
export function initials(name: string): string {
  const words = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  const first = (word?: string) => (word ? letters(word)[0]!.toLocaleUpperCase() : '');
  return words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
}
