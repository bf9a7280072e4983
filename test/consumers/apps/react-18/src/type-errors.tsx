// Mistakes the wrappers' types must catch: `tsc --noEmit` (the build's first step) fails if one of
// these lines stops being an error, because an unused @ts-expect-error is itself an error.
import { CareModeToggle, CareTextField } from '@caremode/react';

export const mistakes = [
  // @ts-expect-error: maxlength is a number
  <CareTextField maxlength="ten" />,
  // @ts-expect-error: the wrapper's event prop is onCareModeChange
  <CareModeToggle onCareModeChnage={() => {}} />,
];
