// Keys and window size for WebKit, driven through classic WebDriver (WebKitWebDriver), where
// web-test-runner's own commands support only "press" and "type" and no viewport at all.

/** WebDriver's code points for named keys (W3C WebDriver, "Keyboard actions"). */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
const keyValue = (key) => {
  if (KEYS[key]) return KEYS[key];
  if (/^Key[A-Z]$/.test(key)) return key.slice(3).toLowerCase();
  if (/^Digit\d$/.test(key)) return key.slice(5);
  if ([...key].length === 1) return key;
  throw new Error(`Unknown key ${key} for WebDriver`);
};

const driverOf = (session) => {
  const driver = session.browser.driver;
  if (!driver) throw new Error('WebDriver session is not running');
  return driver;
};

export async function webdriverKeys(session, payload) {
  const driver = driverOf(session);
  const [kind, key] = Object.entries(payload ?? {})[0] ?? [];
  let actions;
  if (kind === 'type') actions = [...key].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]);
  else if (kind === 'press') actions = [{ type: 'keyDown', value: keyValue(key) }, { type: 'keyUp', value: keyValue(key) }];
  else if (kind === 'down') actions = [{ type: 'keyDown', value: keyValue(key) }];
  else if (kind === 'up') actions = [{ type: 'keyUp', value: keyValue(key) }];
  else return undefined;
  // Held modifiers stay held between calls (down, then press, then up), as with a real keyboard:
  // actions are not released until an "up" arrives.
  await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  return true;
}

const viewportOf = (driver) => driver.execute('return [window.innerWidth, window.innerHeight]');

/** What the window adds around the page (MiniBrowser's toolbar), learnt from the last resize. */
const chromeOf = new WeakMap();

/**
 * The page hears of a resize a moment after WebDriver's Set Window Rect returns, so a size read
 * at once can still be the old one, and a loop that corrects from it overshoots (a viewport
 * 20 px too tall now and then in the story audit). Waits until the size asked for arrives;
 * failing that, returns the size once two reads agree.
 */
async function settledViewport(driver, wanted) {
  let last = await viewportOf(driver);
  const deadline = Date.now() + 1500;
  for (;;) {
    if (last[0] === wanted.width && last[1] === wanted.height) return last;
    await new Promise((r) => setTimeout(r, 50));
    const now = await viewportOf(driver);
    if (Date.now() > deadline && now[0] === last[0] && now[1] === last[1]) return now;
    last = now;
  }
}

/** The window is resized until the page's own viewport is the size asked for (the window has a toolbar). */
export async function webdriverViewport(session, { width, height }) {
  const driver = driverOf(session);
  const now = await viewportOf(driver);
  if (now[0] === width && now[1] === height) return true;
  let inner = now;
  for (let attempt = 0; attempt < 3; attempt++) {
    const chrome = chromeOf.get(driver) ?? { width: 0, height: 0 };
    const outer = { width: width + chrome.width, height: height + chrome.height };
    await driver.setWindowRect(null, null, outer.width, outer.height);
    inner = await settledViewport(driver, { width, height });
    if (inner[0] === width && inner[1] === height) return true;
    const rect = await driver.getWindowRect();
    chromeOf.set(driver, { width: Math.max(0, rect.width - inner[0]), height: Math.max(0, rect.height - inner[1]) });
  }
  throw new Error(`WebKit's viewport stayed ${inner.join(' x ')} instead of ${width} x ${height}`);
}
