// The checks that need the page changed first: text spacing overridden, the viewport narrowed,
// reduced motion asked for. Each runs inside the page and leaves its findings (element ->
// { message }) in a map the matching axe rule in elder-rules.js reports from, so every finding
// reaches the report in axe's own format. No imports: the audit sends this source to the page.

const PASS_FINDINGS = Symbol.for('caremode:audit.findings');

/** Forgets every finding left by an earlier pass. */
export function clearFindings() {
  /** @type {any} */ (globalThis)[PASS_FINDINGS] = new Map();
}

/**
 * WCAG 1.4.12: applies line height 1.5, letter spacing 0.12em, word spacing 0.16em and
 * paragraph spacing 2em (in the document and every open shadow root), then finds text that is
 * cut off by an `overflow: hidden` box or overlaps other text. Only what the new spacing
 * caused is reported: visually-hidden text is clipped before and after alike.
 * @returns {number} how many elements were found
 */
export function findTextSpacingProblems() {
  const texts = visibleTexts();
  const before = measureTexts(texts);
  const css =
    '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const roots = [document, ...shadowRoots(document)];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  let after;
  try {
    after = measureTexts(texts);
  } finally {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((/** @type {CSSStyleSheet} */ s) => s !== sheet);
  }
  const found = new Map();
  const spacing = 'with line height 1.5, letter spacing 0.12em, word spacing 0.16em and paragraph spacing 2em';
  after.clipped.forEach((by, i) => {
    if (before.clipped.has(i)) return;
    found.set(texts[i].parentElement, {
      message: `Text "${snippet(texts[i])}" is cut off by ${describeElement(by)} (overflow: hidden) ${spacing}. Let the box grow with its text (min-width and min-height, not width and height) or let it scroll.`,
    });
  });
  for (const [key, [i, j]] of after.overlaps) {
    if (before.overlaps.has(key)) continue;
    const element = texts[i].parentElement;
    if (found.has(element)) continue;
    found.set(element, {
      message: `Text "${snippet(texts[i])}" overlaps "${snippet(texts[j])}" ${spacing}. Avoid fixed widths, fixed heights and absolute positioning around text.`,
    });
  }
  setFindings('caremode-text-spacing', found);
  return found.size;
}

/**
 * WCAG 1.4.10: at the current (320 px) viewport, finds the elements that make the page scroll
 * sideways: those reaching past the right edge whose parent does not, outside any box that
 * scrolls or clips horizontally itself.
 * @returns {number}
 */
export function findReflowProblems() {
  const html = document.documentElement;
  const width = html.clientWidth;
  const found = new Map();
  if (html.scrollWidth > width + 1) {
    const overflows = (/** @type {Element} */ el) => el.getBoundingClientRect().right > width + 1;
    for (const el of allElements(document)) {
      if (found.size >= 20) break;
      if (el === html || !overflows(el) || insideHorizontalScroller(el)) continue;
      const parent = flatParent(el);
      if (parent && parent !== html && overflows(parent)) continue;
      const rect = el.getBoundingClientRect();
      found.set(el, {
        message: `Reaches ${Math.round(rect.right)} px on a ${width} px wide screen (it is ${Math.round(rect.width)} px wide), so the page scrolls sideways. Use max-width: 100%, let it wrap, or let only this part scroll (overflow-x: auto).`,
      });
    }
    // Text that cannot wrap (a long address, a code) overflows a box that itself fits.
    const range = document.createRange();
    for (const text of found.size < 20 ? visibleTexts() : []) {
      // visibleTexts() keeps only text with a parent element.
      const parent = /** @type {HTMLElement} */ (text.parentElement);
      if (found.size >= 20 || found.has(parent) || insideHorizontalScroller(parent)) continue;
      range.selectNodeContents(text);
      const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
      if (right > width + 1 && !overflows(parent)) {
        found.set(parent, {
          message: `Its text "${snippet(text)}" cannot wrap and reaches ${Math.round(right)} px on a ${width} px wide screen, so the page scrolls sideways. Let it break (overflow-wrap: anywhere) or shorten it.`,
        });
      }
    }
    if (found.size === 0) {
      found.set(html, { message: `The page is ${html.scrollWidth} px wide on a ${width} px wide screen and scrolls sideways.` });
    }
  }
  setFindings('caremode-reflow', found);
  return found.size;
}

/**
 * With `prefers-reduced-motion: reduce` in force, finds animations and transitions still
 * running (infinite ones, or ones that take time).
 * @returns {number}
 */
export function findMotionProblems() {
  const animations = new Set(document.getAnimations());
  for (const root of shadowRoots(document)) for (const a of root.getAnimations()) animations.add(a);
  const found = new Map();
  for (const running of animations) {
    // CSSAnimation and CSSTransition add their names to Animation.
    const animation = /** @type {any} */ (running);
    if (animation.playState !== 'running') continue;
    const effect = animation.effect;
    const target = effect?.target;
    // A duration under a millisecond is how many sites switch animation off under reduced motion.
    if (!target || !(effect.getComputedTiming().duration >= 1)) continue;
    const name =
      animation.animationName ? `animation "${animation.animationName}"` : animation.transitionProperty ? `transition of ${animation.transitionProperty}` : 'script animation';
    const entry = found.get(target) ?? { names: [] };
    entry.names.push(effect.pseudoElement ? `${name} on ${effect.pseudoElement}` : name);
    found.set(target, entry);
  }
  for (const [target, entry] of found) {
    found.set(target, {
      message: `The ${entry.names.join(', ')} keeps running when the person asks for reduced motion. Stop it, or make it instant, inside @media (prefers-reduced-motion: reduce).`,
    });
  }
  setFindings('caremode-reduced-motion', found);
  return found.size;
}

/**
 * @param {string} ruleId
 * @param {Map<Element, { message: string }>} found
 */
function setFindings(ruleId, found) {
  (/** @type {any} */ (globalThis)[PASS_FINDINGS] ??= new Map()).set(ruleId, found);
}

/**
 * @param {Document | ShadowRoot} root
 * @returns {ShadowRoot[]}
 */
function shadowRoots(root) {
  /** @type {ShadowRoot[]} */
  const roots = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) roots.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return roots;
}

/**
 * @param {Document | ShadowRoot} root
 * @returns {Element[]}
 */
function allElements(root) {
  /** @type {Element[]} */
  const out = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/**
 * The parent in the rendered (flat) tree: through slots and out of shadow roots.
 * @param {Element} el
 * @returns {Element | null}
 */
function flatParent(el) {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * @param {Text} node
 * @returns {Element | null}
 */
function flatParentOfNode(node) {
  if (node.assignedSlot) return node.assignedSlot;
  return node.parentElement;
}

/** @param {Element} el */
function insideHorizontalScroller(el) {
  for (let p = flatParent(el); p && p !== document.documentElement && p !== document.body; p = flatParent(p)) {
    if (getComputedStyle(p).overflowX !== 'visible') return true;
  }
  return false;
}

/**
 * Whether text sits in a fixed or sticky box: the page scrolls beneath it, so what it covers changes.
 * @param {Text} node
 */
function insideFixed(node) {
  for (let p = flatParentOfNode(node); p && p !== document.documentElement; p = flatParent(p)) {
    const position = getComputedStyle(p).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

function visibleTexts() {
  /** @type {Text[]} */
  const texts = [];
  const skip = /^(script|style|noscript|template|textarea|title)$/;
  const visit = (/** @type {Node} */ root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip.test(parent.localName) || (node.nodeValue ?? '').trim() === '') continue;
      // display: contents has no box of its own, so visibility is its rendered parent's.
      /** @type {Element | null} */
      let box = parent;
      while (box && getComputedStyle(box).display === 'contents') box = flatParent(box);
      if (box && !box.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      texts.push(/** @type {Text} */ (node));
    }
  };
  visit(document.body ?? document.documentElement);
  for (const root of shadowRoots(document)) visit(root);
  return texts;
}

/**
 * Line boxes of every text, which of them an `overflow: hidden` ancestor cuts off (text index
 * -> that ancestor), and which pairs of texts overlap ("i:j" -> [i, j]).
 * @param {Text[]} texts
 */
function measureTexts(texts) {
  /** @type {{ index: number, rect: DOMRect }[]} */
  const lines = [];
  /** @type {Map<number, Element>} */
  const clipped = new Map();
  const range = document.createRange();
  texts.forEach((text, index) => {
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    for (const rect of rects) lines.push({ index, rect });
    const by = clippingAncestor(text, rects);
    if (by) clipped.set(index, by);
  });
  lines.sort((a, b) => a.rect.top - b.rect.top);
  const fixed = texts.map(insideFixed);
  /** @type {Map<string, [number, number]>} */
  const overlaps = new Map();
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    for (let j = i + 1; j < lines.length && lines[j].rect.top < a.rect.bottom - 1; j++) {
      const b = lines[j];
      // A floating toolbar over text that scrolls beneath it is not text overlapping text.
      if (a.index === b.index || fixed[a.index] !== fixed[b.index]) continue;
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > 1 && y > 1) {
        const [first, second] = a.index < b.index ? [a.index, b.index] : [b.index, a.index];
        overlaps.set(`${first}:${second}`, [first, second]);
      }
    }
  }
  return { clipped, overlaps };
}

/**
 * @param {Text} text
 * @param {DOMRect[]} rects
 * @returns {Element | null}
 */
function clippingAncestor(text, rects) {
  if (!rects.length) return null;
  for (let el = flatParentOfNode(text); el && el !== document.documentElement && el !== document.body; el = flatParent(el)) {
    const style = getComputedStyle(el);
    const clipX = /hidden|clip/.test(style.overflowX);
    const clipY = /hidden|clip/.test(style.overflowY);
    if (!clipX && !clipY) continue;
    const box = el.getBoundingClientRect();
    const left = box.left + el.clientLeft;
    const top = box.top + el.clientTop;
    const right = left + el.clientWidth;
    const bottom = top + el.clientHeight;
    for (const r of rects) {
      if ((clipX && (r.left < left - 1 || r.right > right + 1)) || (clipY && (r.top < top - 1 || r.bottom > bottom + 1))) return el;
    }
  }
  return null;
}

/** @param {Text} text */
function snippet(text) {
  const value = (text.nodeValue ?? '').trim().replace(/\s+/g, ' ');
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** @param {Element} el */
function describeElement(el) {
  const id = el.id ? `#${el.id}` : '';
  const cls = el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : '';
  return `<${el.localName}${id}${cls}>`;
}
