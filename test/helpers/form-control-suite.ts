import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { axNode } from './commands.js';
import { needs } from './engines.js';

export interface SuiteRenderOptions {
  id: string;
  name: string;
  label: string;
  hint: string;
  required?: boolean;
}

export interface FormControlSuite {
  /** The tag, for test names. */
  tag: string;
  /** The control with this id, name, visible label and hint (rendered inside a <form> by the suite). */
  render(options: SuiteRenderOptions): TemplateResult;
  /** Gives the control a valid value the way a person would (typing, clicking). */
  fill(control: HTMLElement): Promise<void>;
  /** What FormData holds for the control's name after `fill`. */
  filledValue: string[];
  /** What FormData holds before any change (usually nothing). */
  initialValue?: string[];
  /** The accessibility role the control shows to screen readers. */
  role: string;
  /** Selector (puppeteer, `>>>` into shadow roots) of the element carrying that role; default `#id >>> [role], #id >>> input…`. */
  axSelector?(id: string): string;
  /** Whether the control can be required (a checkbox group can; a button cannot). */
  requirable?: boolean;
}

const deepActive = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

let counter = 0;

/**
 * What every form control must do, as a native one does: take part in its form (FormData,
 * reset, a disabled fieldset), validate (required, focus on the first invalid control), and be
 * named by its visible label and described by its hint in Chromium's accessibility tree.
 */
export function runFormControlSuite(suite: FormControlSuite): void {
  const setup = async (required = false) => {
    const id = `suite-${++counter}`;
    const form = await fixture<HTMLFormElement>(
      html`<form>${suite.render({ id, name: 'answer', label: 'Nơi sinh của trẻ', hint: 'Ghi theo giấy chứng sinh', required })}</form>`,
    );
    const control = form.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(`#${id}`)!;
    await control.updateComplete;
    return { form, control, id };
  };
  const values = (form: HTMLFormElement) => new FormData(form).getAll('answer').map(String);

  describe(`${suite.tag}: form control suite`, () => {
    it('submits its value under its name, and only once', async () => {
      const { form, control } = await setup();
      expect(values(form)).to.deep.equal(suite.initialValue ?? []);
      await suite.fill(control);
      expect(values(form)).to.deep.equal(suite.filledValue);
    });

    it('returns to its first value on form.reset()', async () => {
      const { form, control } = await setup();
      await suite.fill(control);
      form.reset();
      await control.updateComplete;
      expect(values(form)).to.deep.equal(suite.initialValue ?? []);
    });

    needs('accessibility-tree')('is disabled, and not submitted, inside a disabled fieldset', async () => {
      const { form, control } = await setup();
      await suite.fill(control);
      const fieldset = document.createElement('fieldset');
      control.before(fieldset);
      fieldset.append(control);
      fieldset.disabled = true;
      await control.updateComplete;
      expect(values(form)).to.deep.equal([]);
      expect((await axNode(suite.axSelector?.(control.id) ?? `#${control.id} >>> [role], #${control.id} >>> input, #${control.id} >>> select, #${control.id} >>> textarea`))?.disabled).to.equal(true);
    });

    if (suite.requirable !== false) {
      it('blocks the form while required and empty, and form.reportValidity() focuses it', async () => {
        const { form, control } = await setup(true);
        expect(form.checkValidity()).to.equal(false);
        expect(form.reportValidity()).to.equal(false);
        expect(control.contains(deepActive()) || control.shadowRoot?.contains(deepActive()) || deepActive() === control).to.equal(true);
        await suite.fill(control);
        expect(form.checkValidity()).to.equal(true);
      });
    }

    needs('accessibility-tree')('is named by its visible label and described by its hint', async () => {
      const { control } = await setup();
      const ax = await axNode(suite.axSelector?.(control.id) ?? `#${control.id} >>> input`);
      expect(ax?.role).to.equal(suite.role);
      expect(ax?.name).to.equal('Nơi sinh của trẻ');
      expect(ax?.description ?? '').to.contain('Ghi theo giấy chứng sinh');
    });
  });
}
