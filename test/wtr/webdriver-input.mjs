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

/** The window is resized until the page's own viewport is the size asked for (the window has borders). */
export async function webdriverViewport(session, { width, height }) {
  const driver = driverOf(session);
  let outer = { width, height };
  for (let attempt = 0; attempt < 3; attempt++) {
    await driver.setWindowRect(null, null, outer.width, outer.height);
    const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (inner[0] === width && inner[1] === height) return true;
    outer = { width: outer.width + width - inner[0], height: outer.height + height - inner[1] };
  }
  const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
  throw new Error(`WebKit's viewport stayed ${inner.join(' x ')} instead of ${width} x ${height}`);
}
