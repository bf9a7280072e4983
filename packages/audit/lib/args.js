import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.js';

export const usage = `Usage: caremode-audit [options] <target...>
       caremode-audit merge [--format F] [-o FILE] <report.json...>   one report from shards' JSON

Audits web pages with axe-core (WCAG 2.2 A/AA, 7:1 contrast, target size) and Caremode's
elder-friendly rules, in default and care mode, on a phone and a desktop viewport.

Targets:
  https://…              a page (or a Storybook, when index.json sits beside it)
  page.html              a local HTML file
  folder/                every .html file in it, or every story of a built Storybook
  --sitemap URL|FILE     every page a sitemap lists (repeatable)
  --crawl URL            the pages reached by following same-origin links from URL (repeatable)

Options:
  --standard S           elder (default: WCAG 2.2 AA + elder pack) | wcag22aa | wcag21aa | en301549
  --include GLOB         audit only pages matching (repeatable)
  --exclude GLOB         leave out pages matching (repeatable)
  --mode M               default | care | both (default: both)
  --viewport V           phone (360x740) | desktop (1280x800) | both (default: both)
  --format F             text | json | junit | sarif | html (default: text)
  -o, --output FILE      write the report to FILE (the text report still goes to stdout)
  --fail-on LEVEL        minor | moderate | serious | critical (default: serious)
  --threshold N          violations allowed at or above --fail-on (default: 0)
  --concurrency N        pages audited at once (default: CPUs, at most 4)
  --shard I/N            audit only shard I of N (pages split by id, each in one shard)
  --timeout MS           per page (default: 60000)
  --baseline FILE        count only violations not in FILE (new); report fixed and not checked
  --update-baseline      rewrite --baseline: drop fixed entries, refresh the rest
  --accept-new           with --update-baseline, add this run's new violations too
  --today YYYY-MM-DD     the day ignores' "until" is compared with (default: today, UTC)
  --max-pages N          crawl: stop after N pages (default: 1000)
  --max-depth N          crawl: follow links at most N clicks from the start (default: 10)
  --delay MS             crawl: wait between requests to the site (default: 0)
  --list-pages FILE      write the pages that would be audited to FILE, one per line, and stop
  --browser-url URL      use a running Chrome (ws:// or http:// DevTools endpoint) instead of starting one
  --serve-host HOST      address local folders are served on, for a browser on another machine
  --config FILE          config file (default: ./caremode-audit.config.json when present)
  --no-config            ignore ./caremode-audit.config.json
  --progress             show progress on stderr even when it is not a terminal
  -q, --quiet            nothing on stdout except a report with no --output
  -h, --help             this help
  -v, --version          the version

Exit codes:
  0 pass    1 violations over the threshold    2 usage or configuration error
  3 no browser    4 a page could not be audited    5 internal error

Chrome or Chromium is found through CHROME_PATH, then the usual install locations.`;

/**
 * Parses the command line. Only what was given is set, so the config file fills the rest.
 * @param {string[]} argv
 */
export function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sitemap: { type: 'string', multiple: true },
        crawl: { type: 'string', multiple: true },
        standard: { type: 'string' },
        'max-pages': { type: 'string' },
        'max-depth': { type: 'string' },
        delay: { type: 'string' },
        'list-pages': { type: 'string' },
        'browser-url': { type: 'string' },
        'serve-host': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        mode: { type: 'string' },
        viewport: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        threshold: { type: 'string' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        timeout: { type: 'string' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        'accept-new': { type: 'boolean' },
        today: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        progress: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
  const v = parsed.values;
  const number = (/** @type {string} */ name, /** @type {string | undefined} */ value) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, not "${value}".`);
    return Number(value);
  };
  /** @type {Record<string, any>} */
  const options = {};
  const set = (/** @type {string} */ key, /** @type {unknown} */ value) => {
    if (value !== undefined) options[key] = value;
  };
  set('targets', parsed.positionals.length ? parsed.positionals : undefined);
  set('sitemaps', v.sitemap);
  set('include', v.include);
  set('exclude', v.exclude);
  set('mode', v.mode);
  set('viewport', v.viewport);
  set('format', v.format);
  set('output', v.output);
  set('failOn', v['fail-on']);
  set('threshold', number('threshold', v.threshold));
  set('concurrency', number('concurrency', v.concurrency));
  set('shard', v.shard);
  set('timeout', number('timeout', v.timeout));
  set('baseline', v.baseline);
  set('updateBaseline', v['update-baseline'] || undefined);
  set('today', v.today);
  if (v['accept-new'] && !v['update-baseline']) throw new UsageError('--accept-new works with --update-baseline: it adds the new violations to the baseline.');
  set('crawl', v.crawl);
  set('standard', v.standard);
  set('maxPages', number('max-pages', v['max-pages']));
  set('maxDepth', number('max-depth', v['max-depth']));
  set('delay', number('delay', v.delay));
  set('browserUrl', v['browser-url']);
  set('serveHost', v['serve-host']);
  return {
    options,
    config: v.config,
    acceptNew: Boolean(v['accept-new']),
    listPages: v['list-pages'],
    noConfig: Boolean(v['no-config']),
    progress: Boolean(v.progress),
    quiet: Boolean(v.quiet),
    help: Boolean(v.help),
    version: Boolean(v.version),
  };
}
