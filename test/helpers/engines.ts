// Which engine runs the tests, and what its automation cannot do. A test that needs such a
// thing runs where it can and is skipped, by name and with its reason, elsewhere: never a test
// that silently passes with fewer assertions. docs/testing.md lists exactly these exemptions
// (test/node/engine-exemptions.test.mjs checks), and npm test fails when an engine skips 5 % or more.

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** Read from the browser itself, so a wrong launcher shows as a wrong engine. */
export const engine: Engine = (() => {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrome\/|Chromium\//.test(ua)) return 'chromium';
  return 'webkit';
})();

export interface Exemption {
  engines: readonly Engine[];
  reason: string;
}

export const exemptions = {
  'accessibility-tree': {
    engines: ['webkit'],
    reason:
      'WebKitWebDriver gives a computed role and label but no description, state or children, which these tests assert. ' +
      '(Chromium gives its tree through CDP, Firefox through its accessibility service in the chrome context.)',
  },
  'input-method': {
    engines: ['firefox', 'webkit'],
    reason: 'Only CDP can drive an input-method composition (Input.imeSetComposition); WebDriver has no composition actions.',
  },
  'media-emulation': {
    engines: ['webkit'],
    reason: 'WebKitWebDriver has no way to emulate media features, and WebKitGTK has no preference that switches them while it runs.',
  },
  'contrast-alone': {
    engines: ['firefox', 'webkit'],
    reason: 'Firefox derives prefers-contrast from the colours in force: "more" comes only with forced colours, never alone.',
  },
} as const satisfies Record<string, Exemption>;

export type ExemptionId = keyof typeof exemptions;

/** True where this engine's automation can do what the exemption names. */
export const can = (id: ExemptionId): boolean => !(exemptions[id].engines as readonly Engine[]).includes(engine);

/**
 * `needs('accessibility-tree')('title', fn)` is `it` where the engine can, and `it.skip` where
 * it cannot. The title stays the same in every engine, so reports line up.
 */
export function needs(...ids: ExemptionId[]): Mocha.TestFunction | Mocha.PendingTestFunction {
  return ids.every(can) ? it : it.skip;
}

/** The same for a whole `describe` block. */
export function describeWhere(...ids: ExemptionId[]): Mocha.SuiteFunction | Mocha.PendingSuiteFunction {
  return ids.every(can) ? describe : describe.skip;
}
