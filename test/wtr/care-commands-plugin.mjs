/**
 * Test commands that need the browser's own controls (puppeteer on the page running the test):
 * media-feature emulation beyond what @web/test-runner-commands offers (prefers-contrast), the
 * accessibility tree as Chromium exposes it to screen readers, and input-method composition.
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
}
