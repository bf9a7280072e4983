// The three browser engines the tests run in, each from Debian's packages: Chromium (puppeteer
// over CDP), Firefox ESR (puppeteer over WebDriver BiDi, no geckodriver) and WebKitGTK's
// MiniBrowser (WebKitWebDriver, classic WebDriver, under Xvfb). No engine is downloaded.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { chromeContext } from './firefox-chrome.mjs';

export const engines = ['chromium', 'firefox', 'webkit'];

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB = ['/usr/bin/Xvfb'];

const first = (paths) => paths.find((path) => existsSync(path));

/** Why an engine cannot run on this machine, or '' when it can. */
export function engineMissing(engine) {
  switch (engine) {
    case 'chromium':
      try {
        findChrome();
        return '';
      } catch (error) {
        return error.message;
      }
    case 'firefox':
      return process.env.FIREFOX_PATH || first(FIREFOX) ? '' : 'no Firefox (Debian: apt-get install firefox-esr, or set FIREFOX_PATH)';
    case 'webkit': {
      const missing = [];
      if (!first(WEBKIT_DRIVER) || !first(MINIBROWSER)) missing.push('WebKitWebDriver and MiniBrowser (Debian: apt-get install webkit2gtk-driver)');
      if (!process.env.DISPLAY && !first(XVFB)) missing.push('a display (Debian: apt-get install xvfb)');
      return missing.length ? `no ${missing.join(' or ')}; WebKitGTK runs on Linux only` : '';
    }
    default:
      return `unknown engine ${engine}`;
  }
}

/**
 * Firefox preferences for a quiet, offline, reproducible browser. Media features are not
 * emulated here: the tests that need them declare an exemption (test/helpers/engines.ts).
 */
const firefoxPrefs = {
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.update.enabled': false,
  // Headless Firefox has no focus of its own to lose: without this, focus events and
  // :focus-visible depend on whether the window manager thinks the window is active.
  'focusmanager.testmode': true,
  // A real person's click or key press is what lets speech and audio start; tests give real input.
  'media.autoplay.default': 0,
};

/**
 * window.print() opens Firefox's print dialog, which is modal: the page's script stops inside
 * print() until a person presses Print or Cancel, and no WebDriver BiDi command can press them,
 * so a test that prints would hang. The test browser prints at once, as after pressing Print,
 * to a PDF file in its own profile.
 */
const firefoxPrinting = (dir) => ({
  'print.always_print_silent': true,
  'print.show_print_progress': false,
  print_printer: 'Mozilla Save to PDF',
  'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
  'print.printer_Mozilla_Save_to_PDF.print_to_filename': join(dir, 'printed.pdf'),
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, what) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      fetch(`http://127.0.0.1:${port}/status`).then(() => resolve(true), () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer on port ${port}`);
}

const children = [];
const stopChildren = () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
};
process.once('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => {
  stopChildren();
  process.exit(130);
});

/** An X display for WebKitGTK: the machine's own, or a private Xvfb. */
async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = first(XVFB);
  for (let n = 90 + (process.pid % 100); n < 400; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const child = spawn(xvfb, [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    // Never what keeps Node alive: the exit handler above stops it.
    child.unref();
    children.push(child);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null && !existsSync(`/tmp/.X11-unix/X${n}`)) await new Promise((r) => setTimeout(r, 100));
    if (child.exitCode === null && existsSync(`/tmp/.X11-unix/X${n}`)) {
      process.env.DISPLAY = `:${n}`;
      return process.env.DISPLAY;
    }
  }
  throw new Error('Xvfb did not start');
}

/** WebKitWebDriver on a free loopback port, with a display for MiniBrowser; returns its port. */
export async function startWebKitDriver() {
  const display = await ensureDisplay();
  const port = await freePort();
  // MiniBrowser's toolbar keeps its window at least 447 px wide; a phone is 320. A private GTK
  // stylesheet shrinks the browser's own widgets (never the page) so the viewport can be 320 px.
  const config = mkdtempSync(join(tmpdir(), 'caremode-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), 'window * { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n');
  const driver = spawn(first(WEBKIT_DRIVER), [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    // As root the WebKit sandbox blocks every session; this applies to the test browser only.
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config, WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' },
  });
  driver.unref();
  children.push(driver);
  await waitForPort(port, driver, 'WebKitWebDriver');
  return port;
}

/** What webdriverio needs to start MiniBrowser through WebKitWebDriver. */
export const webkitCapabilities = () => ({
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: first(MINIBROWSER), args: ['--automation'] },
  // webdriverio asks for BiDi otherwise, and WebKitWebDriver refuses the capabilities.
  'wdio:enforceWebDriverClassic': true,
});

/** Firefox as puppeteer-core launches it for tests and benchmarks. */
export const firefoxLaunchOptions = () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'caremode-firefox-'));
  return {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || first(FIREFOX),
    headless: true,
    userDataDir,
    extraPrefsFirefox: { ...firefoxPrefs, ...firefoxPrinting(userDataDir) },
    // Lets the harness set media preferences from the browser's chrome context (firefox-media.mjs).
    args: ['--remote-allow-system-access'],
  };
};

/**
 * Test pages in a Firefox whose accessibility service runs, as it does for a person whose screen
 * reader is on: Firefox then builds each page's accessibility tree as the page loads. Started by
 * a test's first axNode() instead, the service rebuilt the tree of the page already loaded for
 * many seconds, with text but no dialog or buttons meanwhile, and the read timed out. A reference
 * kept in the browser's window keeps the service from shutting down between reads.
 */
function firefoxAccessiblePage() {
  const evaluate = chromeContext();
  return async ({ context }) => {
    const page = await context.newPage();
    await evaluate(page, `window.careAccessibility ??= Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService); true`);
    return page;
  };
}

async function webkitLauncher() {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const port = await startWebKitDriver();
  return webdriverLauncher({ hostname: '127.0.0.1', port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() });
}

/** The web-test-runner launcher of one engine. */
export async function launcherFor(engine, { args = [] } = {}) {
  const missing = engineMissing(engine);
  if (missing) throw new Error(`${engine}: ${missing}`);
  switch (engine) {
    case 'chromium':
      return chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: [...chromeArgs, ...args] } });
    case 'firefox':
      // No speech engine, as Chromium has none without --enable-speech-dispatcher: Firefox would
      // start a speech-dispatcher of its own (a daemon the harness neither started nor stops), and
      // its voices arrive seconds after load, so whether a test page had voices depended on timing.
      // libspeechd starts the daemon through SPEECHD_CMD; /bin/false refuses.
      return chromeLauncher({
        launchOptions: { ...firefoxLaunchOptions(), env: { ...process.env, SPEECHD_CMD: '/bin/false' } },
        createPage: firefoxAccessiblePage(),
      });
    case 'webkit':
      return webkitLauncher();
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}
