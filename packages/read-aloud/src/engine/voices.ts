import type { EngineVoice } from './types.js';

interface Tag {
  lang: string;
  region: string;
  /** Script or private-use parts (`latn-pinyin`, `x-central`): a variant, not the plain voice. */
  variant: boolean;
}

const ALIASES: Record<string, string> = { in: 'id', iw: 'he', ji: 'yi', zh: 'cmn' };

/**
 * Splits a BCP 47 tag leniently: platforms report tags Intl.Locale rejects (`vi-VN-X-CENTRAL`,
 * `en-GB-X-RP`). Chinese is reduced to what a voice speaks: Cantonese for `yue`, `zh-HK` and
 * `zh-MO`; Mandarin for the rest of `zh` (a written-Chinese text sounds right in either).
 */
function parse(tag: string): Tag {
  const [first = '', ...rest] = String(tag).toLowerCase().split(/[-_]/);
  const region = rest.find((p, i) => i < 2 && /^([a-z]{2}|\d{3})$/.test(p)) ?? '';
  let lang = ALIASES[first] ?? first;
  if (first === 'zh' && /^(hk|mo)$/.test(region)) lang = 'yue';
  return { lang, region, variant: rest.some((p) => p.length === 4 || p === 'x') };
}

/** The language a tag names for speech: `zh-CN` and `cmn` are both `cmn`, `in` is `id`. */
export const speechLanguage = (tag: string): string => parse(tag).lang;

const CHINESE = new Set(['cmn', 'yue']);

function score(voice: EngineVoice, want: Tag): number {
  const have = parse(voice.lang);
  let points = 0;
  if (have.lang === want.lang) points = 10;
  // A Cantonese voice reading a Mandarin text (or the reverse) is understood; other languages are not.
  else if (CHINESE.has(have.lang) && CHINESE.has(want.lang)) points = 4;
  else return 0;
  if (want.region && have.region === want.region) points += 3;
  else if (!have.region) points += 1;
  if (have.variant) points -= 1;
  if (voice.local !== false) points += 0.5;
  if (voice.default) points += 0.25;
  // espeak-ng lists each voice again per speaker ("Vietnamese+Alex"); the plain one is clearest.
  if (voice.name.includes('+')) points -= 2;
  return points;
}

/** The voices that can read `lang`, best first; empty when none can. */
export function matchVoices<V extends EngineVoice>(voices: readonly V[], lang: string): V[] {
  const want = parse(lang);
  if (!want.lang) return [];
  return voices
    .map((voice) => ({ voice, points: score(voice, want) }))
    .filter((v) => v.points > 0)
    .sort((a, b) => b.points - a.points)
    .map((v) => v.voice);
}
