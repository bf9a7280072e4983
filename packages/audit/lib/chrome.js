import { existsSync } from 'node:fs';
import { BrowserError } from './exit-codes.js';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Headless flags that keep Chromium quiet: no background traffic, no first-run work. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * The Chrome or Chromium to audit with: CHROME_PATH, then the usual places.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function findChrome(env = process.env) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserError(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new BrowserError(
    'No Chrome or Chromium found. Install one (Debian and Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable. ' +
      `Looked in: ${CANDIDATES.join(', ')}`,
  );
}

/**
 * Starts headless Chromium.
 * @param {{ executablePath?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export async function launchChrome(options = {}) {
  const executablePath = options.executablePath ?? findChrome(options.env);
  // Loaded only when a browser is needed: a usage error or --help answers at once.
  const { default: puppeteer } = await import('puppeteer-core');
  try {
    return await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
  } catch (error) {
    throw new BrowserError(`Chromium at ${executablePath} would not start: ${/** @type {Error} */ (error).message}`);
  }
}
