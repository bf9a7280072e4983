import { setViewport } from '@web/test-runner-commands';
import type { Result } from 'axe-core';
import { formatViolations, runAxe } from '../helpers/axe.js';
import { applyMode, finishTransitions, type AuditMode } from '../helpers/modes.js';
import { describeElement, measureTargets } from '../helpers/targets.js';
import type { FoundStory } from './story-render.js';
// Targets and reflow depend on where text wraps: measured in the project's test font, not the machine's.
import '../fonts/use-test-font.mjs';

export interface AuditFinding {
  /** An axe rule id, or `care-target-size` for Caremode's own target measurement. */
  id: string;
  message: string;
}

/** The rule id the target measurement reports under, next to axe's own ids. */
export const TARGET_RULE = 'care-target-size';
/** The rule id for content wider than a 320 px screen. */
export const REFLOW_RULE = 'care-reflow';

const DEFAULT_VIEWPORT = { width: 800, height: 600 };

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
  await setViewport(mode.width ? { width: mode.width, height: 640 } : DEFAULT_VIEWPORT);
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
  if (mode.width && document.documentElement.scrollWidth > mode.width) {
    const wide = [...container.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > mode.width! + 0.5).slice(0, 3);
    findings.push({
      id: REFLOW_RULE,
      message: `  [${REFLOW_RULE}] the page is ${document.documentElement.scrollWidth} px wide on a ${mode.width} px screen; widest: ${wide.map(describeElement).join(', ')}`,
    });
  }
  return findings;
}

export const formatFindings = (findings: AuditFinding[]) => findings.map((f) => f.message).join('\n');
