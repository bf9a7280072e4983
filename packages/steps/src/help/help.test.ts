import { careLocales } from '@caremode/core';
import { expect, fixture, html } from '@open-wc/testing';
import { axNode } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import '../define/care-help.js';
import type { CareHelp } from './help.js';
import { helpExamples, renderHelp } from './help.examples.js';
import { helpStrings as helpStringsEn } from './help.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const helpStrings = withLocales(helpStringsEn);

describeExamples('care-help', helpExamples, renderHelp);

const words = (el: CareHelp) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('care-help', () => {
  // The examples above leave their last render in the audit stage: keep selectors to this suite's elements.
  before(() => document.querySelector('[data-audit-stage]')?.replaceChildren());

  it('dials the help line with a tel: link, showing the number as people write it', async () => {
    const el = await fixture<CareHelp>(html`<care-help phone="1900 0368 (miễn phí)" hours="24/7"></care-help>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(link.getAttribute('href')).to.equal('tel:19000368');
    expect(link.textContent).to.equal('1900 0368 (miễn phí)');
    expect(words(el)).to.contain('Open 24/7');
  });

  it('always offers in-person service, even when the portal gives nothing', async () => {
    const el = await fixture<CareHelp>(html`<care-help></care-help>`);
    expect(words(el)).to.contain(helpStrings.en['help.in-person']);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  needs('accessibility-tree')('is a region named by its heading, with the service centre and someone to ask', async () => {
    const el = await fixture<CareHelp>(html`<care-help centre="UBND xã Tân Lập" centre-href="/ban-do" assist-href="/nho-nguoi-giup" assist-code="TL-4821" heading-level="3"></care-help>`);
    const region = await axNode('care-help >>> section');
    expect(region).to.include({ role: 'region', name: helpStrings.en['help.title'] });
    const heading = await axNode('care-help >>> [part="title"]');
    expect(heading).to.include({ role: 'heading', level: 3 });
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
    expect(links).to.deep.equal([
      ['/ban-do', 'UBND xã Tân Lập'],
      ['/nho-nguoi-giup', helpStrings.en['help.assist']],
    ]);
    expect(el.shadowRoot!.querySelector('code')!.textContent).to.equal('TL-4821');
  });

  it('adds nothing to the portal’s helper link (it must never carry personal data)', async () => {
    const el = await fixture<CareHelp>(html`<care-help assist-href="/nho-nguoi-giup"></care-help>`);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/nho-nguoi-giup');
  });

  it('speaks every language', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-help phone="1900 0368"></care-help></div>`);
      const el = wrapper.querySelector('care-help')!;
      await el.updateComplete;
      expect(words(el)).to.contain(helpStrings[locale]['help.title']);
      expect(words(el)).to.contain(helpStrings[locale]['help.in-person']);
    }
  });
});
