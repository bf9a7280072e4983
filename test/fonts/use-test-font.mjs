// A browser test file that measures text imports this (test/audit/audit.ts does, so the story
// audit and every component's describeExamples have it): the import, and so the file's tests,
// wait until the test font has loaded. Top-level await lives here, in plain JS, because the
// TypeScript test files are compiled for a target without it.
import { installTestFont, testFont } from './test-font.mjs';

await installTestFont(testFont);
