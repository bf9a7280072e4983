// Han, kana and Hangul are spoken at about three or four characters a second; alphabetic
// scripts at ten to fifteen. These slow ends make a generous estimate, never a tight one.
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;

/** A generous guess of how long a text takes to say at a rate, in ms. */
export function estimateSpeechMs(text: string, rate = 1): number {
  const wide = (text.match(WIDE) ?? []).length;
  return ((text.length - wide) * 110 + wide * 350) / Math.min(2, Math.max(0.5, Number(rate) || 1));
}
