import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates media features for the test page, e.g. `{ 'prefers-contrast': 'more' }`; `{}` clears them. */
export const emulateMedia = (features: Record<string, string>) => executeServerCommand('care:emulate-media', { features });

export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  value?: string | number;
  disabled?: boolean;
  focused?: boolean;
  busy?: boolean;
  children?: AxNode[];
  [key: string]: unknown;
}

/** Chromium's accessibility node for a selector (`host >>> inner` reaches into shadow roots). */
export const axNode = (selector: string, interestingOnly = true) =>
  executeServerCommand<AxNode | null, { selector: string; interestingOnly: boolean }>('care:ax-node', { selector, interestingOnly });

/** Depth-first search in an accessibility subtree. */
export function findAx(node: AxNode | null | undefined, match: (n: AxNode) => boolean): AxNode | undefined {
  if (!node) return undefined;
  if (match(node)) return node;
  for (const child of node.children ?? []) {
    const found = findAx(child, match);
    if (found) return found;
  }
  return undefined;
}

/** Types through an input method: each step is the composition so far, then `commit` is committed. */
export const imeType = (steps: string[], commit?: string) => executeServerCommand('care:ime', { steps, commit });
