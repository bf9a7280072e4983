/**
 * What Vue's template compiler needs for Caremode's elements, for `vue({ template: { compilerOptions } })`.
 *
 * Vue compiles `v-model` on a custom element as on an `<input>`: it sets the element's `value`
 * and reads `value` back on every `input` event. Every Caremode form control works that way
 * (the radio and checkbox groups hold the new `value` when their `input` arrives) but one:
 * `<care-checkbox>` answers with `checked`, and Vue binds `checked` only where the template says
 * `type="checkbox"`. `careModel` adds it, so Vue binds `checked` on `change` (a boolean, or the
 * box's value in an array), as on `<input type="checkbox">`.
 */

/** Vue's compiler node kinds used here (@vue/compiler-core NodeTypes). */
const ELEMENT = 1;
const TEXT = 2;
const ATTRIBUTE = 6;
const DIRECTIVE = 7;

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
  loc?: unknown;
}

/** True for Caremode's tags (`care-…`): Vue leaves them to the browser instead of resolving components. */
export function isCustomElement(tag: string): boolean {
  return tag.startsWith('care-');
}

/** Compiler node transform: `v-model` on `<care-checkbox>` binds `checked`, as on a native checkbox. */
export function careModel(node: TemplateNode): void {
  if (node.type !== ELEMENT || node.tag !== 'care-checkbox' || !node.props) return;
  const props = node.props as TemplateProp[];
  if (!props.some((p) => p.type === DIRECTIVE && p.name === 'model')) return;
  const loc = node.loc;
  const hasType = props.some((p) => (p.type === ATTRIBUTE && p.name === 'type') || (p.type === DIRECTIVE && p.name === 'bind' && p.arg?.content === 'type'));
  if (!hasType) node.props.push({ type: ATTRIBUTE, name: 'type', nameLoc: loc, value: { type: TEXT, content: 'checkbox', loc }, loc });
}

/** Both at once: `vue({ template: { compilerOptions: caremodeCompilerOptions } })`. */
export const caremodeCompilerOptions = { isCustomElement, nodeTransforms: [careModel] };
