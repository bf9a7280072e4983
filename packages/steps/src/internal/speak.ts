import { getPreferencesStore, hasReadAloudProvider, readAloud } from '@caremode/core';

/**
 * Reads what just opened (a step, a warning) through core's read-aloud service, in care mode and
 * only when a reader is registered; the service also honours the person's read-aloud switch.
 * Resolves true when speech did not happen because the browser refused it (no interaction
 * yet, a rejected engine): the caller then offers a large "Read aloud" button, whose press
 * is the interaction the browser waits for.
 */
export async function readOnOpen(element: Element): Promise<boolean> {
  if (!getPreferencesStore().effective.careMode || !hasReadAloudProvider()) return false;
  const { status } = await readAloud({ element, automatic: true });
  return status === 'refused' || status === 'error';
}
