import { lazyElements } from './lazy-elements.js';

const loading = new Map<string, Promise<void>>();

/**
 * Defines one Caremode element now (no-op for tags Caremode does not know or already defined).
 * Resolves when the tag is defined; a failed download is reported once and can be retried.
 */
export function loadElement(tag: string): Promise<void> {
  const name = String(tag).toLowerCase();
  const loader = lazyElements[name];
  if (!loader || customElements.get(name)) return Promise.resolve();
  let pending = loading.get(name);
  if (!pending) {
    pending = loader().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(name);
        console.warn(`Caremode: could not load <${name}>.`, error);
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/** Defines every Caremode element, e.g. before a portal's own script creates them inside shadow roots. */
export const loadAll = (): Promise<void[]> => Promise.all(Object.keys(lazyElements).map(loadElement));

const scan = (node: ParentNode) => {
  if (node instanceof Element && node.localName in lazyElements) void loadElement(node.localName);
  for (const el of node.querySelectorAll(':not(:defined)')) if (el.localName in lazyElements) void loadElement(el.localName);
};

/**
 * Loads each Caremode element the first time it appears under `root`: in the markup, or added
 * later by the portal's scripts. Inside other shadow roots it sees nothing: call it on that root,
 * or `loadElement()`/`loadAll()`. Returns a function that stops watching.
 */
export function autoload(root: Document | ShadowRoot | Element = document): () => void {
  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
