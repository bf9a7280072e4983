import { firefoxAxNode } from './firefox-accessibility.mjs';
import { firefoxMedia } from './firefox-media.mjs';
import { webdriverKeys, webdriverViewport } from './webdriver-input.mjs';

/**
 * Test commands that need the browser's own controls, one implementation per engine:
 * media-feature emulation beyond what @web/test-runner-commands offers (prefers-contrast, and
 * Firefox and WebKit at all), the accessibility tree as Chromium exposes it to screen readers,
 * input-method composition, and the keys and viewport of engines the built-in commands miss.
 * What an engine's automation cannot do throws `unsupported in <engine>`; the tests that need it
 * declare an exemption (test/helpers/engines.ts) instead of calling it there.
 */
export function careCommandsPlugin({ engine = 'chromium' } = {}) {
  const firefox = engine === 'firefox' ? firefoxMedia() : undefined;
  const plugin = {
    name: 'care-commands',
    serverStart({ config }) {
      // web-test-runner asks its own send-keys and set-viewport first; Firefox and WebKit need
      // ours to answer first (puppeteer's BiDi keyboard has no "Space", WebDriver no viewport).
      // The plugin that runs commands holds the final plugin list (parseConfig copies the config's).
      if (engine === 'chromium') return;
      for (const runner of config.plugins ?? []) {
        const list = runner.plugins;
        const at = Array.isArray(list) ? list.indexOf(plugin) : -1;
        if (at > 0) list.unshift(...list.splice(at, 1));
      }
    },
    async serve(context) {
      // Each test file starts with the browser's own media features, as a fresh Chromium page does.
      if (firefox && context.URL.searchParams.has('wtr-session-id')) await firefox.reset();
      return undefined;
    },
    transform(context) {
      // Test pages in WebKit hide the page's scrollbars, as puppeteer's headless Chromium does
      // (--hide-scrollbars). WebKitGTK draws an overlay scrollbar over the right 20 px of a page
      // that scrolls, and a click there goes to the scrollbar (mouseup without click) where a
      // phone, whose scroll indicator takes no taps, would tap the content under it.
      if (engine !== 'webkit' || !context.response.is('html') || !context.URL.searchParams.has('wtr-session-id')) return undefined;
      return { body: context.body.replace('<head>', '<head><style>:root { scrollbar-width: none; }</style>') };
    },
    async executeCommand({ command, payload, session }) {
      if (engine === 'webkit') {
        if (command === 'send-keys') return webdriverKeys(session, payload);
        if (command === 'set-viewport') return webdriverViewport(session, payload);
      }
      if (engine === 'firefox' && command === 'emulate-media') {
        await firefox.emulateBuiltIn(session.browser.getPage(session.id), payload);
        return true;
      }
      if (engine === 'webkit' && command === 'emulate-media') throw new Error('emulate-media is unsupported in webkit');
      // Clearing emulation (an afterEach) is true of WebKit already: nothing was ever emulated.
      if (engine === 'webkit' && command === 'care:emulate-media' && !Object.keys(payload?.features ?? {}).length) return true;
      if (engine === 'firefox' && command === 'send-keys') {
        const page = session.browser.getPage(session.id);
        const [kind, key] = Object.entries(payload ?? {})[0] ?? [];
        // Chromium's key table knows "Space"; puppeteer's BiDi keyboard knows only the character.
        const value = key === 'Space' ? ' ' : key;
        if (kind === 'type') await page.keyboard.type(value);
        else if (kind === 'press' || kind === 'down' || kind === 'up') await page.keyboard[kind](value);
        else return undefined;
        return true;
      }
      if (!command.startsWith('care:')) return undefined;
      if (command === 'care:engine') return engine;
      if (command === 'care:emulate-media' && firefox) {
        await firefox.emulate(session.browser.getPage(session.id), payload?.features ?? {});
        return true;
      }
      if (command === 'care:ax-node' && engine === 'firefox') {
        return firefoxAxNode(session.browser.getPage(session.id), payload.selector, payload.interestingOnly ?? true);
      }
      if (engine !== 'chromium') throw new Error(`${command} is unsupported in ${engine}`);
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'care:emulate-media': {
          const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value: String(value ?? '') }));
          await page.emulateMediaFeatures(features.length ? features : undefined);
          return true;
        }
        case 'care:ax-node': {
          // payload.selector may use puppeteer's `>>>` combinator to reach into shadow roots.
          const handle = await page.$(payload.selector);
          if (!handle) throw new Error(`No element matches ${payload.selector}`);
          try {
            return await page.accessibility.snapshot({ root: handle, interestingOnly: payload.interestingOnly ?? true });
          } finally {
            await handle.dispose();
          }
        }
        case 'care:ime': {
          // What an input method does (Telex, pinyin): a composition updated step by step, then
          // committed. Chromium sends real compositionstart/update/end and input events.
          const client = await page.createCDPSession();
          try {
            for (const text of payload.steps ?? []) {
              await client.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
            }
            if (payload.commit !== undefined) await client.send('Input.insertText', { text: payload.commit });
          } finally {
            await client.detach();
          }
          return true;
        }
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
  return plugin;
}
