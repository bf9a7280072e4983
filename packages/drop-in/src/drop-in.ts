import { getPreferencesStore, loadLocale, nearestLang, setFallbackLang, supportsCaremode } from '@caremode/core';
import { adoptHostStyles } from './host/host-styles.js';
import { autoload, loadAll } from './autoload.js';
import './define/care-mode-toggle.js';
import { provideRoomKeeping } from './toggle/toggle.js';
import * as roomKeeping from './toggle/reserve-room.js';

export interface DropInOptions {
  /** Corner of the floating toggle: `end` (default) or `start`. */
  position?: 'end' | 'start';
  /** Language for Caremode's strings where the page declares none (`<html>` without `lang`). */
  locale?: string;
  /** `false`: do not insert a toggle (the portal places its own `<care-mode-toggle>`). */
  toggle?: boolean;
  /** Languages offered in the settings, space-separated (`vi en`); default: all four. */
  languages?: string;
  /** `all`: define every Caremode element at once instead of when the page first uses each. */
  load?: 'used' | 'all';
}

/**
 * Reads the drop-in's options from its script tag: `data-position="start"`, `data-locale="vi"`,
 * `data-no-toggle`, `data-load="all"`, `data-languages="vi en"`. Anything unrecognised keeps the default.
 */
export function readScriptOptions(script: Element | null | undefined): DropInOptions {
  const data = (script as HTMLElement | null)?.dataset ?? {};
  return {
    position: data.position === 'start' ? 'start' : 'end',
    locale: data.locale?.trim() || undefined,
    toggle: data.noToggle === undefined,
    load: data.load === 'all' ? 'all' : 'used',
    languages: data.languages?.trim() || undefined,
  };
}

/**
 * Starts care mode on a portal's page: applies the host stylesheet, connects the preferences
 * store (which applies the person's stored choice at once), loads each Caremode element the page
 * uses and, unless the page already has one or `toggle` is false, adds a floating
 * `<care-mode-toggle>` at the end of `body`. Browsers without what Caremode needs keep the page
 * exactly as it is.
 */
export function startDropIn(options: DropInOptions = {}): void {
  if (!supportsCaremode()) return;
  if (options.locale) setFallbackLang(options.locale);
  // The page's language starts loading now, beside the elements' own code, so the toggle's first
  // render does not wait for a second round trip; chunks registered later join it.
  void loadLocale(nearestLang(document.documentElement));
  adoptHostStyles();
  getPreferencesStore();
  // The toggle it inserts floats: its room-keeping code comes in this file, not as a chunk.
  provideRoomKeeping(roomKeeping);
  if (options.load === 'all') void loadAll();
  else autoload(document);
  if (options.toggle === false) return;
  const insert = () => {
    if (document.querySelector('care-mode-toggle')) return;
    const toggle = document.createElement('care-mode-toggle');
    toggle.setAttribute('placement', 'floating');
    if (options.position === 'start') toggle.setAttribute('corner', 'start');
    if (options.languages) toggle.setAttribute('languages', options.languages);
    document.body.append(toggle);
  };
  if (document.body) insert();
  else document.addEventListener('DOMContentLoaded', insert, { once: true });
}


