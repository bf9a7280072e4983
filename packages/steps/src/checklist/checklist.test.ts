import { careLocales, clearMyData, PersistentRecord } from '@caremode/core';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import '../define/care-checklist.js';
import { deepActive, pointAndClick, tabTo } from '../internal/test-guide.js';
import type { CareChecklist } from './checklist.js';
import { checklistExamples, renderChecklist } from './checklist.examples.js';
import { needs } from '../../../../test/helpers/engines.js';

describeExamples('care-checklist', checklistExamples, renderChecklist);

const list = (id: string, items = ['card', 'sim', 'app']) => html`<care-checklist label="Giấy tờ cần mang" list-id=${id}>
  ${items.map((k) => html`<span data-key=${k}>Mục ${k}</span>`)}
</care-checklist>`;
const boxes = (el: CareChecklist) => [...el.shadowRoot!.querySelectorAll('input')];
const count = (el: CareChecklist) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();

describe('care-checklist', () => {
  // The examples above leave their last render in the audit stage: keep selectors to this suite's elements.
  before(() => document.querySelector('[data-audit-stage]')?.replaceChildren());

  afterEach(() => clearMyData());

  needs('accessibility-tree')('is a group of checkboxes named by the label, each named by its item', async () => {
    await fixture(list('names'));
    const group = await axNode('care-checklist >>> fieldset', false);
    expect(group).to.include({ role: 'group', name: 'Giấy tờ cần mang' });
    const first = await axNode('care-checklist >>> li:first-child input');
    expect(first).to.include({ role: 'checkbox', name: 'Mục card' });
  });

  it('ticks by keyboard and by pointer, and counts what is ready', async () => {
    const el = await fixture<CareChecklist>(list('tick'));
    expect(count(el)).to.equal('0 of 3 ready');
    await tabTo((e) => e === boxes(el)[0], 'the first item');
    await sendKeys({ press: 'Space' });
    await pointAndClick(boxes(el)[2]!.closest('label')!);
    await el.updateComplete;
    expect(el.value).to.deep.equal(['card', 'app']);
    expect(count(el)).to.equal('2 of 3 ready');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
    boxes(el)[1]!.click();
    await el.updateComplete;
    expect(count(el)).to.equal('Everything is ready');
    expect(deepActive(), 'focus stays where the person clicked').to.equal(boxes(el)[2]);
  });

  it('keeps the ticks across a reload, by item key, even when the list is reordered', async () => {
    const first = await fixture<CareChecklist>(list('reload'));
    boxes(first)[1]!.click();
    first.remove();
    const el = await fixture<CareChecklist>(list('reload', ['app', 'sim', 'card']));
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false]);
    expect(new PersistentRecord('checklist', 'reload').read()!.data).to.deep.equal(['sim']);
  });

  it('forgets the ticks with clearMyData', async () => {
    const first = await fixture<CareChecklist>(list('clear'));
    boxes(first)[0]!.click();
    first.remove();
    clearMyData();
    const el = await fixture<CareChecklist>(list('clear'));
    expect(el.value).to.deep.equal([]);
  });

  it('follows items added later', async () => {
    const el = await fixture<CareChecklist>(list('later', ['card']));
    const extra = document.createElement('span');
    extra.dataset.key = 'photo';
    extra.textContent = 'Ảnh 4x6';
    el.append(extra);
    await waitUntil(() => boxes(el).length === 2);
    expect(count(el)).to.equal('0 of 2 ready');
  });

  it('counts in every language', async () => {
    const expected = { en: '1 of 3 ready', vi: 'Đã chuẩn bị 1/3', 'zh-Hans': '已准备 1/3 项', id: '1 dari 3 siap' };
    for (const locale of careLocales) {
      new PersistentRecord('checklist', `lang-${locale}`).write(['sim']);
      const wrapper = await fixture(html`<div lang=${locale}>${list(`lang-${locale}`)}</div>`);
      const el = wrapper.querySelector('care-checklist')!;
      await el.updateComplete;
      expect(count(el)).to.equal(expected[locale]);
    }
  });
});
