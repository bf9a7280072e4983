import type { Result } from 'axe-core';
import { formatViolations, runAxe } from '../helpers/axe.js';
import { applyMode, finishTransitions, type AuditMode } from '../helpers/modes.js';
import { measureTargets } from '../helpers/targets.js';
import type { FoundStory } from './story-render.js';

export interface AuditFinding {
  /** An axe rule id, or `care-target-size` for Caremode's own target measurement. */
  id: string;
  message: string;
}

/** The rule id the target measurement reports under, next to axe's own ids. */
export const TARGET_RULE = 'care-target-size';

let stage: HTMLElement | undefined;

/** A page-like surface on the theme's background, so contrast is judged as a person sees it. */
function auditStage(): HTMLElement {
  if (stage?.isConnected) return stage;
  stage = document.createElement('main');
  stage.setAttribute('data-audit-stage', '');
  stage.style.cssText =
    'display:block;padding:16px;background:var(--care-color-background);color:var(--care-color-text);font-family:var(--care-font-family)';
  document.body.append(stage);
  return stage;
}

/** Renders a story in a mode and returns everything axe and the target measurement find. */
export async function auditStory(story: FoundStory, mode: AuditMode): Promise<AuditFinding[]> {
  await applyMode(mode);
  const container = auditStage();
  container.lang = mode.locale;
  await story.renderInto(container, mode.locale);
  await finishTransitions();
  const results = await runAxe(container);
  const findings: AuditFinding[] = results.violations.map((v: Result) => ({ id: v.id, message: formatViolations([v]) }));
  const targets = measureTargets(container, mode.careMode);
  if (targets.length) {
    findings.push({
      id: TARGET_RULE,
      message: targets
        .map((t) => `  [${TARGET_RULE}] ${t.description} is ${Math.round(t.width)} x ${Math.round(t.height)} px; needs ${t.required} x ${t.required}`)
        .join('\n'),
    });
  }
  return findings;
}

export const formatFindings = (findings: AuditFinding[]) => findings.map((f) => f.message).join('\n');
