import { registerStrings } from '@caremode/core';
import { guideJsonStrings } from './guide-json.strings.js';
import { buildSteps, checkDefinition, type FieldType, type GuideDefinition } from './internal/definition.js';
import { definitionReaders, type DefinitionReader } from './internal/reader.js';
import { stepsLocales } from './locales/index.js';

export { checkDefinition, buildSteps, FIELD_TAGS } from './internal/definition.js';
export type { GuideDefinition, StepDefinition, FieldDefinition, FieldType, HelpDefinition } from './internal/definition.js';
export type { DefinitionProblem, ProblemKind } from './internal/reader.js';

registerStrings(guideJsonStrings, stepsLocales);

// Written out, not built from the type: bundlers and import maps must see each specifier.
const controls: Record<FieldType | 'summary' | 'checklist', () => Promise<unknown>> = {
  text: () => import('@caremode/forms/define/care-text-field.js'),
  textarea: () => import('@caremode/forms/define/care-textarea.js'),
  radio: () => import('@caremode/forms/define/care-radio-group.js'),
  checkboxes: () => import('@caremode/forms/define/care-checkbox-group.js'),
  checkbox: () => import('@caremode/forms/define/care-checkbox.js'),
  select: () => import('@caremode/forms/define/care-select.js'),
  date: () => import('@caremode/forms/define/care-date-field.js'),
  phone: () => import('@caremode/forms/define/care-phone-field.js'),
  'id-number': () => import('@caremode/forms/define/care-id-number-field.js'),
  summary: () => import('@caremode/forms/define/care-error-summary.js'),
  checklist: () => import('./define/care-checklist.js'),
};

/**
 * Reads a JSON definition: fetches `src` (or takes the text or object given), runs the light
 * structural check, loads only the controls the definition names, and builds the steps.
 */
export const readDefinition: DefinitionReader = async ({ src, text, definition }) => {
  const path = src || 'definition';
  let def = definition;
  if (text === undefined && def === undefined) {
    try {
      const response = await fetch(src!);
      if (!response.ok) throw new Error(String(response.status));
      text = await response.text();
    } catch {
      return { problem: { kind: 'load', path } };
    }
  }
  try {
    if (text !== undefined || typeof def === 'string') def = JSON.parse(text ?? (def as string));
  } catch {
    return { problem: { kind: 'json', path } };
  }
  const problem = checkDefinition(def);
  if (problem) return { problem };
  const guide = def as GuideDefinition;
  const used = new Set(guide.steps.flatMap((s) => [...(s.fields ?? []).map((f) => f.type), ...(s.fields?.length ? ['summary' as const] : []), ...(s.checklist ? ['checklist' as const] : [])]));
  await Promise.all([...used].map((type) => controls[type]()));
  return { id: guide.id ?? '', elements: buildSteps(guide) };
};

/**
 * Importing this module lets every `<care-step-guide>` on the page read JSON definitions
 * (`src`, the `definition` property, or a child `<script type="application/json">`). Guides
 * written in HTML do not need it.
 */
definitionReaders().read = readDefinition;
