// Firefox's own accessibility tree, the one screen readers get, read from its accessibility
// service in the browser's chrome context (WebDriver BiDi has no command for it). A node is found
// by a class name the harness adds for the moment of the read: Firefox exposes an element's
// classes on its accessible, and a class changes neither a name nor a role. Seeing the class in
// the tree also proves the tree has caught up with every change the test made before.
import { chromeContext } from './firefox-chrome.mjs';

const evaluate = chromeContext();
let counter = 0;

// Runs in the chrome context: finds the accessible carrying `token` and serialises it in the
// shape of puppeteer's accessibility snapshot, which the tests were written against.
const FIND = (token, interestingOnly) => `(async () => {
  const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const S = Ci.nsIAccessibleStates;
  const attr = (acc, name) => { try { return acc.attributes.getStringProperty(name); } catch { return ''; } };
  const find = (acc) => {
    if (!acc) return null;
    if (attr(acc, 'class').split(/\\s+/).includes(${JSON.stringify(token)})) return acc;
    for (let c = acc.firstChild; c; c = c.nextSibling) { const f = find(c); if (f) return f; }
    return null;
  };
  const CHECKABLE = new Set(['checkbox', 'radio', 'switch', 'menuitemcheckbox', 'menuitemradio']);
  const LEAVES = new Set(['button', 'textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'img', 'combobox', 'slider', 'spinbutton']);
  const serialise = (acc, root) => {
    const state = {}, ext = {};
    acc.getState(state, ext);
    const s = state.value, e = ext.value;
    const text = acc.role === Ci.nsIAccessibleRole.ROLE_TEXT_LEAF || acc.role === Ci.nsIAccessibleRole.ROLE_STATICTEXT;
    const node = { role: text ? 'StaticText' : acc.computedARIARole || 'generic', name: acc.name ?? '' };
    if (acc.description) node.description = acc.description;
    if (acc.value && !text) node.value = acc.value;
    if (CHECKABLE.has(node.role)) node.checked = s & S.STATE_MIXED ? 'mixed' : !!(s & S.STATE_CHECKED);
    if (acc.role === Ci.nsIAccessibleRole.ROLE_TOGGLE_BUTTON) node.pressed = s & S.STATE_MIXED ? 'mixed' : !!(s & S.STATE_PRESSED);
    if (s & S.STATE_UNAVAILABLE) node.disabled = true;
    if (s & S.STATE_FOCUSED) node.focused = true;
    if (s & S.STATE_INVALID) node.invalid = 'true';
    if (s & S.STATE_REQUIRED) node.required = true;
    if (s & S.STATE_READONLY && node.role === 'textbox') node.readonly = true;
    if (s & S.STATE_BUSY) node.busy = true;
    if (s & S.STATE_EXPANDED) node.expanded = true;
    if (e & S.EXT_STATE_MODAL) node.modal = true;
    if (e & S.EXT_STATE_MULTI_LINE) node.multiline = true;
    const level = Number(attr(acc, 'level'));
    if (level) node.level = level;
    const interesting = (c) => c.role !== 'generic' || c.children || c.focused;
    if (!(${interestingOnly} && !root && LEAVES.has(node.role))) {
      const children = [];
      for (let c = acc.firstChild; c; c = c.nextSibling) {
        const child = serialise(c, false);
        if (${interestingOnly} && !interesting(child)) children.push(...(child.children ?? []));
        else children.push(child);
      }
      if (children.length) node.children = children;
    }
    return node;
  };
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      for (const browser of win.gBrowser.browsers) {
        const found = find(svc.getAccessibleFor(browser));
        if (found) return JSON.stringify(serialise(found, true));
      }
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return 'null';
})()`;

/** The accessibility node of the element the selector names (`>>>` reaches into shadow roots), or null. */
export async function firefoxAxNode(page, selector, interestingOnly = true) {
  const handle = await page.$(selector);
  if (!handle) throw new Error(`No element matches ${selector}`);
  const token = `care-ax-${++counter}`;
  try {
    await handle.evaluate((el, t) => el.classList.add(t), token);
    const json = await evaluate(page, FIND(token, interestingOnly));
    // null, as from Chromium, for an element hidden from the tree.
    return JSON.parse(json ?? 'null');
  } finally {
    await handle.evaluate((el, t) => el.classList.remove(t), token).catch(() => {});
    await handle.dispose();
  }
}
