/**
 * What Vue's template compiler needs for Caremode's elements, for `vue({ template: { compilerOptions } })`.
 *
 * Vue compiles `v-model` on a custom element as on an `<input>`: it sets the element's `value`
 * and reads `value` back on every `input` event. Caremode's text field, textarea, select, date,
 * phone, ID number and code field work that way as they are. Two kinds need what Vue does for
 * native choices, which it picks only from a literal `type` in the template:
 * - `<care-checkbox>` answers with `checked`: `careModel` adds `type="checkbox"`, so Vue binds
 *   `checked` on `change` (a boolean, or the box's value in an array), as on `<input type="checkbox">`;
 * - `<care-radio-group>` and `<care-checkbox-group>` settle their `value` when `change` fires
 *   (the `input` of the box inside reaches the page first): `careModel` adds `.lazy`, so Vue
 *   reads `value` on `change`, which is also the event Vue listens to on native radios and checkboxes.
 */

/** Vue's compiler node kinds used here (@vue/compiler-core NodeTypes). */
const ELEMENT = 1;
const TEXT = 2;
const ATTRIBUTE = 6;
const DIRECTIVE = 7;
const SIMPLE_EXPRESSION = 4;
const CAN_STRINGIFY = 3;
const GROUPS = new Set(['care-radio-group', 'care-checkbox-group']);

interface TemplateNode {
  type: number;
  tag?: string;
  props?: unknown[];
  loc?: unknown;
}
interface TemplateProp {
  type: number;
  name: string;
  arg?: { content?: string };
  /** Vue 3.5: one simple expression per modifier. */
  modifiers?: { content: string }[];
  loc?: unknown;
}

/** True for Caremode's tags (`care-…`): Vue leaves them to the browser instead of resolving components. */
export function isCustomElement(tag: string): boolean {
  return tag.startsWith('care-');
}

/** Compiler node transform: `v-model` on Caremode's choices binds as on native checkboxes and radios. */
export function careModel(node: TemplateNode): void {
  if (node.type !== ELEMENT || !node.props || !node.tag?.startsWith('care-')) return;
  const props = node.props as TemplateProp[];
  const model = props.find((p) => p.type === DIRECTIVE && p.name === 'model');
  if (!model) return;
  const loc = node.loc;
  if (node.tag === 'care-checkbox') {
    const hasType = props.some((p) => (p.type === ATTRIBUTE && p.name === 'type') || (p.type === DIRECTIVE && p.name === 'bind' && p.arg?.content === 'type'));
    if (!hasType) node.props.push({ type: ATTRIBUTE, name: 'type', nameLoc: loc, value: { type: TEXT, content: 'checkbox', loc }, loc });
  } else if (GROUPS.has(node.tag) && model.modifiers && !model.modifiers.some((m) => m.content === 'lazy')) {
    model.modifiers.push({ type: SIMPLE_EXPRESSION, content: 'lazy', isStatic: true, constType: CAN_STRINGIFY, loc: model.loc } as { content: string });
  }
}

/** Both at once: `vue({ template: { compilerOptions: caremodeCompilerOptions } })`. */
export const caremodeCompilerOptions = { isCustomElement, nodeTransforms: [careModel] };
