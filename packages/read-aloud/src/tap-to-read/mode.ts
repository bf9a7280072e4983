import { getClock, isPrivate, nearestLang, registerStrings, resolveLocale, shared, translate } from '@caremode/core';
import { pageReader } from '../runtime.js';
import { sentencesOf, sentencesOfText, type Sentence } from '../text/collect.js';
import { controlWords } from './control-words.js';

registerStrings(controlWords);

/** How long a mouse pointer rests on something before it is read (a touch is read at once). */
export const DWELL_MS = 600;
/** A focus and a click of one tap read a control once. */
const REPEAT_MS = 1500;
/** Text longer than this is a container tapped between its paragraphs, not something to read. */
const MAX_CHARS = 2000;

const CONTROL =
  'input,select,textarea,button,a[href],summary,[role=button],[role=link],[role=checkbox],[role=radio],[role=switch],[role=tab],[role=menuitem],[role=option]';
const FIELD = 'input,select,textarea,[role=checkbox],[role=radio],[role=switch]';

const up = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);

/**
 * What pointing at `el` reads: the control it belongs to (a label leads to its control), or the
 * smallest block of text around it. The page itself and anything marked
 * `data-care-tap-read="off"` read nothing.
 */
export function readableTarget(el: Element): Element | undefined {
  for (let n: Element | null = el; n; n = up(n)) if (n.getAttribute('data-care-tap-read') === 'off') return undefined;
  const control = el.closest(CONTROL);
  if (control) return control;
  const label = el.closest('label');
  if (label) return label.control ?? label;
  for (let n: Element | null = el; n && n !== document.body && n !== document.documentElement; n = up(n)) {
    const display = getComputedStyle(n).display;
    if (!display.startsWith('inline') && display !== 'contents') return n;
  }
  return undefined;
}

/**
 * What is said for a target. A form control: its label, its value (a checkbox's state; a
 * password is "hidden"; a one-time code or `data-care-private` value is private), its hint and
 * its error, in that order. Anything else: its text.
 */
export function describeTarget(el: Element): Sentence[] {
  if (!el.matches(FIELD)) {
    const text = sentencesOf(el);
    const label = el.getAttribute('aria-label');
    return text.length || !label ? text : sentencesOfText(label, nearestLang(el));
  }
  const root = el.getRootNode() as Document | ShadowRoot;
  const lang = nearestLang(el);
  const byIds = (attr: string) =>
    (el.getAttribute(attr) ?? '')
      .split(/\s+/)
      .map((id) => (id ? root.getElementById(id) : null))
      .filter((n): n is HTMLElement => !!n);
  const say = (key: string) => sentencesOfText(translate(resolveLocale(lang), key), lang);
  const out: Sentence[] = [];
  const field = el as HTMLInputElement;
  const named = byIds('aria-labelledby');
  if (named.length) named.forEach((n) => out.push(...sentencesOf(n, { skip: el })));
  else if (el.getAttribute('aria-label')) out.push(...sentencesOfText(el.getAttribute('aria-label')!, lang));
  else field.labels?.forEach((n) => out.push(...sentencesOf(n, { skip: el })));

  const checkable = /^(checkbox|radio)$/.test(field.type) || /^(checkbox|radio|switch)$/.test(el.getAttribute('role') ?? '');
  if (checkable) {
    const checked = el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
    out.push(...say(checked ? 'tapToRead.checked' : 'tapToRead.unchecked'));
  } else if (field.type === 'password') {
    out.push(...say('tapToRead.hidden'));
  } else {
    const value = el instanceof HTMLSelectElement ? [...el.selectedOptions].map((o) => o.label).join(', ') : String(field.value ?? '');
    out.push(...(value.trim() ? sentencesOfText(value, lang, isPrivate(el)) : say('tapToRead.empty')));
  }
  // Hints and errors in the order the control names them (Caremode fields: hint, then error).
  const described = byIds('aria-describedby');
  const errors = el.getAttribute('aria-invalid') === 'true' ? byIds('aria-errormessage').filter((e) => !described.includes(e)) : [];
  for (const n of [...described, ...errors]) out.push(...sentencesOf(n));
  return out;
}

/**
 * Turns tap-to-read on for the page; returns the function that turns it off. Listeners are
 * passive and never cancel, stop or delay an event: a tap on a link still follows it, a tap on a
 * button still presses it, typing still types, focus goes where it would. Reading starts within
 * the tap (so the browser allows the sound) and a new target replaces what was being read.
 */
export function startTapToRead(): () => void {
  const state = shared('tap-to-read.v1', () => ({ users: 0, off: undefined as (() => void) | undefined }));
  state.users++;
  if (!state.off) state.off = listen();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--state.users > 0) return;
    state.off?.();
    state.off = undefined;
  };
}

function listen(): () => void {
  let last: { el: Element; at: number } | undefined;
  let cancelDwell: (() => void) | undefined;
  const reader = pageReader();
  const read = (el: Element) => {
    const now = getClock().now();
    if (last?.el === el && (reader.busy || now - last.at < REPEAT_MS)) return;
    last = { el, at: now };
    const sentences = describeTarget(el);
    if (!sentences.length || sentences.reduce((n, s) => n + s.text.length, 0) > MAX_CHARS) return;
    reader.scroll = false;
    reader.load(sentences);
    void reader.play(0);
  };
  const targetOf = (event: Event) => {
    const first = event.composedPath()[0];
    return first instanceof Element ? readableTarget(first) : first instanceof Text && first.parentElement ? readableTarget(first.parentElement) : undefined;
  };
  const onClick = (event: Event) => {
    cancelDwell?.();
    const el = targetOf(event);
    if (el) read(el);
  };
  // Keyboard focus reads controls; focus of a block (a heading focused by a guide) reads it too.
  const onFocus = onClick;
  const onOver = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    cancelDwell?.();
    const el = targetOf(event);
    if (el) cancelDwell = getClock().at(getClock().now() + DWELL_MS, () => read(el));
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && reader.busy) reader.stop();
  };
  const options = { capture: true, passive: true };
  const listeners = [
    ['click', onClick],
    ['focusin', onFocus],
    ['pointerover', onOver],
    ['keydown', onKey],
  ] as [string, EventListener][];
  for (const [type, fn] of listeners) document.addEventListener(type, fn, options);
  return () => {
    for (const [type, fn] of listeners) document.removeEventListener(type, fn, options);
    cancelDwell?.();
    if (last) reader.stop();
  };
}
