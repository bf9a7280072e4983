/**
 * Test commands that need the browser's own controls (puppeteer on the page running the test):
 * media-feature emulation beyond what @web/test-runner-commands offers (prefers-contrast), and
 * the accessibility tree as Chromium exposes it to screen readers.
 */
export function careCommandsPlugin() {
  return {
    name: 'care-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('care:')) return undefined;
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
        default:
          throw new Error(`Unknown command ${command}`);
      }
    },
  };
}
