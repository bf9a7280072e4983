// The axe-core run options every Caremode audit starts from. Shared by the CLI and the chai
// plugin; no imports, so it also loads in a browser as is.

/** WCAG 2.2 A and AA, plus the elder rule pack. */
export const auditTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'caremode'];

/** Rules outside those tags that REQUIREMENTS.md asks for: 7:1 text contrast and target size. */
export const extraRules = ['color-contrast-enhanced', 'target-size'];

/**
 * @param {{ disabled?: string[], enabled?: string[], skip?: string[], tags?: string[], extra?: string[] }} [choice]
 *   `disabled`/`enabled`: rule ids the person switched off or on; `skip`: rules this run must
 *   leave out (the page-pass rules, reported by their own run); `tags` and `extra`: the rule set
 *   of another standard (default: `auditTags` and `extraRules`).
 */
export function axeRunOptions(choice = {}) {
  /** @type {Record<string, { enabled: boolean }>} */
  const rules = {};
  for (const id of choice.extra ?? extraRules) rules[id] = { enabled: true };
  for (const id of choice.enabled ?? []) rules[id] = { enabled: true };
  for (const id of [...(choice.skip ?? []), ...(choice.disabled ?? [])]) rules[id] = { enabled: false };
  return {
    runOnly: { type: 'tag', values: choice.tags ?? auditTags },
    rules,
    resultTypes: ['violations', 'incomplete'],
  };
}
