/** What `caremode-audit` exits with. Documented in the README; scripts depend on these numbers. */
export const exitCodes = Object.freeze({
  /** Every page was audited and the violations counted are within the threshold. */
  pass: 0,
  /** More violations at or above the --fail-on impact than --threshold allows. */
  violations: 1,
  /** Bad command line or configuration, or nothing to audit. */
  usage: 2,
  /** No Chrome or Chromium found, or it would not start. */
  noBrowser: 3,
  /** At least one page could not be audited (unreachable, HTTP error, not HTML, timeout, crash). */
  pageFailed: 4,
  /** A fault in caremode-audit itself. */
  internal: 5,
});

/** A mistake in the command line or configuration: exits 2 with its message. */
export class UsageError extends Error {
  /** @override */
  name = 'UsageError';
  exitCode = exitCodes.usage;
}

/** No browser to run: exits 3. */
export class BrowserError extends Error {
  /** @override */
  name = 'BrowserError';
  exitCode = exitCodes.noBrowser;
}

/** A target (a sitemap, a Storybook index) that could not be read at all: exits 4. */
export class TargetError extends Error {
  /** @override */
  name = 'TargetError';
  exitCode = exitCodes.pageFailed;
}
