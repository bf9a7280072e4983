export { CareStepGuide, type GuideProgress, type GuideSubmitDetail } from './step-guide/step-guide.js';
export { CareStep, type ReviewRow } from './step/step.js';
export { CareChecklist } from './checklist/checklist.js';
export { CareHelp } from './help/help.js';
export { CareTimeoutWarning, toTime, type Deadline, type TimeoutExtendDetail, type TimeoutPhase } from './timeout-warning/timeout-warning.js';
export { parseCondition, holds, type Answers } from './internal/condition.js';
export type { DefinitionProblem, ProblemKind } from './internal/reader.js';
