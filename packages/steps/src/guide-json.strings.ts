import type { Catalog } from '@caremode/core';

/** What can be wrong with a JSON definition, after its path: "steps[2].fields[0].name is missing". */
export const guideJsonStrings = {
  en: {
    'guide.problem-json': 'is not valid JSON',
    'guide.problem-missing': 'is missing',
    'guide.problem-type': 'has the wrong kind of value',
    'guide.problem-unknown': 'is not one of the allowed values',
  },
} satisfies Catalog;
