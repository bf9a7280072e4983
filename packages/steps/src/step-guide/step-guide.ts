import { buttonBaseStyles, CareElement, PersistentRecord, readAloud, registerStrings, type StoredRecord } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, isServer } from 'lit';
import { collect, describe, restore, type GuideAnswers } from '../internal/answers.js';
import { buttonStyles } from '../internal/button.styles.js';
import { holds, parseCondition, type Answers } from '../internal/condition.js';
import { definitionReaders, type DefinitionProblem } from '../internal/reader.js';
import { sharedStrings } from '../internal/shared.strings.js';
import { readOnOpen } from '../internal/speak.js';
import type { CareStep } from '../step/step.js';
import { stepGuideStrings } from './step-guide.strings.js';
import { stepGuideStyles } from './step-guide.styles.js';
import { headingLevel } from '../internal/heading-level.js';
import { stepsLocales } from '../locales/index.js';

registerStrings(sharedStrings, stepsLocales);
registerStrings(stepGuideStrings, stepsLocales);

/** What a guide keeps on the device between visits. */
export interface GuideProgress {
  /** The `name` of the step the person was on. */
  step: string;
  /** Steps the person has completed (Continue passed their checks). */
  done: string[];
  answers: GuideAnswers;
  /** While changing an answer from the review step: that step's name. */
  review?: string;
}

export interface GuideSubmitDetail {
  /** The answers of every step on the person's path (skipped steps left out). */
  answers: Answers;
  /** Hand over the sending: the guide waits (showing "Sending…") and stays if it rejects. */
  waitUntil(promise: Promise<unknown>): void;
}

const DAY_MS = 864e5;
const ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z" /></svg>`;
const SPEAKER = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" /></svg>`;

const settle = (root: Element) =>
  Promise.all([...root.querySelectorAll('*')].map((el) => (el as Partial<CareElement>).updateComplete));

/**
 * A public-service procedure one step per screen, as a volunteer sitting beside the person
 * would walk them through it: progress in words and a bar, large Back and Continue buttons,
 * branching on earlier answers, a "check your answers" step and a completion step.
 *
 * Continue checks the step's forms (their `<care-error-summary>` lists what is wrong). Progress
 * and answers are kept on the device through core's persistence: after a reload, or days later,
 * the guide asks "Continue where you left off?" once for the whole guide, forms included. A
 * `<care-form-draft>` inside a step defers to the guide (see the `care-draft-claim` event), so
 * there is never a second prompt. With `url-hash` each step has its own URL hash and the
 * browser's Back button goes to the previous step.
 *
 * Defined by `<care-step>` children, or by a JSON definition (`src`, the `definition` property,
 * or a child `<script type="application/json">`); a definition that cannot be shown gives a
 * clear error that names the path of the problem (`steps[2].fields[0].name is missing`), and
 * the help stays on screen.
 *
 * @tagname care-step-guide
 * @summary A step-by-step guide for a public-service procedure, with saved progress and help always in reach.
 *
 * @slot - `<care-step>` elements.
 * @slot help - A `<care-help>`, shown in the same place under every step (WCAG 3.2.6).
 * @csspart bar - The progress bar (decorative: each step's heading says "Step 2 of 5" in words).
 * @csspart nav - The Back and Continue buttons.
 * @csspart prompt - The "Continue where you left off?" box.
 * @csspart error - The box shown when the definition cannot be used.
 * @fires care-step-open - A step opened; `detail.name`, `detail.number` (0 on the completion step).
 * @fires care-guide-submit - The person confirmed their answers (cancelable); `detail.answers`, `detail.waitUntil(promise)`.
 * @fires care-draft-restore - The person chose to continue where they left off.
 * @fires care-draft-discard - The person chose to start again.
 */
export class CareStepGuide extends CareElement {
  static override styles = [...CareElement.styles, buttonBaseStyles, buttonStyles, stepGuideStyles];
  static override properties: PropertyDeclarations = {
    guideId: { attribute: 'guide-id' },
    src: {},
    definition: { attribute: false },
    urlHash: { type: Boolean, attribute: 'url-hash' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    maxAgeDays: { type: Number, attribute: 'max-age-days' },
    current: { state: true, attribute: false },
    pending: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    failed: { state: true, attribute: false },
    offerRead: { state: true, attribute: false },
  };

  /** Names the saved progress; by default the definition's `id`, else the page's path. */
  guideId = '';
  /** URL of a JSON definition. */
  src = '';
  /** A definition as an object (or JSON text). */
  definition?: unknown;
  /** Give each step a URL hash (`#documents`) so the browser's Back button works. Opt-in: portals have their own routers. */
  urlHash = false;
  /** Level of the step headings, 1 to 6. */
  headingLevel = 2;
  /** Days saved progress is kept after its last change. */
  maxAgeDays = 7;

  private current = 0;
  private pending?: StoredRecord<GuideProgress>;
  private problem?: DefinitionProblem;
  private busy = false;
  private failed = false;
  private offerRead = false;
  private hydrating = false;
  private done: string[] = [];
  private review?: string;
  private started = false;
  private finished = false;
  private touched = false;
  private checking = false;
  private passed = false;
  private definitionId = '';
  private timer?: ReturnType<typeof setTimeout>;
  private loading?: Promise<void>;

  constructor() {
    super();
    // The one draft of a guide is the guide's: a form draft inside asks first, and is told no.
    this.addEventListener('care-draft-claim', (e) => e.preventDefault());
    this.addEventListener('submit', this.onSubmit);
    this.addEventListener('care-answer-change', (e) => this.change((e as CustomEvent<{ step: string }>).detail.step));
    this.addEventListener('input', this.onEdit);
    this.addEventListener('change', this.onEdit);
  }

  /** The `<care-step>` children, in order. */
  get steps(): CareStep[] {
    return (isServer || this.hydrating ? [] : [...this.children]).filter((c): c is CareStep => c.localName === 'care-step');
  }

  /** The answers on the person's path, as the forms would submit them (skipped steps left out). */
  getAnswers(): Answers {
    const answers: Answers = {};
    for (const i of this.path()) Object.assign(answers, collect(this.steps[i]!));
    delete answers['~parts'];
    return answers;
  }

  /** Saves progress now (it is saved on every change and when the page is hidden anyway). */
  save(): void {
    clearTimeout(this.timer);
    const record = this.record();
    if (!this.started || this.pending || this.problem) return;
    if (this.finished) return record.remove();
    // Default values alone are not progress: nothing is kept until the person does something.
    if (this.touched) record.write({ step: this.keyOf(this.current), done: this.done, answers: collect(this), ...(this.review ? { review: this.review } : {}) });
  }

  /** Forgets the saved progress (the guide clears it itself once the answers are sent). */
  clear(): void {
    this.record().remove();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onHistory);
    addEventListener('hashchange', this.onHistory);
    addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.save();
    removeEventListener('popstate', this.onHistory);
    removeEventListener('hashchange', this.onHistory);
    removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onHide);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered: the first render takes over the server's markup, which was made without the
    // steps (a server cannot see children), so it must be that same render; the guide begins after.
    if (!this.hasUpdated && [...(this.shadowRoot?.childNodes ?? [])].some((n) => n.nodeName !== 'STYLE')) this.hydrating = true;
    if ((changed.has('src') && this.src) || (changed.has('definition') && this.definition)) this.load();
  }

  protected override firstUpdated(): void {
    this.hydrating = false;
    if (!this.src && !this.definition) {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      // After this update: beginning changes what is shown.
      if (inline) this.load(inline.textContent ?? '');
      else if (this.steps.length) Promise.resolve().then(() => this.started || this.problem || this.begin());
    }
  }

  protected override render() {
    const t = this.localize;
    const help = html`<slot name="help"></slot>`;
    if (this.problem) {
      const { kind, path } = this.problem;
      return html`<div part="error" class="box problem" role="alert">
          <div class="title" role="heading" aria-level=${this.level}>${ICON}<span>${t.t('guide.broken')}</span></div>
          <p>${t.t('guide.broken-text')}</p>
          <p class="detail">${t.t('guide.problem', { path, problem: t.t(`guide.problem-${kind}`) })}</p>
        </div>
        ${help}`;
    }
    if (this.pending) {
      return html`<div part="prompt" class="box" role="group" aria-labelledby="resume">
          <div class="title" id="resume" role="heading" aria-level=${this.level}>${t.t('guide.resume-title')}</div>
          <p>${t.t('guide.resume-text', { date: this.formatDate(this.pending.savedAt) })}</p>
          <div class="nav">
            <button class="button" type="button" @click=${this.resume}>${t.t('guide.resume')}</button>
            <button class="button secondary" type="button" @click=${this.restart}>${t.t('guide.restart')}</button>
          </div>
        </div>
        ${help}`;
    }
    const steps = this.steps;
    const path = this.path(true);
    const counted = this.counted();
    const number = counted.indexOf(this.current) + 1;
    const next = steps[path.find((i) => i > this.current) ?? -1];
    const finished = steps[this.current]?.getAttribute('kind') === 'done';
    const back = !finished && path.some((i) => i < this.current);
    const step = steps[this.current];
    const label = step?.getAttribute('continue-label') || t.t(step?.getAttribute('kind') === 'review' ? 'guide.send' : 'guide.continue');
    return html`${number && counted.length > 1
        ? html`<div part="bar" class="bar" aria-hidden="true"><div style="width:${(100 * number) / counted.length}%"></div></div>`
        : nothing}
      ${this.offerRead
        ? html`<button class="button secondary read" type="button" @click=${this.readStep}>${SPEAKER}${t.t('steps.read')}</button>`
        : nothing}
      <slot @slotchange=${this.onSlotChange}></slot>
      ${this.failed ? html`<p class="failed" role="alert">${t.t('guide.failed')}</p>` : nothing}
      ${this.started && (back || (next && !finished))
        ? html`<div part="nav" class="nav">
            ${back ? html`<button class="button secondary" type="button" @click=${this.back}>${t.t('guide.back')}</button>` : nothing}
            ${next && !finished
              ? html`<button class="button" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${this.next}>
                  ${this.busy ? t.t('guide.sending') : label}
                </button>`
              : nothing}
          </div>`
        : nothing}
      ${help}`;
  }

  // "Step 2 of 5" opens the step's heading, so moving focus there says both; it follows the page's language.
  protected override updated(): void {
    const step = this.steps[this.current];
    const counted = this.counted();
    const number = counted.indexOf(this.current) + 1;
    if (!step || !this.started) return;
    step.caption = number && counted.length > 1 ? this.localize.t('guide.progress', { number, total: counted.length }) : '';
    step.captionLang = this.localize.langOf('guide.progress');
  }

  /** The steps that count in "Step 2 of 5": the likeliest path, without the completion step. */
  private counted(): number[] {
    return this.path(true).filter((i) => this.steps[i]!.getAttribute('kind') !== 'done');
  }

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  private keyOf(index: number): string {
    return this.steps[index]?.getAttribute('name') || `step-${index + 1}`;
  }

  private record(): PersistentRecord<GuideProgress> {
    const days = Number(this.maxAgeDays) > 0 ? Number(this.maxAgeDays) : 7;
    return new PersistentRecord<GuideProgress>('step-guide', this.guideId || this.definitionId || location.pathname, { maxAgeMs: days * DAY_MS });
  }

  /**
   * The indexes of the steps on the person's path: each step's condition read against the
   * answers before it. With `guess`, a question not answered yet counts as its first option,
   * so "Step 2 of 5" and the Continue button already follow the likeliest path.
   */
  private path(guess = false): number[] {
    const known: Answers = {};
    const path: number[] = [];
    this.steps.forEach((step, i) => {
      if (!holds(step.getAttribute('show-if'), known)) return;
      path.push(i);
      if (guess) {
        for (const radio of step.querySelectorAll('care-radio-group, input[type=radio]')) {
          const name = radio.getAttribute('name');
          const first = radio.localName === 'input' ? (radio as HTMLInputElement).value : radio.querySelector('care-radio')?.getAttribute('value');
          if (name && first != null) known[name] ??= [first];
        }
      }
      Object.assign(known, collect(step));
    });
    return path;
  }

  /** A step can be opened once every step before it on the path is complete. */
  private reachable(index: number): boolean {
    const path = this.path();
    return path.includes(index) && path.every((i) => i >= index || this.done.includes(this.keyOf(i)));
  }

  // `updateComplete` waits for a definition being read, so "rendered" means the steps are there.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loading) {
      await this.loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private load(text?: string): void {
    const run = this.read(text).finally(() => {
      if (this.loading === run) this.loading = undefined;
    });
    this.loading = run;
  }

  private async read(text?: string): Promise<void> {
    this.started = false;
    // Never inside the update that asked for it.
    await undefined;
    const read = definitionReaders().read;
    if (!read) {
      console.warn('Caremode: import @caremode/steps/guide-json.js to let <care-step-guide> read JSON definitions.');
      return this.fail({ kind: 'load', path: this.src || 'definition' });
    }
    const result = await read({ src: this.src, text, definition: this.definition });
    if ('problem' in result) return this.fail(result.problem);
    this.definitionId = result.id;
    const help = this.querySelector(':scope > [slot="help"]');
    for (const step of this.steps) step.remove();
    this.append(...result.elements.filter((el) => !(help && el.slot === 'help')));
    this.begin();
  }

  private fail(problem: DefinitionProblem): void {
    this.problem = problem;
    console.warn(`Caremode: <care-step-guide> cannot be shown: ${problem.path} (${problem.kind}).`);
  }

  /** Starts once steps exist: the checks HTML steps need, then saved progress or the first step. */
  private begin(): void {
    const steps = this.steps;
    const names = new Set<string>();
    for (const [i, step] of steps.entries()) {
      const condition = step.getAttribute('show-if');
      if (condition && !parseCondition(condition)) return this.fail({ kind: 'condition', path: `steps[${i}].showIf` });
      if (names.has(this.keyOf(i))) return this.fail({ kind: 'duplicate', path: `steps[${i}].name` });
      names.add(this.keyOf(i));
      step.headingLevel = this.level;
    }
    this.problem = undefined;
    this.started = true;
    this.requestUpdate();
    for (const draft of this.querySelectorAll('care-form-draft')) (draft as Element & { defer?(): void }).defer?.();
    const stored = this.record().read();
    if (stored?.data?.answers && (stored.data.step !== this.keyOf(0) || Object.keys(stored.data.answers).length)) {
      this.pending = stored;
      steps.forEach((s) => (s.hidden = true));
    } else {
      const fromHash = this.hashIndex();
      this.show(fromHash !== undefined && this.reachable(fromHash) ? fromHash : 0, 'replace', false);
    }
  }

  /** Opens a step: `history` adds or replaces the URL hash entry (hash mode); `focus` moves focus to its heading, which a screen reader then reads. */
  private async show(index: number, history?: 'push' | 'replace', focus = true): Promise<void> {
    const from = this.keyOf(this.current);
    const steps = this.steps;
    const step = steps[index];
    if (!step) return;
    this.current = index;
    this.offerRead = false;
    this.failed = false;
    steps.forEach((s, i) => (s.hidden = i !== index));
    if (step.getAttribute('kind') === 'review') step.rows = this.rows(index);
    if (this.urlHash && history) {
      const url = `#${encodeURIComponent(this.keyOf(index))}`;
      const state = { ...(window.history.state && typeof window.history.state === 'object' ? window.history.state : {}), careStepFrom: history === 'push' ? from : null };
      if (history === 'push' && location.hash !== url) window.history.pushState(state, '', url);
      else window.history.replaceState(state, '', url);
    }
    this.save();
    const number = this.counted().indexOf(index) + 1;
    this.dispatchEvent(new CustomEvent('care-step-open', { bubbles: true, composed: true, detail: { name: this.keyOf(index), number } }));
    if (!focus) return;
    await this.updateComplete;
    await step.updateComplete;
    step.focusHeading?.();
    if ((await readOnOpen(step)) && this.steps[this.current] === step) this.offerRead = true;
  }

  /** "Check your answers": each answered question of the path before the review step, with the step that asked it. */
  private rows(review: number) {
    return this.path()
      .filter((i) => i < review)
      .flatMap((i) => describe(this.steps[i]!, this.localize.locale).map((row) => ({ ...row, step: this.keyOf(i) })));
  }

  /** Checks the current step's forms; their error summaries show what is wrong. */
  private valid(step: Element): boolean {
    for (const form of step.querySelectorAll('form')) {
      this.passed = false;
      this.checking = true;
      try {
        form.requestSubmit();
      } finally {
        this.checking = false;
      }
      if (!this.passed) return false;
    }
    return true;
  }

  private next = async () => {
    const step = this.steps[this.current];
    if (this.busy || !step || !this.valid(step)) return;
    const key = this.keyOf(this.current);
    this.touched = true;
    if (!this.done.includes(key)) this.done = [...this.done, key];
    const path = this.path();
    const review = this.review ? path.find((i) => this.keyOf(i) === this.review) : undefined;
    // After a change made from the review step, only questions not answered yet come before it again.
    const target =
      review !== undefined && review > this.current
        ? (path.find((i) => i > this.current && i < review && !this.done.includes(this.keyOf(i))) ?? review)
        : path.find((i) => i > this.current);
    if (target === undefined) return;
    if (this.steps[target]!.getAttribute('kind') === 'done' && !(await this.send())) return;
    if (target === review) this.review = undefined;
    this.show(target, 'push');
  };

  private back = () => {
    const prev = this.path()
      .filter((i) => i < this.current)
      .pop();
    if (prev === undefined) return;
    this.review = undefined;
    // Going back through the browser's own history keeps it in step with what is shown.
    if (this.urlHash && history.state?.careStepFrom === this.keyOf(prev)) history.back();
    else this.show(prev, 'replace');
  };

  private change(step: string): void {
    const index = this.steps.findIndex((_, i) => this.keyOf(i) === step);
    if (index < 0) return;
    this.review = this.keyOf(this.current);
    this.show(index, 'push');
  }

  private async send(): Promise<boolean> {
    const waits: Promise<unknown>[] = [];
    const detail: GuideSubmitDetail = { answers: this.getAnswers(), waitUntil: (p) => waits.push(Promise.resolve(p)) };
    if (!this.dispatchEvent(new CustomEvent('care-guide-submit', { bubbles: true, composed: true, cancelable: true, detail }))) return false;
    this.busy = true;
    try {
      await Promise.all(waits);
    } catch {
      this.failed = true;
      return false;
    } finally {
      this.busy = false;
    }
    this.finished = true;
    return true;
  }

  private resume = async () => {
    const progress = this.pending!.data;
    this.pending = undefined;
    await this.updateComplete;
    restore(this, progress.answers ?? {});
    await settle(this);
    this.done = Array.isArray(progress.done) ? progress.done : [];
    this.review = progress.review;
    const index = this.steps.findIndex((_, i) => this.keyOf(i) === progress.step);
    this.show(this.reachable(index) ? index : (this.path().find((i) => !this.done.includes(this.keyOf(i))) ?? 0), 'replace');
    this.dispatchEvent(new CustomEvent('care-draft-restore', { bubbles: true, composed: true }));
  };

  private restart = () => {
    this.pending = undefined;
    this.clear();
    this.done = [];
    this.touched = false;
    this.show(0, 'replace');
    this.dispatchEvent(new CustomEvent('care-draft-discard', { bubbles: true, composed: true }));
  };

  private readStep = () => {
    const step = this.steps[this.current];
    if (step) readAloud({ element: step });
  };

  private hashIndex(): number | undefined {
    if (!this.urlHash) return undefined;
    const key = decodeURIComponent(location.hash.slice(1));
    const index = this.steps.findIndex((_, i) => this.keyOf(i) === key);
    return index < 0 ? undefined : index;
  }

  private onHistory = () => {
    const index = this.hashIndex();
    // Hashes that are not steps (a skip link) are the portal's business.
    if (index === undefined || index === this.current || !this.started || this.pending || this.finished) return;
    if (this.reachable(index)) this.show(index);
    else this.show(this.current, 'replace', false);
  };

  private onSubmit = (event: Event) => {
    // A guide's forms never leave the page: the guide moves on instead.
    event.preventDefault();
    if (this.checking) this.passed = true;
    // Enter in a field: move on once this submission is over (a form ignores a second one meanwhile).
    else if (this.steps[this.current]?.contains(event.target as Node)) setTimeout(this.next);
  };

  private onEdit = () => {
    this.touched = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), 400);
  };

  private onHide = (event: Event) => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.save();
  };

  private onSlotChange = () => {
    if (!this.started && !this.problem && !this.src && !this.definition && this.steps.length) this.begin();
    else this.requestUpdate();
  };

  private formatDate(time: number): string {
    const locale = this.localize.locale;
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeStyle: 'short' }).format(time);
  }
}
