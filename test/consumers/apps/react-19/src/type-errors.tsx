// Mistakes the JSX typings must catch: `tsc --noEmit` (the build's first step) fails if one of
// these lines stops being an error, because an unused @ts-expect-error is itself an error.
export const mistakes = [
  // @ts-expect-error: care-text-field has no attribute "lable"
  <care-text-field lable="Họ và tên" />,
  // @ts-expect-error: React 19 listens for the event named after "on" as written, so the handler is oncare-mode-change
  <care-mode-toggle onCareModeChange={() => {}} />,
  // @ts-expect-error: maxlength is a number
  <care-text-field maxlength="ten" />,
];
