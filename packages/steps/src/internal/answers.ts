import type { Answers } from './condition.js';

/** What a guide keeps: submitted values by name, and under `~parts` what a control typed so far (a date missing its year). */
export type GuideAnswers = Answers & { '~parts'?: Record<string, Record<string, string>> };

type Field = HTMLElement & {
  name?: string;
  value?: unknown;
  label?: string;
  checked?: boolean;
  parts?: Record<string, string>;
  labels?: NodeListOf<HTMLLabelElement> | NodeList;
  selectedOptions?: HTMLCollectionOf<HTMLOptionElement>;
};

const PARTS = '~parts';

const nameOf = (el: Element) => (el as Field).name || el.getAttribute('name') || '';

/** Never kept, never shown back: secrets, codes, hidden and file inputs, and what the portal marks. */
export const isSensitive = (el: Element): boolean =>
  /^(password|hidden|file)$/i.test(el.getAttribute('type') ?? '') ||
  /\bone-time-code\b/.test(el.getAttribute('autocomplete') ?? '') ||
  el.localName === 'care-code-field' ||
  !!el.closest('[data-care-sensitive]');

const fieldsOf = (form: HTMLFormElement) => [...form.elements] as Field[];

/** The answers in the forms under `root`, as the forms would submit them, without what must never be kept. */
export function collect(root: ParentNode): GuideAnswers {
  const data: GuideAnswers = {};
  for (const form of root.querySelectorAll('form')) {
    const fields = fieldsOf(form);
    const excluded = new Set(fields.filter(isSensitive).map(nameOf));
    for (const [name, value] of new FormData(form)) {
      if (!excluded.has(name) && typeof value === 'string') (data[name] ??= []).push(value);
    }
    // A control that submits nothing until complete (the date field) keeps what was typed so far.
    for (const el of fields) {
      const name = nameOf(el);
      if (name && !excluded.has(name) && el.parts && !data[name]?.some(Boolean) && Object.values(el.parts).some((v) => String(v).trim())) {
        (data[PARTS] ??= {})[name] = { ...el.parts };
      }
    }
  }
  return data;
}

/** Puts answers back into the forms under `root`, as if the person had entered them. */
export function restore(root: ParentNode, data: GuideAnswers): void {
  const parts = data[PARTS] ?? {};
  for (const form of root.querySelectorAll('form')) {
    const byName = new Map<string, Field[]>();
    for (const el of fieldsOf(form)) if (nameOf(el) && !isSensitive(el)) byName.set(nameOf(el), [...(byName.get(nameOf(el)) ?? []), el]);
    for (const [name, fields] of byName) {
      if (parts[name]) {
        for (const el of fields) if ('parts' in el) el.parts = { ...parts[name] };
        continue;
      }
      const values = (data[name] as string[] | undefined)?.map(String);
      if (!values) continue;
      let index = 0;
      for (const el of fields) {
        if (el instanceof HTMLInputElement && /^(radio|checkbox)$/.test(el.type)) el.checked = values.includes(el.value);
        else if (el instanceof HTMLSelectElement && el.multiple) for (const o of el.options) o.selected = values.includes(o.value);
        else if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) el.value = values[index++] ?? '';
        // A single Caremode checkbox is ticked, not given a value.
        else if (typeof el.checked === 'boolean') {
          el.checked = values.includes(String(el.value));
          (el as Field & { requestUpdate?(): void }).requestUpdate?.();
        }
        // A Caremode control rendering its own input: a group takes every value.
        else el.value = Array.isArray(el.value) ? values : values[0];
        // Enhanced controls and the portal's own scripts hear the change as they would a person's.
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  }
}

/** One line of "check your answers". */
export interface AnswerRow {
  label: string;
  value: string;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Each answered question under `root` in words a person recognises: the question's label and
 * what they chose as they saw it (an option's text, not its value; a date in words).
 */
export function describe(root: ParentNode, locale: string): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const data = collect(root);
  for (const form of root.querySelectorAll('form')) {
    const seen = new Set<string>();
    for (const el of fieldsOf(form)) {
      const name = nameOf(el);
      const values = (data[name] as string[] | undefined)?.filter(Boolean);
      if (!name || seen.has(name) || isSensitive(el) || !values?.length) continue;
      seen.add(name);
      const natives = fieldsOf(form).filter((f) => nameOf(f) === name && f instanceof HTMLInputElement && /^(radio|checkbox)$/.test(f.type));
      // A native radio's own label is its option; the question is the legend.
      const legend = text((natives[0] ?? el).closest('fieldset')?.querySelector('legend'));
      const label = el.label || (natives.length ? legend : text(el.labels?.[0]) || legend) || el.getAttribute('aria-label') || name;
      let shown: string[] = values;
      const options = [...el.querySelectorAll<Field>('care-radio, care-checkbox')];
      const select = el instanceof HTMLSelectElement ? el : el.querySelector('select');
      if (natives.length) shown = natives.filter((f) => f.checked).map((f) => text(f.labels?.[0]) || String(f.value));
      else if (options.length) shown = options.filter((o) => o.checked).map((o) => text(o));
      else if (el.localName === 'care-checkbox') shown = [text(el)];
      else if (select) shown = [...select.selectedOptions].map((o) => text(o));
      else if (el.localName === 'care-date-field' && /^\d{4}-\d\d-\d\d$/.test(values[0]!)) {
        shown = [new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(values[0]!))];
      }
      rows.push({ label: label.trim().replace(/[:：]$/, ''), value: shown.join(', ') });
    }
  }
  return rows;
}
