// The GlobalComponents typings as a script sees them: vue-tsc fails if this stops being an error
// (templates get the same check in TypeErrors.vue).
import type { GlobalComponents } from 'vue';

type CodeFieldProps = InstanceType<GlobalComponents['care-code-field']>['$props'];

// @ts-expect-error: length is a number
export const wrongType: CodeFieldProps = { length: 'six' };
