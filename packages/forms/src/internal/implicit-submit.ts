/**
 * Enter in a single-line field submits its form, as in a native input: implicit submission does
 * not cross a shadow root by itself. Clicking the form's first submit button (native or
 * `care-button`) keeps that button's name and value in the submission, as the browser does.
 * Never while an input method is composing: there, Enter commits the composition.
 */
export function submitOnEnter(event: KeyboardEvent, form: HTMLFormElement | null, composing: boolean): void {
  if (event.key !== 'Enter' || event.isComposing || composing || !form) return;
  event.preventDefault();
  const submitter = form.querySelector<HTMLElement>('button[type=submit], button:not([type]), input[type=submit], care-button[type=submit]');
  if (submitter) submitter.click();
  else form.requestSubmit();
}
