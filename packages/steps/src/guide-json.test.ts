import { careLocales, clearMyData } from '@caremode/core';
import { expect, fixture, html } from '@open-wc/testing';
import { axNode } from '../../../test/helpers/commands.js';
import './define/care-help.js';
import './define/care-step-guide.js';
import { checkDefinition } from './guide-json.js';
import { birthRegistrationDefinition } from './guides/birth-registration.examples.js';
import { currentStep, settle } from './internal/test-guide.js';
import type { CareStepGuide } from './step-guide/step-guide.js';
import { needs } from '../../../test/helpers/engines.js';

const valid = () => structuredClone(birthRegistrationDefinition('en')) as unknown as Record<string, unknown> & { steps: Record<string, unknown>[] };

async function guideWith(definition: unknown, lang = 'en'): Promise<CareStepGuide> {
  const wrapper = await fixture(html`<div lang=${lang}>
    <care-step-guide guide-id="json-test" .definition=${definition}><care-help slot="help" phone="1800 1096"></care-help></care-step-guide>
  </div>`);
  const guide = wrapper.querySelector('care-step-guide')!;
  await settle(guide);
  return guide;
}

const problemText = (guide: CareStepGuide) => guide.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('JSON definitions', () => {
  afterEach(() => clearMyData());

  describe('the light structural check', () => {
    it('accepts the example guides in every language', () => {
      for (const locale of careLocales) expect(checkDefinition(birthRegistrationDefinition(locale)), locale).to.equal(undefined);
    });

    it('names the path of the first problem', () => {
      const cases: [string, (d: ReturnType<typeof valid>) => unknown, string, string][] = [
        ['not an object', () => [], 'type', '(root)'],
        ['no steps', (d) => ({ ...d, steps: undefined }), 'missing', 'steps'],
        ['empty steps', (d) => ({ ...d, steps: [] }), 'missing', 'steps[0]'],
        ['a step without heading', (d) => (delete d.steps[2]!.heading, d), 'missing', 'steps[2].heading'],
        ['an unknown kind', (d) => ((d.steps[3]!.kind = 'summary'), d), 'unknown', 'steps[3].kind'],
        ['a bad condition', (d) => ((d.steps[5]!.showIf = 'married=='), d), 'condition', 'steps[5].showIf'],
        ['text that is not text', (d) => ((d.steps[0]!.text = [1, 2]), d), 'type', 'steps[0].text'],
        ['a field without a name', (d) => (delete (d.steps[2]!.fields as Record<string, unknown>[])[0]!.name, d), 'missing', 'steps[2].fields[0].name'],
        ['a name with a space', (d) => (((d.steps[3]!.fields as Record<string, unknown>[])[1]!.name = 'birth date'), d), 'type', 'steps[3].fields[1].name'],
        ['an unknown field type', (d) => (((d.steps[1]!.fields as Record<string, unknown>[])[1]!.type = 'email'), d), 'unknown', 'steps[1].fields[1].type'],
        ['toString is not a type', (d) => (((d.steps[1]!.fields as Record<string, unknown>[])[1]!.type = 'toString'), d), 'unknown', 'steps[1].fields[1].type'],
        ['options missing', (d) => (delete (d.steps[1]!.fields as Record<string, unknown>[])[0]!.options, d), 'missing', 'steps[1].fields[0].options'],
        ['an option without label', (d) => ((((d.steps[1]!.fields as Record<string, unknown>[])[0]!.options as Record<string, unknown>[])[2]!.label = ''), d), 'type', 'steps[1].fields[0].options[2]'],
        ['a name used twice', (d) => (((d.steps[5]!.fields as Record<string, unknown>[])[0]!.name = 'motherName'), d), 'duplicate', 'steps[5].fields[0].name'],
        ['a checklist without items', (d) => (((d.steps[0]!.checklist as Record<string, unknown>).items = 'x'), d), 'type', 'steps[0].checklist.items'],
        ['help that is not an object', (d) => ((d.help = 'call us'), d), 'type', 'help'],
      ];
      for (const [what, change, kind, path] of cases) expect(checkDefinition(change(valid())), what).to.deep.equal({ kind, path });
    });

    it('never throws, whatever it is given', () => {
      for (const odd of [null, undefined, 0, 'x', true, { steps: [null] }, { steps: [{ heading: 'A', fields: [null] }] }, { steps: [{ heading: 'A', fields: {} }] }]) {
        expect(() => checkDefinition(odd)).not.to.throw();
        expect(checkDefinition(odd)).to.be.an('object');
      }
    });
  });

  describe('a definition that cannot be shown', () => {
    needs('accessibility-tree')('says so clearly, names the path, and keeps the help on screen', async () => {
      const def = valid();
      delete (def.steps[1]!.fields as Record<string, unknown>[])[1]!.name;
      const guide = await guideWith(def);
      expect(problemText(guide)).to.contain('This guide cannot be shown');
      expect(problemText(guide)).to.contain('steps[1].fields[1].name is missing');
      const alert = await axNode('care-step-guide >>> [part="error"]', false);
      expect(alert!.role).to.equal('alert');
      expect(guide.steps).to.have.length(0);
      const help = guide.querySelector('care-help')!;
      expect(help.getBoundingClientRect().height, 'help is shown').to.be.greaterThan(0);
    });

    it('in the page’s language', async () => {
      const guide = await guideWith('{"steps": [', 'vi');
      expect(problemText(guide)).to.contain('Không hiển thị được hướng dẫn này');
      expect(problemText(guide)).to.contain('definition không phải JSON hợp lệ');
    });

    it('when the text is not JSON, or the file cannot be loaded', async () => {
      let guide = await guideWith('{ steps: [] }');
      expect(problemText(guide)).to.contain('definition is not valid JSON');
      const wrapper = await fixture(html`<div><care-step-guide src="/packages/steps/guides/no-such-guide.json"></care-step-guide></div>`);
      guide = wrapper.querySelector('care-step-guide')!;
      await settle(guide);
      expect(problemText(guide)).to.contain('/packages/steps/guides/no-such-guide.json could not be loaded');
    });

    it('for HTML steps too: a bad show-if or a step name used twice', async () => {
      let guide = await fixture<CareStepGuide>(html`<care-step-guide><care-step heading="A"></care-step><care-step heading="B" show-if="x=="></care-step></care-step-guide>`);
      await settle(guide);
      await new Promise((r) => setTimeout(r));
      expect(problemText(guide)).to.contain('steps[1].showIf is not a valid condition');
      guide = await fixture<CareStepGuide>(html`<care-step-guide><care-step name="a" heading="A"></care-step><care-step name="a" heading="B"></care-step></care-step-guide>`);
      await settle(guide);
      await new Promise((r) => setTimeout(r));
      expect(problemText(guide)).to.contain('steps[1].name is used twice');
    });
  });

  describe('reading a definition', () => {
    it('from src, with only the controls it names, into steps like HTML ones', async () => {
      const wrapper = await fixture(html`<div lang="vi"><care-step-guide src="/packages/steps/guides/birth-registration.vi.json"></care-step-guide></div>`);
      const guide = wrapper.querySelector('care-step-guide')!;
      await settle(guide);
      expect(guide.steps.map((s) => s.getAttribute('name'))).to.deep.equal(['before', 'declarant', 'authorisation', 'child', 'parents', 'father', 'result', 'address', 'check', 'sent']);
      expect(currentStep(guide)).to.equal('before');
      for (const tag of ['care-radio-group', 'care-text-field', 'care-id-number-field', 'care-date-field', 'care-phone-field', 'care-textarea', 'care-checkbox', 'care-error-summary', 'care-checklist']) {
        expect(customElements.get(tag), tag).to.exist;
      }
      expect(guide.querySelector('care-help[slot="help"]')!.getAttribute('phone')).to.equal('1800 1096');
      const relation = guide.querySelector('care-radio-group[name="relation"]')!;
      expect([...relation.querySelectorAll('care-radio')].map((r) => r.textContent)).to.deep.equal(['Mẹ', 'Cha', 'Ông, bà', 'Người thân khác']);
    });

    it('from a child script element', async () => {
      const json = JSON.stringify({ id: 'inline', steps: [{ heading: 'Một', text: 'Bước một' }, { heading: 'Hai', kind: 'done' }] });
      const container = await fixture(html`<div></div>`);
      container.innerHTML = `<care-step-guide><script type="application/json">${json}</script></care-step-guide>`;
      const guide = container.querySelector('care-step-guide')!;
      await settle(guide);
      expect(guide.steps.map((s) => s.getAttribute('heading'))).to.deep.equal(['Một', 'Hai']);
    });

    it('puts text in as text, never as markup', async () => {
      const guide = await guideWith({ steps: [{ heading: '<img src=x onerror=alert(1)>', text: '<b>bold</b>' }] });
      expect(guide.querySelector('img, b')).to.equal(null);
      expect(guide.querySelector('care-step p')!.textContent).to.equal('<b>bold</b>');
    });

    it('the published JSON files are the example definitions', async () => {
      for (const locale of careLocales) {
        const file = await (await fetch(`/packages/steps/guides/birth-registration.${locale}.json`)).json();
        expect(file, locale).to.deep.equal(JSON.parse(JSON.stringify(birthRegistrationDefinition(locale))));
      }
    });
  });
});
