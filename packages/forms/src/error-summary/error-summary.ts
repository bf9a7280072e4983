import { CareElement, announce, registerStrings } from '@caremode/core';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { errorSummaryStrings } from './error-summary.strings.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { formsLocales } from '../locales/index.js';

registerStrings(errorSummaryStrings, formsLocales);

type Validatable = HTMLElement & { checkValidity(): boolean; validationMessage: string; validity: ValidityState; labels?: NodeList | null; label?: string };

interface Problem {
  control: Validatable;
  text: string;
}

let id = 0;

/**
 * Lists every error of its form when a submit is tried, as links that move focus to each field,
 * takes focus itself so a screen reader reads it, and updates as errors are fixed.
 *
 * How it meets the browser's own validation: a form that is not `novalidate` shows the
 * browser's bubble on the first invalid field and never fires `submit`, so the summary could
 * never appear. The summary therefore sets `novalidate` on its form and validates every control
 * itself when a submit is tried: while anything is invalid it cancels the submission (and no
 * other submit listener runs); when everything is valid the submission goes on untouched.
 * Without a summary, forms keep native behaviour: `form.reportValidity()` focuses the first
 * invalid control.
 *
 * @tagname care-error-summary
 * @summary Error summary for a form: links to each problem, focus, live updates.
 *
 * @csspart summary - The box around the title and the list.
 * @csspart title - The heading.
 * @csspart list - The list of problems.
 *
 * @event care-error-summary-show - After a submit attempt found problems; `detail.count`.
 */
export class CareErrorSummary extends CareElement {
  static override styles = [...CareElement.styles, errorSummaryStyles];
  static override properties: PropertyDeclarations = {
    for: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    problems: { state: true, attribute: false },
    fixed: { state: true, attribute: false },
  };

  /** The id of the form to watch; by default the form the summary is in. */
  for = '';
  /** Level of the heading, 1 to 6 (default 2). */
  headingLevel = 2;

  private problems: Problem[] = [];
  private fixed = false;
  private form: HTMLFormElement | null = null;

  /** Checks the form now, shows what is wrong, and returns whether everything is valid. */
  validate(): boolean {
    const form = this.form;
    if (!form) return true;
    // checkValidity() fires `invalid` on each invalid control, which shows its own error too.
    const invalid = this.controls().filter((c) => !c.checkValidity());
    this.problems = invalid.map((control) => ({ control, text: this.describe(control) }));
    this.fixed = false;
    return invalid.length === 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = this.for ? (this.getRootNode() as Document).getElementById?.(this.for) as HTMLFormElement | null : this.closest('form');
    if (!(this.form instanceof HTMLFormElement)) {
      this.form = null;
      return;
    }
    this.form.noValidate = true;
    this.form.addEventListener('submit', this.onSubmit, true);
    this.form.addEventListener('input', this.onEdit);
    this.form.addEventListener('change', this.onEdit);
    this.form.addEventListener('reset', this.onReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.removeEventListener('submit', this.onSubmit, true);
    this.form?.removeEventListener('input', this.onEdit);
    this.form?.removeEventListener('change', this.onEdit);
    this.form?.removeEventListener('reset', this.onReset);
  }

  protected override render() {
    if (this.fixed) return html`<p class="fixed" role="status" lang=${this.localize.langOf('summary.fixed')}>${this.localize.t('summary.fixed')}</p>`;
    if (!this.problems.length) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    return html`<div part="summary" class="summary" role="group" tabindex="-1" aria-labelledby="title">
      <div part="title" class="title" id="title" role="heading" aria-level=${level}>
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z" /></svg>
        <span lang=${this.localize.langOf('summary.title')}>${this.localize.t('summary.title')}</span>
      </div>
      <ul part="list">
        ${this.problems.map((p) => html`<li><a href="#${this.anchorId(p.control)}" @click=${(e: Event) => this.goTo(e, p.control)}>${p.text}</a></li>`)}
      </ul>
    </div>`;
  }

  private controls(): Validatable[] {
    const all = [...this.form!.elements] as Validatable[];
    // A Caremode element enhancing the portal's own control is listed with that control; the
    // control is what the person sees and focuses, so it is the one listed here. Asking the
    // element first brings the control's validity up to date with the element's rules.
    const wrappers = all.filter((el) => el.localName.includes('-') && el.querySelector('input, select, textarea'));
    for (const wrapper of wrappers) wrapper.checkValidity?.();
    return all.filter(
      (el) =>
        !wrappers.includes(el) &&
        typeof el.checkValidity === 'function' &&
        !(el instanceof HTMLButtonElement || el instanceof HTMLFieldSetElement || el instanceof HTMLOutputElement) &&
        (el as unknown as HTMLInputElement).willValidate !== false,
    );
  }

  // The message alone can lack context ("Use 100 characters or fewer"): the field's label goes
  // first unless the message already names it.
  private describe(control: Validatable): string {
    const message = control.validationMessage;
    // A radio or checkbox in a group is named by the question (the legend), not by its option.
    const grouped = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
    const legend = grouped ? control.closest('fieldset')?.querySelector(':scope > legend')?.textContent : undefined;
    const label = (legend ?? control.label ?? (control.labels?.[0] as HTMLElement | undefined)?.textContent ?? '').trim();
    return label && !message.includes(label) ? `${label}: ${message}` : message;
  }

  private anchorId(control: HTMLElement): string {
    control.id ||= `care-problem-${++id}`;
    return control.id;
  }

  private goTo(event: Event, control: HTMLElement): void {
    event.preventDefault();
    control.focus();
    // The label sits above the control: show both, as GOV.UK does.
    (control.closest('fieldset, care-text-field, care-phone-field, care-id-number-field, care-date-field, care-textarea, care-select, care-radio-group, care-checkbox-group, care-checkbox') ?? control).scrollIntoView({ block: 'center' });
  }

  private onSubmit = (event: SubmitEvent) => {
    if (this.validate()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.dispatchEvent(new CustomEvent('care-error-summary-show', { bubbles: true, composed: true, detail: { count: this.problems.length } }));
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.summary')?.focus());
  };

  private onEdit = () => {
    if (!this.problems.length) return;
    const still = this.problems.filter((p) => !p.control.validity.valid).map((p) => ({ control: p.control, text: this.describe(p.control) }));
    if (still.length === this.problems.length && still.every((p, i) => p.text === this.problems[i]!.text)) return;
    this.problems = still;
    if (!still.length) {
      this.fixed = true;
      announce(this.localize.t('summary.fixed'), { lang: this.localize.langOf('summary.fixed') });
    }
  };

  private onReset = () => {
    this.problems = [];
    this.fixed = false;
  };
}
