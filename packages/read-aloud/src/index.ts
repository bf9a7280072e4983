export { CareReadAloud } from './read-aloud/read-aloud.js';
export { CareTapToRead } from './tap-to-read/tap-to-read.js';
export { WebSpeechEngine, type WebSpeechOptions } from './engine/web-speech.js';
export { HttpAudioEngine, type HttpAudioOptions } from './engine/http-audio.js';
export { chooseEngine, spokenLanguages, type EngineChoice } from './engine/choose.js';
export { matchVoices, speechLanguage } from './engine/voices.js';
export type {
  SpeechEngine,
  EngineVoice,
  EngineCapabilities,
  EngineUtterance,
  EngineEvent,
  EngineErrorCode,
  EngineListener,
} from './engine/types.js';
export { Reader, stopActiveReader, type ReaderState, type ReaderOptions } from './reader/reader.js';
export { highlight, canHighlight, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from './reader/highlight.js';
export { configureReadAloud } from './reader/config.js';
export { sentencesOf, sentencesOfText, type Sentence } from './text/collect.js';
export { sentenceSpans, type Span } from './text/sentences.js';
export { registerReadAloudService } from './service/service.js';
export { pageReader, pageEngines } from './runtime.js';
export { startTapToRead, describeTarget, readableTarget } from './tap-to-read/mode.js';
