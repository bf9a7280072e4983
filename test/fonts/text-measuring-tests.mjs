// The tests whose answers depend on how wide text is or where it wraps. They measure in the test
// font (test/fonts/test-font.mjs), so no machine font should change them; scripts/test.mjs runs
// them a second time, in Chromium, under the crowded fonts (test/fonts/fontconfig.mjs) to prove
// it. Every browser file here reaches test/fonts/use-test-font.mjs through its imports
// (test/node/text-measuring-tests.test.mjs checks that).
//
// Left out, because what they assert does not move with the font: the audit's own rule fixtures
// (packages/audit/test: each page is built relative to its own text), the tokens' host and theme
// tests (boxes set by min-height and custom properties on a wide page), script-tag.test.mjs (a
// button's min-height), and the remaining component files, whose only measurement is
// describeExamples' target sizes at 800 px, fixed by min-width and min-height.

/** web-test-runner files, from the repository's root. */
export const browserFiles = [
  // Every story in every mode and language: targets of 44/60 px, and nothing wider than 320 px.
  'test/audit/story-audit.test.ts',
  // The same measurements must still flag the fixtures made too small.
  'test/audit/negative-fixtures.test.ts',
  // Inside a 320 px screen in every language and mode; the room it keeps below a field.
  'packages/drop-in/src/toggle/toggle.test.ts',
  // The close button's place and size in the dialog.
  'packages/drop-in/src/settings/settings.test.ts',
  // The completion words beside the tick at 320 px, care mode, 200 % text.
  'packages/steps/src/step/step.test.ts',
  // Printed text sizes, the ID number on one line, the card's height in every language.
  'packages/qr/src/credential/credential.test.ts',
  // The hint and panel laid out around the code.
  'packages/qr/src/qr-code/qr-code.test.ts',
  // Controls at target size that wrap inside 320 px.
  'packages/read-aloud/src/read-aloud/read-aloud.test.ts',
  // Grows with its lines of text, up to a limit.
  'packages/forms/src/textarea/textarea.test.ts',
  // Each part as wide as the digits it holds.
  'packages/forms/src/date-field/date-field.test.ts',
  // Sized to six digits.
  'packages/forms/src/code-field/code-field.test.ts',
];

/** node:test files, from the repository's root. */
export const nodeFiles = [
  // The demo's exact known problems: the text-spacing and reflow findings move with wrapping.
  'test/node/demo/audit.test.mjs',
  // Text and target sizes at 320 px and 1024 px, and the portal's boxes with and without Caremode.
  'test/node/demo/demo.test.mjs',
];
