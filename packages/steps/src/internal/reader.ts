import { shared } from '@caremode/core';

/** What is wrong with a definition, for the localized message `guide.problem-<kind>`. */
export type ProblemKind = 'json' | 'load' | 'missing' | 'type' | 'unknown' | 'duplicate' | 'condition';

export interface DefinitionProblem {
  kind: ProblemKind;
  /** Where, as an author reads it: `steps[2].fields[0].name`. */
  path: string;
}

export interface DefinitionSource {
  src?: string;
  text?: string;
  definition?: unknown;
}

/** Reads a JSON definition into `<care-step>` elements, or says what is wrong with it. */
export type DefinitionReader = (source: DefinitionSource) => Promise<{ id: string; elements: Element[] } | { problem: DefinitionProblem }>;

/**
 * Where `@caremode/steps/guide-json.js` leaves its reader. Guides written in HTML never load
 * the JSON reader or the form controls a definition may name; one reader serves every copy
 * of Caremode on the page.
 */
export const definitionReaders = () => shared('steps-definition-reader.v1', () => ({}) as { read?: DefinitionReader });
