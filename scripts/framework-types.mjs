// Framework bindings generated from custom-elements.json, so they never drift from the elements:
//   @caremode/react  dist/jsx.d.ts         React 19 JSX typings for the elements used directly
//                    dist/<tag>.js + .d.ts  React 18 wrappers (@lit/react createComponent), one per element
//                    dist/index.js + .d.ts  every wrapper
//   @caremode/vue    dist/components.d.ts   Vue's GlobalComponents: props and events in templates
// Run by scripts/build.mjs after the manifest. Types point at the element classes' own .d.ts
// (`CareTextField['value']`), so a property is typed exactly as the element declares it.
//
// Why not @wc-toolkit/jsx-types: it writes attribute types from the manifest's type text
// ("TogglePlacement", "StringOverrides | undefined"), names we would have to export and import
// again, and its React 19 output is one option among many to configure. The few lines here index
// the classes' own types instead, and the same walk feeds the React 18 wrappers and Vue's types.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, workspacePackages } from './packages.mjs';

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

/** React's own handlers (onInput, onChange, onClick...) already cover these through its event system. */
const REACT_EVENTS = new Set(['input', 'change', 'click', 'focus', 'blur', 'keydown', 'keyup', 'submit', 'invalid', 'toggle']);

/** Every element of the merged manifest, with the package that exports its class. */
export function elements(manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))) {
  const byFolder = new Map(workspacePackages().map((p) => [p.folder, p.name]));
  return manifest.modules
    .flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ module: m, d })))
    .map(({ module, d }) => {
      const pkg = byFolder.get(/^packages\/([^/]+)\//.exec(module.path)[1]);
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.static && !/^[_#]/.test(m.name));
      const fieldNames = new Set(fields.map((f) => f.name));
      const fieldType = (name) => (d.members ?? []).find((m) => m.name === name)?.type?.text;
      return {
        tag: d.tagName,
        className: d.name,
        pkg,
        summary: (d.summary || d.description || '').split('\n\n')[0].replace(/\s+/g, ' ').trim(),
        fields: fields.map((f) => f.name),
        // Attributes whose name is not a property's (kebab-case ones such as error-message).
        attributes: (d.attributes ?? [])
          .filter((a) => !fieldNames.has(a.name))
          .map((a) => ({ name: a.name, boolean: (a.type?.text ?? fieldType(a.fieldName)) === 'boolean' })),
        events: (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, type: /^(Custom)?Event$/.test(e.type?.text ?? '') ? e.type.text : e.name.startsWith('care-') ? 'CustomEvent' : 'Event' })),
      };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const pascal = (s) => s.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

/** `import type { A, B } from 'pkg';` lines for every element class, by package. */
function classImports(list, alias = (name) => name) {
  const byPkg = new Map();
  for (const e of list) byPkg.set(e.pkg, [...(byPkg.get(e.pkg) ?? []), e.className]);
  return [...byPkg]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pkg, names]) => `import type { ${names.map((n) => (alias(n) === n ? n : `${n} as ${alias(n)}`)).join(', ')} } from '${pkg}';`)
    .join('\n');
}

/** React 19: the elements themselves in JSX, with properties, attributes and events typed. */
export function reactJsx(list) {
  const entries = list.map((e) => {
    const own = [
      ...e.fields.map((f) => `${key(f)}?: ${e.className}['${f}'];`),
      ...e.attributes.map((a) => `${key(a.name)}?: ${a.boolean ? 'boolean' : 'string'};`),
      // React 19 adds a listener for an on* property it does not know, named as written after "on".
      ...e.events.filter((ev) => !REACT_EVENTS.has(ev.name)).map((ev) => `${key(`on${ev.name}`)}?: (event: ${ev.type} & { currentTarget: ${e.className} }) => void;`),
    ];
    return `${doc(e.summary, '      ')}      '${e.tag}': CareJsxProps<${e.className}, {\n${own.map((l) => `        ${l}`).join('\n')}\n      }>;`;
  });
  return `${HEADER}// React 19 JSX typings for Caremode's elements. Load them once, for example in a .d.ts file:
//   import type {} from '@caremode/react/jsx';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${classImports(list)}

/** React's props for an HTML element, with the element's own properties, attributes and events. */
export type CareJsxProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

const elementAlias = (name) => `${name}Element`;

/** React 18 (and later): one @lit/react wrapper per element, its events as onPascalCase props. */
export function reactWrapper(e) {
  const events = e.events.map((ev) => [`on${pascal(ev.name)}`, ev.name, ev.type]);
  const js = `${HEADER}import * as React from 'react';
import { createComponent } from '@lit/react';
import { ${e.className} as ${elementAlias(e.className)} } from '${e.pkg}';
import '${e.pkg}/define/${e.tag}.js';

export const ${e.className} = createComponent({
  react: React,
  tagName: '${e.tag}',
  elementClass: ${elementAlias(e.className)},
  events: { ${events.map(([prop, name]) => `${prop}: '${name}'`).join(', ')} },
  displayName: '${e.className}',
});
`;
  const dts = `${HEADER}import type { EventName, ReactWebComponent } from '@lit/react';
${classImports([e], elementAlias)}

${doc(e.summary, '')}export declare const ${e.className}: ReactWebComponent<${elementAlias(e.className)}, {
${events.map(([prop, , type]) => `  ${prop}: EventName<${type} & { currentTarget: ${elementAlias(e.className)} }>;`).join('\n')}
}>;
`;
  return { js, dts };
}

/** Vue 3: GlobalComponents, as Vue's docs type non-Vue custom elements (props through $props, events through $emit). */
export function vueComponents(list) {
  const entries = list.map((e) => {
    const props = e.fields.map((f) => `${key(f)}: ${e.className}['${f}']`).join('; ');
    const events = e.events.map((ev) => `${key(ev.name)}: ${ev.type}`).join('; ');
    return `${doc(e.summary, '    ')}    '${e.tag}': CareVueElement<${e.className}, { ${props} }, { ${events} }>;`;
  });
  return `${HEADER}// Vue 3 typings for Caremode's elements in templates (vue-tsc, Volar). Loaded by
//   import type {} from '@caremode/vue/components';   (in a .d.ts file, or env.d.ts)
import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
${classImports(list)}

/** An element as Vue's template type-checker sees a component: its props and the events it emits. */
export type CareVueElement<E extends HTMLElement, Props, Events extends Record<string, Event>> = new () => E & {
  /** @deprecated For template type-checking only; not a property of the element. */
  $props: HTMLAttributes & Partial<Props> & VNodeProps & AllowedComponentProps & ComponentCustomProps;
  /** @deprecated For template type-checking only; not a method of the element. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

export function writeFrameworkTypes() {
  const list = elements();
  const react = join(root, 'packages', 'react', 'dist');
  mkdirSync(react, { recursive: true });
  writeFileSync(join(react, 'jsx.d.ts'), reactJsx(list));
  for (const e of list) {
    const { js, dts } = reactWrapper(e);
    writeFileSync(join(react, `${e.tag}.js`), js);
    writeFileSync(join(react, `${e.tag}.d.ts`), dts);
  }
  const index = list.map((e) => `export { ${e.className} } from './${e.tag}.js';`).join('\n');
  writeFileSync(join(react, 'index.js'), `${HEADER}${index}\n`);
  writeFileSync(join(react, 'index.d.ts'), `${HEADER}${index}\n`);
  const vue = join(root, 'packages', 'vue', 'dist');
  mkdirSync(vue, { recursive: true });
  writeFileSync(join(vue, 'components.d.ts'), vueComponents(list));
  console.log(`framework bindings: ${list.length} elements (React JSX typings and wrappers, Vue GlobalComponents)`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeFrameworkTypes();
