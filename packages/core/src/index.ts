export { CareElement } from './care-element.js';
export { FormControl, type Validator, type ValidationFailure } from './form-control.js';
export { getClock, setClock, SystemClock, ManualClock, type CareClock } from './clock.js';
export {
  PersistentRecord,
  clearMyData,
  purgeExpired,
  RECORD_PREFIX,
  DEFAULT_MAX_AGE_MS,
  type RecordOptions,
  type StoredRecord,
} from './persistence/records.js';
export { baseStyles } from './base-styles.js';
export { buttonBaseStyles } from './button-styles.js';
export { defineElement, adoptTokens, supportsCaremode } from './define.js';
export { shared } from './shared-global.js';
export {
  PreferencesStore,
  PREFERENCES_SCHEMA_VERSION,
  getPreferencesStore,
  type EffectivePreferences,
  type PreferencesListener,
  type PreferencesStoreOptions,
} from './preferences/store.js';
export {
  defaultPreferences,
  sanitizePreferences,
  type CarePreferences,
  type CareContrast,
  type CareContrastChoice,
  type CareMotionChoice,
} from './preferences/sanitize.js';
export { careLocales, resolveLocale, nearestLang, setFallbackLang, type CareLocale } from './localize/locale.js';
export {
  registerStrings,
  loadLocale,
  overrideStrings,
  clearStringOverrides,
  formatMessage,
  translate,
  type Catalog,
  type LocaleLoaders,
  type Message,
  type Messages,
  type MessageParams,
  type StringOverrides,
} from './localize/catalog.js';
export { LocalizeController } from './localize/localize-controller.js';
export { announce, type AnnounceOptions, type AnnouncePriority } from './announcer.js';
export {
  readAloud,
  stopReadAloud,
  registerReadAloudProvider,
  hasReadAloudProvider,
  type ReadAloudProvider,
  type ReadAloudRequest,
  type ReadAloudOutcome,
  type ReadAloudStatus,
} from './read-aloud/service.js';
export { PRIVATE_ATTRIBUTE, isPrivate, collectSegments, type ReadAloudSegment } from './read-aloud/private-text.js';
export type { CareExample, ExampleRender } from './examples.js';
