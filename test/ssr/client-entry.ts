// Must run before LitElement is defined, so elements pick up their declarative shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { render } from 'lit';
import type { CareLocale } from '@caremode/core';
import './define-all.js';
import { ssrExamples } from './examples.js';

type Updating = Element & { updateComplete?: Promise<unknown> };

async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: ParentNode) => {
      for (const el of node.querySelectorAll<Updating>('*')) {
        if (el.updateComplete) pending.push(el.updateComplete);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    // A failed update (a hydration mismatch) is reported as a page error; settling goes on.
    await Promise.allSettled(pending);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
}

const root = document.getElementById('root')!;
const example = ssrExamples.find((e) => e.id === root.dataset.example)!;
const template = example.render(document.documentElement.lang as CareLocale);
if (root.dataset.mode === 'ssr') hydrate(template, root);
else render(template, root);
await settle(document);
(window as unknown as { caremodeSettled: boolean }).caremodeSettled = true;
