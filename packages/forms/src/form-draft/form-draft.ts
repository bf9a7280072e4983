import { CareElement, PersistentRecord, announce, registerStrings, type StoredRecord } from '@caremode/core';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { formDraftStrings } from './form-draft.strings.js';
import { formDraftStyles } from './form-draft.styles.js';
import { formsLocales } from '../locales/index.js';

registerStrings(formDraftStrings, formsLocales);

/**
 * What a draft keeps: for each field name, what the form would submit; and, under `PARTS`, what
 * a control typed so far that the form would not yet submit (a date missing its year).
 */
export type DraftData = Record<string, string[]> & { [PARTS]?: Record<string, Record<string, string>> };

const PARTS = '~parts';

type Field = HTMLElement & { name?: string; value?: unknown; type?: string; checked?: boolean; form?: HTMLFormElement | null };

const SAVE_DELAY_MS = 400;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps what a person types in a form on their device, so a reload, a crash or a dead battery
 * loses nothing, and offers "continue where you left off / start again" when they come back.
 *
 * ```html
 * <care-form-draft draft-id="birth-registration"><form>…</form></care-form-draft>
 * ```
 *
 * - Saves what the form would submit, a moment after each change and at once when the page
 *   is hidden (a phone locked, an app switched).
 * - Never saves passwords, one-time codes, hidden inputs, files, or any field inside an
 *   element marked `data-care-sensitive`.
 * - Drafts expire after `max-age-days` (7 by default: phones are shared with family and
 *   volunteers) and are removed by core's `clearMyData()`.
 * - Cleared when the form is submitted natively; a portal that submits with script calls
 *   `clear()` once the server has accepted it.
 * - When storage is unavailable, drafts simply do not survive a reload: nothing is shown.
 * - Inside a `<care-step-guide>` (or any element that keeps the draft of a larger whole) it
 *   keeps nothing of its own and asks nothing: on connecting it dispatches `care-draft-claim`,
 *   and an enclosing keeper that cancels it takes the form's answers into its own draft and
 *   prompt; a keeper that starts later calls `defer()`. Never two prompts for one page.
 *
 * @tagname care-form-draft
 * @summary Keeps a form's answers on the device and offers to continue after a reload.
 *
 * @slot - The `<form>`.
 * @csspart prompt - The "continue where you left off" box.
 * @event care-draft-restore - After the person chose to continue and the answers are back.
 * @event care-draft-discard - After the person chose to start again.
 * @event care-draft-claim - On connecting (cancelable): an enclosing keeper cancels it to keep this form's answers itself.
 */
export class CareFormDraft extends CareElement {
  static override styles = [...CareElement.styles, formDraftStyles];
  static override properties: PropertyDeclarations = {
    draftId: { attribute: 'draft-id' },
    maxAgeDays: { type: Number, attribute: 'max-age-days' },
    pending: { state: true, attribute: false },
  };

  /** Names the draft; by default the form's id, else the page's path. */
  draftId = '';
  /** Days a draft is kept after its last change. */
  maxAgeDays = 7;

  /** A stored draft waiting for the person's choice. */
  private pending?: StoredRecord<DraftData>;
  private form: HTMLFormElement | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  private submitting = false;
  private deferred = false;

  /** The form's answers as they would be submitted, without what must never be kept. */
  collect(): DraftData {
    const form = this.form;
    if (!form) return {};
    const excluded = new Set(
      [...form.elements]
        .filter((el) => this.isSensitive(el as Field))
        .map((el) => (el as Field).name ?? el.getAttribute('name'))
        .filter(Boolean),
    );
    const data: DraftData = {};
    this.collecting = true;
    try {
      for (const [name, value] of new FormData(form)) {
        if (excluded.has(name) || typeof value !== 'string') continue;
        (data[name] ??= []).push(value);
      }
    } finally {
      this.collecting = false;
    }
    // A Caremode control with `parts` (the date field) submits nothing until complete: keep
    // what was typed so far, so a half-typed date survives a reload too.
    for (const el of form.elements as unknown as Iterable<Field & { parts?: Record<string, string> }>) {
      const name = el.name ?? el.getAttribute('name');
      if (!name || excluded.has(name) || !el.parts || typeof el.parts !== 'object' || data[name]?.some((v) => v !== '')) continue;
      if (Object.values(el.parts).some((v) => String(v).trim())) (data[PARTS] ??= {})[name] = { ...el.parts };
    }
    return data;
  }

  /** Puts answers back into the form, as if the person had entered them. */
  restore(data: DraftData): void {
    const form = this.form;
    if (!form || !data || typeof data !== 'object') return;
    const parts = data[PARTS] && typeof data[PARTS] === 'object' ? data[PARTS] : {};
    for (const [name, value] of Object.entries(parts)) {
      const el = [...form.elements].find((e) => (e as Field).name === name) as (Field & { parts?: unknown }) | undefined;
      if (el && 'parts' in el && !this.isSensitive(el)) el.parts = { ...value };
    }
    for (const [name, raw] of Object.entries(data)) {
      // A control restored from its parts would lose them to its empty submitted value.
      if (name === PARTS || name in parts) continue;
      const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      const fields = [...form.elements].filter((el) => ((el as Field).name ?? el.getAttribute('name')) === name) as Field[];
      let index = 0;
      for (const field of fields) {
        if (this.isSensitive(field)) continue;
        if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
          field.checked = values.includes(field.value);
        } else if (field.localName === 'care-checkbox' && typeof field.checked === 'boolean') {
          // A single Caremode checkbox is ticked, not given a value.
          field.checked = values.includes(String(field.value));
          (field as Field & { requestUpdate?(): void }).requestUpdate?.();
        } else if (field instanceof HTMLSelectElement && field.multiple) {
          for (const option of field.options) option.selected = values.includes(option.value);
        } else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement) {
          field.value = values[index++] ?? '';
        } else if ('value' in field) {
          // A form-associated Caremode control rendering its own input.
          field.value = values.length > 1 ? values : values[0];
          continue;
        } else {
          continue;
        }
        // Enhanced controls and the portal's own scripts hear the change as they would a person's.
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  }

  /** Forgets the draft (call after the server accepted a form submitted with script). */
  clear(): void {
    clearTimeout(this.timer);
    this.record()?.remove();
    this.pending = undefined;
  }

  /** Hands this form's answers to an enclosing keeper (a step guide): no record, no prompt of its own. */
  defer(): void {
    this.deferred = true;
    clearTimeout(this.timer);
    this.pending = undefined;
  }

  /** Saves now instead of after the short delay. */
  save(): void {
    clearTimeout(this.timer);
    const record = this.record();
    if (!record || this.pending || this.deferred) return;
    const data = this.collect();
    const answered = Object.entries(data).some(([name, values]) => name === PARTS || (values as string[]).some((v) => v.trim() !== ''));
    if (answered) record.write(data);
    else record.remove();
  }

  private collecting = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = this.querySelector('form');
    if (!this.form) return;
    this.form.addEventListener('input', this.onChange);
    this.form.addEventListener('change', this.onChange);
    this.form.addEventListener('submit', this.onSubmit, true);
    this.form.addEventListener('formdata', this.onFormData);
    this.form.addEventListener('reset', this.onReset);
    document.addEventListener('visibilitychange', this.onHide);
    addEventListener('pagehide', this.onHide);
    const claim = new CustomEvent('care-draft-claim', { bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(claim)) return this.defer();
    const stored = this.record()?.read();
    if (stored && Object.keys(stored.data ?? {}).length) this.pending = stored;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.removeEventListener('input', this.onChange);
    this.form?.removeEventListener('change', this.onChange);
    this.form?.removeEventListener('submit', this.onSubmit, true);
    this.form?.removeEventListener('formdata', this.onFormData);
    this.form?.removeEventListener('reset', this.onReset);
    document.removeEventListener('visibilitychange', this.onHide);
    removeEventListener('pagehide', this.onHide);
    clearTimeout(this.timer);
  }

  protected override render() {
    const t = this.localize;
    const prompt = this.pending
      ? html`<div part="prompt" class="prompt" role="group" aria-labelledby="draft-title" lang=${t.langOf('draft.title')}>
          <div class="title" id="draft-title" role="heading" aria-level="2">${t.t('draft.title')}</div>
          <p>${t.t('draft.saved', { date: this.formatDate(this.pending.savedAt) })}</p>
          <div class="actions">
            <care-button variant="primary" @click=${this.onContinue}>${t.t('draft.continue')}</care-button>
            <care-button variant="secondary" @click=${this.onRestart}>${t.t('draft.restart')}</care-button>
          </div>
        </div>`
      : nothing;
    return html`${prompt}<slot></slot>`;
  }

  private record(): PersistentRecord<DraftData> | undefined {
    const form = this.form;
    if (!form) return undefined;
    const id = this.draftId || form.id || form.getAttribute('name') || location.pathname;
    const days = Number(this.maxAgeDays) > 0 ? Number(this.maxAgeDays) : 7;
    return new PersistentRecord<DraftData>('form-draft', id, { maxAgeMs: days * DAY_MS });
  }

  private isSensitive(el: Field): boolean {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return (
      type === 'password' ||
      type === 'hidden' ||
      type === 'file' ||
      /\bone-time-code\b/.test(el.getAttribute('autocomplete') ?? '') ||
      el.localName === 'care-code-field' ||
      !!el.closest('[data-care-sensitive]')
    );
  }

  private formatDate(time: number): string {
    try {
      return new Intl.DateTimeFormat(this.localize.locale === 'en' ? 'en-GB' : this.localize.locale, { dateStyle: 'long', timeStyle: 'short' }).format(time);
    } catch {
      return new Date(time).toLocaleString();
    }
  }

  private focusFirstField(): void {
    const first = [...(this.form?.elements ?? [])].find((el) => el instanceof HTMLElement && !(el instanceof HTMLFieldSetElement) && !el.matches(':disabled')) as HTMLElement | undefined;
    first?.focus();
  }

  private onContinue = () => {
    const data = this.pending?.data;
    this.pending = undefined;
    if (data) this.restore(data);
    this.save();
    announce(this.localize.t('draft.restored'), { lang: this.localize.langOf('draft.restored') });
    this.focusFirstField();
    this.dispatchEvent(new CustomEvent('care-draft-restore', { bubbles: true, composed: true }));
  };

  private onRestart = () => {
    this.clear();
    this.focusFirstField();
    this.dispatchEvent(new CustomEvent('care-draft-discard', { bubbles: true, composed: true }));
  };

  // While the person has not chosen yet, the stored draft is kept as it is: typing must not
  // overwrite the answers they may still want back.
  private onChange = () => {
    if (this.pending || this.deferred) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  };

  private onHide = () => {
    if (document.visibilityState === 'hidden' || !document.hasFocus()) this.save();
  };

  private onSubmit = (event: SubmitEvent) => {
    // `formdata` follows only when the submission really goes ahead (not canceled).
    this.submitting = !event.defaultPrevented;
    setTimeout(() => (this.submitting = false));
  };

  private onFormData = () => {
    if (this.submitting && !this.collecting) this.clear();
  };

  private onReset = () => {
    if (!this.pending) this.clear();
  };
}
