import { parseCondition } from './condition.js';
import type { DefinitionProblem, ProblemKind } from './reader.js';

/**
 * A guide written as data (packages/steps/schema/guide.schema.json is the full contract; authors
 * validate against it at build time with `caremode-guide-check`). The browser only runs the
 * light structural check below, whose errors name the path of the problem.
 */
export interface GuideDefinition {
  $schema?: string;
  id?: string;
  lang?: string;
  steps: StepDefinition[];
  help?: HelpDefinition;
}

export interface StepDefinition {
  /** Names the step in the URL hash and in saved progress. */
  name?: string;
  heading: string;
  /** `review` lists every answer with a Change link; `done` is the completion step. */
  kind?: 'question' | 'review' | 'done';
  text?: string | string[];
  checklist?: { id?: string; label: string; items: string[] };
  fields?: FieldDefinition[];
  showIf?: string;
}

export type FieldType = 'text' | 'textarea' | 'radio' | 'checkboxes' | 'checkbox' | 'select' | 'date' | 'phone' | 'id-number';

export interface FieldDefinition {
  type: FieldType;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  options?: { value: string; label: string; description?: string }[];
  [attribute: string]: unknown;
}

export interface HelpDefinition {
  phone?: string;
  hours?: string;
  centre?: string;
  centreHref?: string;
  assistHref?: string;
  assistCode?: string;
}

export const FIELD_TAGS: Record<FieldType, string> = {
  text: 'care-text-field',
  textarea: 'care-textarea',
  radio: 'care-radio-group',
  checkboxes: 'care-checkbox-group',
  checkbox: 'care-checkbox',
  select: 'care-select',
  date: 'care-date-field',
  phone: 'care-phone-field',
  'id-number': 'care-id-number-field',
};

const KINDS = ['question', 'review', 'done'];
const NAME = /^[^\s=!&|]+$/;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/**
 * The first structural problem of a definition, or undefined when it can be shown. Not a schema
 * engine (none is shipped to browsers): it checks what the guide needs to render and navigate.
 */
export function checkDefinition(def: unknown): DefinitionProblem | undefined {
  const fail = (kind: ProblemKind, path: string) => ({ kind, path });
  if (!isObject(def)) return fail('type', '(root)');
  if (!Array.isArray(def.steps)) return fail(def.steps === undefined ? 'missing' : 'type', 'steps');
  if (!def.steps.length) return fail('missing', 'steps[0]');
  const names = new Set<string>();
  const unique = (name: string, path: string) => (names.has(name) ? fail('duplicate', path) : (names.add(name), undefined));
  for (const [i, step] of (def.steps as unknown[]).entries()) {
    const at = `steps[${i}]`;
    if (!isObject(step)) return fail('type', at);
    if (!isText(step.heading)) return fail(step.heading === undefined ? 'missing' : 'type', `${at}.heading`);
    if (step.kind !== undefined && !KINDS.includes(step.kind as string)) return fail('unknown', `${at}.kind`);
    if (step.name !== undefined && !(typeof step.name === 'string' && NAME.test(step.name))) return fail('type', `${at}.name`);
    if (step.showIf !== undefined && !(typeof step.showIf === 'string' && parseCondition(step.showIf))) return fail('condition', `${at}.showIf`);
    const text = step.text;
    if (text !== undefined && typeof text !== 'string' && !(Array.isArray(text) && text.every((p) => typeof p === 'string'))) return fail('type', `${at}.text`);
    const list = step.checklist;
    if (list !== undefined) {
      if (!isObject(list) || !isText(list.label)) return fail(isObject(list) ? 'missing' : 'type', `${at}.checklist${isObject(list) ? '.label' : ''}`);
      if (!Array.isArray(list.items) || !list.items.every(isText)) return fail('type', `${at}.checklist.items`);
    }
    if (step.fields === undefined) continue;
    if (!Array.isArray(step.fields)) return fail('type', `${at}.fields`);
    for (const [j, field] of (step.fields as unknown[]).entries()) {
      const f = `${at}.fields[${j}]`;
      if (!isObject(field)) return fail('type', f);
      if (!(typeof field.type === 'string' && Object.prototype.hasOwnProperty.call(FIELD_TAGS, field.type))) {
        return fail(field.type === undefined ? 'missing' : 'unknown', `${f}.type`);
      }
      for (const key of ['name', 'label']) {
        if (!isText(field[key]) || (key === 'name' && !NAME.test(field.name as string))) return fail(field[key] === undefined ? 'missing' : 'type', `${f}.${key}`);
      }
      const duplicate = unique(field.name as string, `${f}.name`);
      if (duplicate) return duplicate;
      if (/^(radio|checkboxes|select)$/.test(field.type as string)) {
        if (!Array.isArray(field.options) || !field.options.length) return fail(field.options === undefined ? 'missing' : 'type', `${f}.options`);
        for (const [k, o] of (field.options as unknown[]).entries()) {
          if (!isObject(o) || typeof o.value !== 'string' || !isText(o.label)) return fail('type', `${f}.options[${k}]`);
        }
      }
    }
  }
  if (def.help !== undefined && !isObject(def.help)) return fail('type', 'help');
  return undefined;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function attributes(el: Element, props: Record<string, unknown>, skip: string[] = []): Element {
  for (const [key, value] of Object.entries(props)) {
    if (skip.includes(key) || value === false || value == null || typeof value === 'object') continue;
    el.setAttribute(kebab(key), value === true ? '' : String(value));
  }
  return el;
}

const make = (tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]) => {
  const el = attributes(document.createElement(tag), props);
  el.append(...children);
  return el;
};

/**
 * The `<care-step>` elements of a definition, in the guide's light DOM like steps written in HTML.
 * Text goes in as text, never as markup: a definition cannot inject script.
 */
export function buildSteps(def: GuideDefinition): Element[] {
  const steps = def.steps.map((step) => {
    const el = make('care-step', { name: step.name, heading: step.heading, kind: step.kind, showIf: step.showIf });
    for (const p of typeof step.text === 'string' ? [step.text] : (step.text ?? [])) el.append(make('p', {}, p));
    if (step.checklist) {
      const list = step.checklist;
      el.append(make('care-checklist', { label: list.label, listId: list.id ?? `${def.id ?? 'guide'}-${step.name ?? step.heading}` }, ...list.items.map((item) => make('span', {}, item))));
    }
    if (step.fields?.length) {
      const form = make('form', {}, make('care-error-summary'));
      for (const field of step.fields) {
        const control = attributes(document.createElement(FIELD_TAGS[field.type]), field, ['type', 'options']);
        if (field.type === 'select') (control as Element & { options?: unknown }).options = field.options;
        else if (field.options) {
          const tag = field.type === 'radio' ? 'care-radio' : 'care-checkbox';
          control.append(...field.options.map((o) => make(tag, { value: o.value, description: o.description }, o.label)));
        }
        // A single checkbox shows its label as the text beside the box.
        if (field.type === 'checkbox') control.append(field.label), control.removeAttribute('label');
        form.append(control);
      }
      el.append(form);
    }
    return el;
  });
  if (def.help) steps.push(attributes(make('care-help', { slot: 'help' }), def.help as Record<string, unknown>));
  return steps;
}
