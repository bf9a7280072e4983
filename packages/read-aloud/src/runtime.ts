// What reading needs beyond the buttons: engines, sentence splitting, the reader. Players and
// the service load it when the page is idle or on first use, so a page paints without it.
import { shared, type ReadAloudOutcome, type ReadAloudSegment } from '@caremode/core';
import type { SpeechEngine } from './engine/types.js';
import { WebSpeechEngine } from './engine/web-speech.js';
import { configuredEngines } from './reader/config.js';
import { Reader } from './reader/reader.js';
import { sentencesOf, sentencesOfText } from './text/collect.js';

export { Reader, stopActiveReader } from './reader/reader.js';
export { sentencesOf, sentencesOfText } from './text/collect.js';
export { spokenLanguages } from './engine/choose.js';

/** The configured engines, or the browser's voices. The same array until the configuration changes. */
export function pageEngines(): readonly SpeechEngine[] {
  const defaults = shared('read-aloud-default-engines.v1', () => (WebSpeechEngine.supported ? [new WebSpeechEngine()] : []));
  return configuredEngines() ?? defaults;
}

/** The page's reader for the read-aloud service and tap-to-read (players have their own). */
export const pageReader = (): Reader => shared('read-aloud-page-reader.v1', () => new Reader(pageEngines));

/** Core's read-aloud service, served: an element is read with highlighting, a text as it is. */
export function serve(segments: ReadAloudSegment[], rate: number, source?: Element): Promise<ReadAloudOutcome> {
  const sentences = source ? sentencesOf(source) : segments.flatMap((s) => sentencesOfText(s.text, s.lang, s.private));
  const reader = pageReader();
  reader.load(sentences);
  reader.scroll = true;
  reader.setRate(rate);
  return reader.play(0);
}
