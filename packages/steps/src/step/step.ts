import { CareElement, registerStrings } from '@caremode/core';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { stepStrings } from './step.strings.js';
import { stepStyles } from './step.styles.js';
import { headingLevel } from '../internal/heading-level.js';
import { stepsLocales } from '../locales/index.js';

registerStrings(stepStrings, stepsLocales);

/** One line of a "check your answers" step. */
export interface ReviewRow {
  label: string;
  value: string;
  /** The `name` of the step that asked it. */
  step: string;
}

/**
 * One screen of a `<care-step-guide>`: a heading, then whatever the step holds (text, a
 * checklist, a `<form>` with Caremode controls and a `<care-error-summary>`).
 *
 * `kind="review"` also lists every answer given so far with a Change button for each;
 * `kind="done"` is the completion step (its heading carries a tick, and the guide shows no
 * Back or Continue there). `show-if` shows the step only when earlier answers match, e.g.
 * `show-if="has-account=no"`, `show-if="relation=mother|father & married=yes"`, `show-if="phone"`
 * (answered), `show-if="!phone"` (not answered).
 *
 * @tagname care-step
 * @summary One step of a step-by-step guide.
 *
 * @slot - The step's content.
 * @csspart heading - The step's heading; it takes focus when the step opens.
 * @csspart caption - "Step 2 of 5", above the heading text and part of the heading.
 * @csspart answers - The list of answers on a review step.
 * @fires care-answer-change - A Change button of a review step was pressed; `detail.step` names the step to go back to.
 */
export class CareStep extends CareElement {
  static override styles = [...CareElement.styles, stepStyles];
  static override properties: PropertyDeclarations = {
    // Reflected: the guide reads them as attributes, whichever of the two is defined first.
    heading: { reflect: true },
    name: { reflect: true },
    kind: { reflect: true },
    showIf: { attribute: 'show-if', reflect: true },
    continueLabel: { attribute: 'continue-label', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    rows: { attribute: false },
    caption: { attribute: false },
    captionLang: { attribute: false },
  };

  /** The step's heading, e.g. "Check your documents". */
  heading = '';
  /** Names the step in the URL hash and in saved progress (default `step-1`, `step-2`…). */
  name = '';
  /** `review`, `done`, or empty for an ordinary step. */
  kind = '';
  /** A condition on earlier answers; the step is skipped when it does not hold. */
  showIf = '';
  /** Replaces "Continue" on this step ("I have activated my account"). */
  continueLabel = '';
  /** Level of the heading, 1 to 6 (the guide sets it from its own `heading-level`). */
  headingLevel = 2;
  /** On a review step, the answers to list (set by the guide). */
  rows: ReviewRow[] = [];
  /** Where the step stands, shown above the heading text and read with it ("Step 2 of 5"); set by the guide. */
  caption = '';
  /**
   * The language `caption` is written in, when it may differ from the page's: the guide sets it,
   * so its English fallback on a page in another language is read with an English voice. Empty:
   * the caption is in the page's language.
   */
  captionLang = '';

  /** Moves focus to the heading, so a screen reader reads where the person now is. */
  focusHeading(): void {
    // Before its first render an element has no render root: nothing to focus yet, not an error.
    this.renderRoot?.querySelector<HTMLElement>('.heading')?.focus();
  }

  protected override render() {
    const done = this.kind === 'done';
    const level = headingLevel(this.headingLevel);
    const rows = Array.isArray(this.rows) ? this.rows : [];
    const change = this.localize.t('step.change');
    // No words, no heading: an empty one would be announced as a heading with nothing in it.
    const titled = String(this.heading ?? '').trim() || this.caption;
    return html`${titled
        ? html`<div part="heading" class="heading ${done ? 'done' : ''}" role="heading" aria-level=${level} tabindex="-1">
            ${this.caption ? html`<span part="caption" class="caption" lang=${String(this.captionLang ?? '').trim() || nothing}>${this.caption}<span class="visually-hidden">:</span></span>` : nothing}
            ${done
              ? html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7z" /></svg>`
              : nothing}<span>${this.heading}</span>
          </div>`
        : nothing}
      ${this.kind === 'review' && rows.length
        ? html`<dl part="answers">
            ${rows.map(
              (row) => html`<div class="row">
                <dt>${row.label}</dt>
                <dd class="value">${row.value}</dd>
                <dd>
                  <button class="change" type="button" lang=${this.localize.langOf('step.change')} @click=${() => this.change(row.step)}>
                    ${change}<span class="visually-hidden" lang=${this.localize.lang || nothing}> ${row.label}</span>
                  </button>
                </dd>
              </div>`,
            )}
          </dl>`
        : nothing}
      <slot></slot>`;
  }

  private change(step: string): void {
    this.dispatchEvent(new CustomEvent('care-answer-change', { bubbles: true, composed: true, detail: { step } }));
  }
}
