import type { CareLocale } from '@caremode/core';
import { render } from 'lit';

type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: StoryContextLike) => unknown;

export interface StoryContextLike {
  args: Args;
  globals: { locale: CareLocale };
  name: string;
  id: string;
}

interface StoryObject {
  args?: Args;
  render?: RenderFn;
  name?: string;
  tags?: string[];
}

interface CsfModule {
  default?: { title?: string; component?: string; args?: Args; render?: RenderFn; excludeStories?: string[] };
  [exportName: string]: unknown;
}

export interface FoundStory {
  title: string;
  name: string;
  /** Renders the story with its args in a locale into `container`. */
  renderInto(container: HTMLElement, locale: CareLocale): Promise<void>;
}

const isStory = (name: string, value: unknown): value is StoryObject | RenderFn =>
  name !== 'default' && name !== '__namedExportsOrder' && (typeof value === 'function' || (typeof value === 'object' && value !== null));

/**
 * The stories of a CSF 3 module, each rendered the way Storybook would: the story's render (or
 * the meta's) with meta args overlaid by story args. Stories tagged `!audit` are left out;
 * use that only for stories that are not UI (there are none yet).
 */
export function storiesOf(module: CsfModule, fallbackTitle = 'untitled'): FoundStory[] {
  const meta = module.default ?? {};
  return Object.entries(module)
    .filter(([name, value]) => isStory(name, value) && !meta.excludeStories?.includes(name))
    .map(([name, value]) => {
      const story: StoryObject = typeof value === 'function' ? { render: value as RenderFn } : (value as StoryObject);
      return { name, story };
    })
    .filter(({ story }) => !story.tags?.includes('!audit'))
    .map(({ name, story }) => ({
      title: meta.title ?? fallbackTitle,
      name: story.name ?? name,
      async renderInto(container: HTMLElement, locale: CareLocale) {
        const args = { ...meta.args, ...story.args };
        const renderFn = story.render ?? meta.render;
        const context: StoryContextLike = { args, globals: { locale }, name, id: `${meta.title}--${name}` };
        const result = renderFn ? renderFn(args, context) : defaultRender(meta.component, args);
        if (result instanceof Node) container.replaceChildren(result);
        else render(result, container);
        await settle(container);
      },
    }));
}

function defaultRender(tag: string | undefined, args: Args): Node {
  const el = document.createElement(tag ?? 'div');
  Object.assign(el, args);
  return el;
}

/** Waits until every Lit element inside (shadow roots included) has rendered. */
export async function settle(root: ParentNode): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        const update = (el as { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
