// caremode-audit beside @axe-core/cli and pa11y-ci on the same 50-page fixture site, one mode
// (default) and one viewport (desktop), one page at a time: pages per minute, and which of the
// site's known problems each finds. Goal: caremode-audit finds every known problem either finds,
// at no less than 0.8x the speed of @axe-core/cli.
// The two tools are installed in a temporary folder (npm install --ignore-scripts, no browser
// download); @axe-core/cli drives Debian's chromium-driver, pa11y-ci Debian's Chromium.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../test/wtr/find-chrome.mjs';
import { serve } from './lib.mjs';

const PAGES = 50;
const CHROMEDRIVER = '/usr/bin/chromedriver';

// Each page has the same eight known problems; the matchers say how each tool names them.
const problems = [
  { name: 'image without a text alternative', axe: ['image-alt'], pa11y: [/H37/], html: '<img src="seal.png" width="48" height="48">' },
  { name: 'text below 4.5:1 contrast', axe: ['color-contrast'], pa11y: [/G18|G145/], html: '<p style="color:#aaa">Office hours: 8:00 to 17:00.</p>' },
  { name: 'field without a label', axe: ['label'], pa11y: [/F68|H44|4_1_2\.H91\.InputText/], html: '<input id="q" name="q">' },
  { name: 'button without a name', axe: ['button-name'], pa11y: [/H91\.Button|4_1_2\.H91/], html: '<button></button>' },
  { name: 'link without a name', axe: ['link-name'], pa11y: [/H30|H91\.A/], html: '<a href="next.html"></a>' },
  { name: 'text smaller than 18 px', axe: ['caremode-text-size'], pa11y: [], html: '' },
  { name: 'placeholder as the only label', axe: ['caremode-placeholder-label'], pa11y: [], html: '<input aria-label="Phone" placeholder="Phone number">' },
  { name: 'target smaller than 44 px', axe: ['caremode-target-size', 'target-size'], pa11y: [], html: '<button style="font-size:12px;padding:0;min-height:0">OK</button>' },
];

const page = (i) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Service ${i}</title><style>body{font:16px sans-serif;margin:0;padding:12px}</style></head>
<body><main><h1>Service number ${i}</h1><p>Register a birth, a marriage or a new address.</p>
${problems.map((p) => p.html).join('\n')}
<p><a href="p${(i + 1) % PAGES}.html">Next service</a></p></main></body></html>`;

/** Runs a command and resolves with its stdout and the seconds it took (exit codes are not failures). */
function timedRun(command, args, options = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - start) / 1000 }));
  });
}

function install(dir) {
  writeFileSync(join(dir, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '@axe-core/cli', 'pa11y-ci'], {
    cwd: dir,
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    stdio: 'ignore',
  });
}

export async function run() {
  if (!existsSync(CHROMEDRIVER)) {
    console.log(`  skipped: no ${CHROMEDRIVER} (Debian: apt-get install chromium-driver)`);
    return;
  }
  const tools = process.env.SIDE_BY_SIDE_TOOLS ?? mkdtempSync(join(tmpdir(), 'caremode-side-by-side-'));
  const site = mkdtempSync(join(tmpdir(), 'caremode-side-by-side-site-'));
  const files = {};
  for (let i = 0; i < PAGES; i++) files[`/p${i}.html`] = page(i);
  files['/seal.png'] = '';
  const server = await serve(files);
  try {
    if (!existsSync(join(tools, 'node_modules', '.bin', 'axe'))) install(tools);
    const urls = Array.from({ length: PAGES }, (_, i) => `${server.url}/p${i}.html`);

    // caremode-audit: default mode, desktop, one page at a time, as the other two run.
    const list = join(site, 'pages.txt');
    writeFileSync(list, `${urls.join('\n')}\n`);
    const caremode = await timedRun(process.execPath, ['packages/audit/bin/caremode-audit.js', '--sitemap', list, '--mode', 'default', '--viewport', 'desktop', '--concurrency', '1', '--format', 'json', '--no-config']);
    const caremodeReport = JSON.parse(caremode.stdout);
    const caremodeRules = new Set(caremodeReport.pages.flatMap((p) => p.runs.flatMap((r) => r.violations.map((v) => v.id))));

    const axe = await timedRun(join(tools, 'node_modules', '.bin', 'axe'), [...urls, '--chromedriver-path', CHROMEDRIVER, '--chrome-options', 'headless,no-sandbox,disable-gpu,window-size=1280,800', '--stdout'], { cwd: tools });
    const axeResults = axe.stdout.trim().startsWith('[') ? JSON.parse(axe.stdout) : [];
    const axeRules = new Set(axeResults.flatMap((r) => r.violations.map((v) => v.id)));

    const config = join(tools, 'pa11y-ci.json');
    writeFileSync(config, JSON.stringify({ defaults: { concurrency: 1, timeout: 60000, viewport: { width: 1280, height: 800 }, chromeLaunchConfig: { executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu'] } }, urls }));
    const pa11y = await timedRun(join(tools, 'node_modules', '.bin', 'pa11y-ci'), ['--config', config, '--json'], { cwd: tools });
    const pa11yJson = pa11y.stdout.slice(pa11y.stdout.indexOf('{'));
    const pa11yCodes = pa11yJson ? Object.values(JSON.parse(pa11yJson).results ?? {}).flat().map((issue) => issue.code ?? '') : [];

    const rate = (r, pages) => ((pages / r.seconds) * 60).toFixed(0);
    const axePages = axeResults.length;
    const pa11yPages = pa11yJson ? Object.keys(JSON.parse(pa11yJson).results ?? {}).length : 0;
    console.log(`Side by side on ${PAGES} pages (default mode, desktop, one page at a time):`);
    console.log(`  caremode-audit ${caremodeReport.tool.version}: ${caremode.seconds.toFixed(1)} s, ${rate(caremode, caremodeReport.pages.length)} pages/min (${caremodeReport.summary.audited} audited)`);
    console.log(`  @axe-core/cli:  ${axe.seconds.toFixed(1)} s, ${rate(axe, axePages)} pages/min (${axePages} pages)${axePages ? '' : `\n    ${axe.stderr.trim().split('\n').slice(-3).join('\n    ')}`}`);
    console.log(`  pa11y-ci:       ${pa11y.seconds.toFixed(1)} s, ${rate(pa11y, pa11yPages)} pages/min (${pa11yPages} pages)${pa11yPages ? '' : `\n    ${(pa11y.stderr || pa11y.stdout).trim().split('\n').slice(-3).join('\n    ')}`}`);
    console.log(`  speed, caremode-audit / @axe-core/cli: ${(axe.seconds / caremode.seconds).toFixed(2)}x (goal >= 0.8x)`);
    console.log('  known problem                       caremode  axe-cli  pa11y-ci');
    let missed = 0;
    for (const p of problems) {
      const found = [p.axe.some((id) => caremodeRules.has(id)), p.axe.some((id) => axeRules.has(id)), p.pa11y.some((re) => pa11yCodes.some((code) => re.test(code)))];
      if (!found[0] && (found[1] || found[2])) missed++;
      console.log(`  ${p.name.padEnd(36)}${found.map((f) => (f ? 'yes' : '-').padEnd(9)).join('')}`);
    }
    console.log(`  found by another tool but not by caremode-audit: ${missed}`);
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
    if (!process.env.SIDE_BY_SIDE_TOOLS) rmSync(tools, { recursive: true, force: true });
  }
}
