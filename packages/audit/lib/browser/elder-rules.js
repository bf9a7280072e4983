// Caremode's elder rule pack as axe-core rules and checks. This module runs inside the page:
// the audit sends its source to every page it checks, and the chai plugin imports it. So it has
// no imports and nothing at the top level but declarations.

/** Rules one axe run can judge. */
export const elderRuleIds = [
  'caremode-target-size',
  'caremode-text-size',
  'caremode-line-height',
  'caremode-placeholder-label',
  'caremode-input-number',
  'caremode-meta-refresh',
  'caremode-autoplay',
  'caremode-html-lang',
  'caremode-status-colour',
];

/**
 * Rules whose findings are gathered while the page is changed (spacing injected, viewport
 * narrowed, reduced motion emulated); axe only reports them, from the findings map below.
 */
export const passRuleIds = ['caremode-text-spacing', 'caremode-reflow', 'caremode-reduced-motion'];

/**
 * axe's virtual node: the element or text node, and its children in the flat tree.
 * @typedef {object} VirtualNode
 * @property {HTMLElement} actualNode
 * @property {VirtualNode[]} children
 */
/**
 * What a rule adds to the defaults `rule()` fills in.
 * @typedef {object} RuleSpec
 * @property {string} selector
 * @property {(node: HTMLElement, vNode: VirtualNode) => boolean} [matches]
 * @property {{ description: string, help: string }} metadata
 * @property {boolean} [excludeHidden]
 */
/**
 * The options every elder check receives: the numbers, and care mode when it was given.
 * @typedef {ElderNumbers & { careMode?: boolean }} CheckOptions
 */
/**
 * An axe check: true passes, false fails, undefined asks for review; `this.data()` fills the message.
 * @typedef {(this: { data(value: unknown): void }, node: HTMLElement, options: CheckOptions) => boolean | undefined} CheckEvaluate
 */

const FINDINGS = Symbol.for('caremode:audit.findings');
const ELDER_TAGS = ['caremode', 'elder'];
const WCAG = 'https://www.w3.org/WAI/WCAG22/Understanding/';
const OLDER_USERS = 'https://www.w3.org/WAI/older-users/';

const INTERACTIVE =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"], [tabindex]:not([tabindex="-1"])';
const TEXT_CONTROLS = 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], input[type="search"], input[type="password"], input[type="number"], textarea, select';
const CONTROL_ANCESTORS = 'button, select, textarea, input, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="option"], [role="menuitem"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The numbers the rules judge by: a default-mode and a care-mode value each.
 * @typedef {object} ElderNumbers
 * @property {{ default: number, care: number }} targetMinPx
 * @property {{ default: number, care: number }} bodyMinPx
 * @property {{ default: number, care: number }} lineHeight
 * @property {number} reflowWidthPx
 */

/**
 * The numbers the rules judge by, taken from `requirements` of @caremode/tokens.
 * @param {{ target: { minPx: { default: number, care: number } }, text: { bodyMinPx: { default: number, care: number }, lineHeight: { default: number, care: number } }, reflowWidthPx: number }} requirements
 * @returns {ElderNumbers}
 */
export function elderNumbers(requirements) {
  return {
    targetMinPx: { ...requirements.target.minPx },
    bodyMinPx: { ...requirements.text.bodyMinPx },
    lineHeight: { ...requirements.text.lineHeight },
    reflowWidthPx: requirements.reflowWidthPx,
  };
}

/**
 * Registers (or re-registers) the elder rules with `axe`. They are disabled by default, so an
 * unrelated `axe.run()` on the same page (another test plugin's) never runs them; they run when
 * asked for by tag (`caremode`) or by id.
 * @param {any} axe
 * @param {{ numbers: ElderNumbers, careMode?: boolean }} settings
 *   `careMode` left out: follow `data-care-mode="on"` on <html> at the time of the run.
 */
export function installElderRules(axe, settings) {
  const options = { ...settings.numbers, careMode: settings.careMode };
  axe.configure({
    checks: elderChecks().map((check) => ({ ...check, options })),
    rules: [...elderRules(), ...passRules()],
  });
}

function elderRules() {
  const rule = (/** @type {string} */ id, /** @type {RuleSpec} */ spec, /** @type {string[]} */ wcag, /** @type {string} */ helpUrl) => ({
    id,
    enabled: false,
    tags: [...ELDER_TAGS, ...wcag],
    any: [],
    all: [id],
    none: [],
    ...spec,
    metadata: { ...spec.metadata, helpUrl },
  });
  return [
    rule(
      'caremode-target-size',
      {
        selector: INTERACTIVE,
        matches: (node) => hasBox(node) && !isLinkInText(node),
        metadata: {
          description: 'Ensures every interactive target is at least 44 × 44 CSS px, and 60 × 60 in care mode',
          help: 'Targets must be large enough for unsteady hands (44 px; 60 px in care mode)',
        },
      },
      ['wcag21aaa', 'wcag255'],
      `${WCAG}target-size-enhanced.html`,
    ),
    rule(
      'caremode-text-size',
      {
        selector: `*`,
        matches: (node, vNode) => (hasOwnText(vNode) || node.matches(TEXT_CONTROLS)) && isShown(vNode) && !node.closest('sub, sup, rt, rp'),
        metadata: {
          description: 'Ensures text is at least 18 CSS px, and 22 in care mode',
          help: 'Text must be large enough to read (18 px; 22 px in care mode)',
        },
      },
      ['best-practice'],
      OLDER_USERS,
    ),
    rule(
      'caremode-line-height',
      {
        selector: '*',
        matches: (node, vNode) =>
          isBlockContainer(node) && hasInlineText(vNode, 3) && isShown(vNode) && !node.closest(HEADINGS) && !node.closest(CONTROL_ANCESTORS),
        metadata: {
          description: 'Ensures running text has a line height of at least 1.5, and 1.6 in care mode',
          help: 'Lines of text must have room between them (line height 1.5; 1.6 in care mode)',
        },
      },
      ['best-practice'],
      `${WCAG}text-spacing.html`,
    ),
    rule(
      'caremode-placeholder-label',
      {
        selector: 'input[placeholder], textarea[placeholder]',
        matches: (node) =>
          (node.getAttribute('placeholder') ?? '').trim() !== '' &&
          !/^(hidden|button|submit|reset|image|checkbox|radio|range|color|file)$/i.test(node.getAttribute('type') ?? ''),
        metadata: {
          description: 'Ensures a field with a placeholder also has a visible label',
          help: 'A placeholder must never be the only visible label',
        },
      },
      ['wcag2a', 'wcag332'],
      `${WCAG}labels-or-instructions.html`,
    ),
    rule(
      'caremode-input-number',
      {
        // axe's selector engine has no case-insensitive attribute flag.
        selector: 'input[type]',
        matches: (node) => (node.getAttribute('type') ?? '').trim().toLowerCase() === 'number',
        metadata: {
          description: 'Ensures numbers are typed into text fields with inputmode="numeric", never type="number"',
          help: 'Numeric entry must not use input type=number',
        },
      },
      ['best-practice'],
      'https://technology.blog.gov.uk/2020/02/24/why-the-gov-uk-design-system-team-changed-the-input-type-for-numbers/',
    ),
    rule(
      'caremode-meta-refresh',
      {
        selector: 'meta[http-equiv]',
        matches: (node) => (node.getAttribute('http-equiv') ?? '').trim().toLowerCase() === 'refresh',
        excludeHidden: false,
        metadata: {
          description: 'Ensures the page never reloads or moves on by itself after a delay',
          help: 'Pages must not refresh or redirect on a timer',
        },
      },
      ['wcag2aaa', 'wcag325'],
      `${WCAG}change-on-request.html`,
    ),
    rule(
      'caremode-autoplay',
      {
        selector: 'video, audio',
        excludeHidden: false,
        matches: (node) => node.hasAttribute('autoplay') || !(/** @type {HTMLMediaElement} */ (node).paused),
        metadata: {
          description: 'Ensures no video or sound starts by itself',
          help: 'Media must not play until the person asks',
        },
      },
      ['wcag2a', 'wcag142', 'wcag222'],
      `${WCAG}pause-stop-hide.html`,
    ),
    rule(
      'caremode-html-lang',
      {
        selector: 'html',
        excludeHidden: false,
        metadata: {
          description: 'Ensures <html> has a valid lang attribute, which read-aloud and screen readers need to pick a voice',
          help: '<html> must have a valid lang attribute',
        },
      },
      ['wcag2a', 'wcag311'],
      `${WCAG}language-of-page.html`,
    ),
    rule(
      'caremode-status-colour',
      {
        selector: '*',
        matches: (node, vNode) => isStatusLike(node) && isShown(vNode),
        metadata: {
          description: 'Finds coloured shapes with no words or icon that may show a status by colour alone',
          help: 'Status must be shown by words and an icon, not colour alone',
        },
      },
      ['wcag2a', 'wcag141'],
      `${WCAG}use-of-color.html`,
    ),
  ];
}

function passRules() {
  const rule = (/** @type {string} */ id, /** @type {{ description: string, help: string }} */ metadata, /** @type {string[]} */ wcag, /** @type {string} */ helpUrl) => ({
    id,
    enabled: false,
    selector: '*',
    excludeHidden: false,
    matches: (/** @type {Element} */ node) => findingsFor(id).has(node),
    tags: [...ELDER_TAGS, ...wcag],
    any: [],
    all: [id],
    none: [],
    metadata: { ...metadata, helpUrl },
  });
  return [
    rule(
      'caremode-text-spacing',
      {
        description: 'Ensures no text is cut off or overlaps when a person increases line, letter, word and paragraph spacing',
        help: 'Text must stay readable with larger text spacing',
      },
      ['wcag21aa', 'wcag1412'],
      `${WCAG}text-spacing.html`,
    ),
    rule(
      'caremode-reflow',
      {
        description: 'Ensures the page fits a 320 CSS px wide screen without scrolling sideways',
        help: 'Content must reflow at 320 CSS px without horizontal scrolling',
      },
      ['wcag21aa', 'wcag1410'],
      `${WCAG}reflow.html`,
    ),
    rule(
      'caremode-reduced-motion',
      {
        description: 'Ensures nothing keeps moving when the person asks for reduced motion',
        help: 'Animation must stop when reduced motion is requested',
      },
      ['wcag21aaa', 'wcag233'],
      `${WCAG}animation-from-interactions.html`,
    ),
  ];
}

function elderChecks() {
  const check = (
    /** @type {string} */ id,
    /** @type {string} */ impact,
    /** @type {CheckEvaluate} */ evaluate,
    /** @type {{ pass: string, fail: string, incomplete?: string }} */ messages,
  ) => ({ id, evaluate, metadata: { impact, messages } });
  const fromFindings = (/** @type {string} */ id, /** @type {string} */ impact) =>
    check(
      id,
      impact,
      function (node) {
        this.data(findingsFor(id).get(node));
        return false;
      },
      { pass: 'No problem found', fail: '${data.message}' },
    );
  return [
    check(
      'caremode-target-size',
      'serious',
      function (node, options) {
        const care = isCare(options);
        const required = options.targetMinPx[care ? 'care' : 'default'];
        const rect = targetRect(node);
        // Half a pixel of slack for sub-pixel layout.
        if (rect.width + 0.5 >= required && rect.height + 0.5 >= required) return true;
        this.data({ width: round(rect.width), height: round(rect.height), required, mode: modeName(care) });
        return false;
      },
      {
        pass: 'Target is large enough',
        fail: 'Target is ${data.width} × ${data.height} CSS px; ${data.mode} needs at least ${data.required} × ${data.required}. Give it padding or min-width and min-height from the --care-target-min token.',
      },
    ),
    check(
      'caremode-text-size',
      'serious',
      function (node, options) {
        const care = isCare(options);
        const required = options.bodyMinPx[care ? 'care' : 'default'];
        const size = parseFloat(getComputedStyle(node).fontSize);
        if (size + 0.05 >= required) return true;
        this.data({ size: round(size), required, mode: modeName(care) });
        return false;
      },
      {
        pass: 'Text is large enough',
        fail: 'Text is ${data.size} CSS px; ${data.mode} needs at least ${data.required}. Size text with the --care-font-size token or rem units, never below it.',
      },
    ),
    check(
      'caremode-line-height',
      'moderate',
      function (node, options) {
        const care = isCare(options);
        const required = options.lineHeight[care ? 'care' : 'default'];
        const style = getComputedStyle(node);
        // `normal` is about 1.2 in every common font: too tight.
        const ratio = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        if (ratio + 0.005 >= required) return true;
        this.data({ ratio: style.lineHeight === 'normal' ? 'normal (about 1.2)' : ratio.toFixed(2), required, mode: modeName(care) });
        return false;
      },
      {
        pass: 'Line height is large enough',
        fail: 'Line height is ${data.ratio}; ${data.mode} needs at least ${data.required}. Use the --care-line-height token.',
      },
    ),
    check(
      'caremode-placeholder-label',
      'serious',
      function (node) {
        return hasVisibleLabel(node);
      },
      {
        pass: 'Field has a visible label',
        fail: 'The placeholder is the only visible label: it disappears while typing and is hard to read. Put a <label> above the field; keep hints in text tied by aria-describedby.',
      },
    ),
    check(
      'caremode-input-number',
      'moderate',
      function () {
        return false;
      },
      {
        pass: 'Not a number input',
        fail: 'type="number" changes the value on scroll and arrow keys, drops leading zeros and refuses spaces and full-width digits. Use type="text" with inputmode="numeric" and parse tolerantly.',
      },
    ),
    check(
      'caremode-meta-refresh',
      'serious',
      function (node) {
        const match = /^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?(\S.*))?$/i.exec(node.getAttribute('content') ?? '');
        if (!match) return true;
        const delay = parseFloat(match[1]);
        // An instant redirect is a redirect, not a timer; an instant reload loops forever.
        if (delay === 0 && match[2]) return true;
        this.data({ delay: match[1], what: match[2] ? 'moves to another page' : 'reloads' });
        return false;
      },
      {
        pass: 'Page does not refresh on a timer',
        fail: 'The page ${data.what} after ${data.delay} s by itself: a slow reader loses their place and what they typed. Redirect on the server, or let the person choose when to go on.',
      },
    ),
    check(
      'caremode-autoplay',
      'serious',
      function (node) {
        this.data({ how: node.hasAttribute('autoplay') ? 'has the autoplay attribute' : 'was already playing when the page opened' });
        return false;
      },
      {
        pass: 'Media waits to be started',
        fail: 'This ${data.how}. Movement and sound that start by themselves distract and cover read-aloud and screen readers. Remove autoplay and offer a play button.',
      },
    ),
    check(
      'caremode-html-lang',
      'serious',
      function (node) {
        const lang = (node.getAttribute('lang') ?? '').trim();
        if (!lang) {
          this.data({ problem: 'There is no lang attribute' });
          return false;
        }
        if (!isValidLanguageTag(lang)) {
          this.data({ problem: `lang="${lang}" is not a valid language tag` });
          return false;
        }
        return true;
      },
      {
        pass: '<html> has a valid lang',
        fail: '${data.problem}. Set lang on <html> to the page\'s language (for example vi, zh-Hans, id, en) so read-aloud and screen readers choose the right voice.',
      },
    ),
    check(
      'caremode-status-colour',
      'moderate',
      function (node) {
        this.data({ colour: chromaticColour(node) });
        return undefined;
      },
      {
        pass: 'Not a colour-only status',
        fail: 'Shows a status by colour alone',
        incomplete: 'A ${data.colour} shape with no words or icon. If it shows a status (valid, expired, risk level), add words and an icon: not everyone can tell the colours apart.',
      },
    ),
    fromFindings('caremode-text-spacing', 'serious'),
    fromFindings('caremode-reflow', 'serious'),
    fromFindings('caremode-reduced-motion', 'serious'),
  ];
}

/**
 * Findings a page pass left for `ruleId`: element -> `{ message }`.
 * @param {string} ruleId
 * @returns {Map<Element, { message: string }>}
 */
function findingsFor(ruleId) {
  /** @type {Map<string, Map<Element, { message: string }>>} */
  const all = (/** @type {any} */ (globalThis)[FINDINGS] ??= new Map());
  return all.get(ruleId) ?? new Map();
}

/** @param {CheckOptions} options */
function isCare(options) {
  if (typeof options.careMode === 'boolean') return options.careMode;
  return document.documentElement.getAttribute('data-care-mode') === 'on';
}

/** @param {boolean} care */
function modeName(care) {
  return care ? 'care mode' : 'default mode';
}

/** @param {number} n */
function round(n) {
  return Math.round(n * 10) / 10;
}

/** @param {Element} node */
function hasBox(node) {
  const rect = node.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/**
 * Visible on screen: not hidden, not clipped away like visually-hidden text.
 * @param {any} node an element or axe's virtual node for it
 */
function isShown(node) {
  const dom = /** @type {any} */ (globalThis).axe?.commons?.dom;
  if (dom?.isVisibleOnScreen) return dom.isVisibleOnScreen(node);
  const el = node.actualNode ?? node;
  return el.checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) ?? true;
}

/** @param {VirtualNode} vNode */
function hasOwnText(vNode) {
  return vNode.children.some((child) => child.actualNode.nodeType === 3 && (child.actualNode.nodeValue ?? '').trim() !== '');
}

/**
 * Text laid out by this box: its own text, or text in inline children (within `depth`).
 * @param {VirtualNode} vNode
 * @param {number} depth
 * @returns {boolean}
 */
function hasInlineText(vNode, depth) {
  for (const child of vNode.children) {
    const node = child.actualNode;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
    if (depth > 0 && node.nodeType === 1 && /^(inline|contents)$/.test(getComputedStyle(node).display) && hasInlineText(child, depth - 1)) return true;
  }
  return false;
}

/** @param {Element} node */
function isBlockContainer(node) {
  const display = getComputedStyle(node).display;
  return display !== 'none' && display !== 'inline' && display !== 'contents';
}

/**
 * WCAG 2.5.5 exempts links inside a sentence: their size is set by the line of text.
 * @param {Element} node
 */
function isLinkInText(node) {
  if (node.localName !== 'a' || getComputedStyle(node).display !== 'inline') return false;
  const parent = node.parentElement;
  if (!parent) return false;
  return [...parent.childNodes].some((n) => n !== node && n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
}

/**
 * A checkbox or radio inside its label is hit anywhere on the label: measure the label.
 * @param {Element} node
 */
function targetRect(node) {
  if (node.localName === 'input' && /^(checkbox|radio)$/i.test(/** @type {HTMLInputElement} */ (node).type)) {
    const label = node.closest('label');
    if (label) return label.getBoundingClientRect();
  }
  return node.getBoundingClientRect();
}

/** @param {HTMLElement} node a field with a placeholder */
function hasVisibleLabel(node) {
  // Visually-hidden labels (clipped to a pixel) count as missing: the person sees only the placeholder.
  const visible = (/** @type {Element} */ el) => (el.textContent ?? '').trim() !== '' && isShown(el);
  if ([...(/** @type {HTMLInputElement} */ (node).labels ?? [])].some(visible)) return true;
  const root = /** @type {Document | ShadowRoot} */ (node.getRootNode());
  const ids = (node.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.some((id) => {
    const el = root.getElementById?.(id) ?? document.getElementById(id);
    return el ? visible(el) : false;
  });
}

/** @param {string} lang */
function isValidLanguageTag(lang) {
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    return false;
  }
  // Well-formed is not enough: the primary subtag must be a language (2-3 letters), not x- or i-.
  return /^[a-z]{2,3}(-|$)/i.test(lang);
}

const STATUS_WORDS = /status|state|badge|indicator|signal|light|dot|pill|health|risk|level|valid/i;

/**
 * A small coloured shape with no words, named like a status. Colour may be all it says.
 * @param {HTMLElement} node
 */
function isStatusLike(node) {
  if (node.closest(INTERACTIVE) || node.matches('img, svg, canvas, video, iframe, input, select, textarea, html, body')) return false;
  const names = (/** @type {HTMLElement | null} */ el) => (el ? `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('role') ?? ''} ${Object.keys(el.dataset).join(' ')}` : '');
  if (!STATUS_WORDS.test(names(node)) && !STATUS_WORDS.test(names(node.parentElement))) return false;
  if ((node.textContent ?? '').trim() !== '' || node.querySelector('img, svg, [role="img"]')) return false;
  const rect = node.getBoundingClientRect();
  if (rect.width < 4 || rect.height < 4 || rect.width > 48 || rect.height > 48) return false;
  return chromaticColour(node) !== '';
}

/**
 * Names the shape's colour roughly ("red", "green"...), or '' when it is grey or transparent.
 * @param {Element} node
 */
function chromaticColour(node) {
  const style = getComputedStyle(node);
  for (const value of [style.backgroundColor, style.borderTopColor]) {
    const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?/.exec(value);
    if (!m) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number);
    const alpha = m[4] === undefined ? 1 : Number(m[4]);
    if (alpha < 0.2 || (value === style.borderTopColor && parseFloat(style.borderTopWidth) < 2)) continue;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    if (max - min < 48) continue;
    let hue;
    if (max === r) hue = ((g - b) / (max - min) + 6) % 6;
    else if (max === g) hue = (b - r) / (max - min) + 2;
    else hue = (r - g) / (max - min) + 4;
    return ['red', 'orange', 'yellow', 'green', 'green', 'cyan', 'blue', 'blue', 'purple', 'purple', 'pink', 'red'][Math.floor(hue * 2) % 12];
  }
  return '';
}
