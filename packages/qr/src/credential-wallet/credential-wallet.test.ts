import { careLocales, clearMyData } from '@caremode/core';
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import { axNode, findAx } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-credential-wallet.js';
import type { CareCredential } from '../credential/credential.js';
import { holders, type HolderName } from '../credential/test-holders.js';
import type { CareCredentialWallet } from './credential-wallet.js';
import { renderWallet, walletExamples } from './credential-wallet.examples.js';
import { walletStrings as walletStringsEn } from './credential-wallet.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const walletStrings = withLocales(walletStringsEn);

const radios = (wallet: CareCredentialWallet) => [...wallet.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const shown = (wallet: CareCredentialWallet) => [...wallet.querySelectorAll('care-credential')].filter((c) => !c.hidden).map((c) => c.id);

async function wallet(ids: HolderName[] = ['an', 'lan'], walletId = 'family', lang = 'en') {
  const box = await fixture<HTMLDivElement>(html`<div id="wallet-under-test" lang=${lang}>${renderWallet({ holders: [...ids], walletId }, 'en')}</div>`);
  const el = box.querySelector('care-credential-wallet')!;
  await el.updateComplete;
  await Promise.all([...el.querySelectorAll('care-credential')].map((c) => c.updateComplete));
  await el.updateComplete;
  return el;
}

async function click(el: Element) {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

describeExamples('care-credential-wallet', walletExamples, renderWallet);

describe('care-credential-wallet', () => {
  afterEach(async () => {
    clearMyData();
    await resetMode();
  });

  needs('accessibility-tree')('shows one holder at a time, chosen with one large control of names and initials', async () => {
    const el = await wallet();
    expect(shown(el)).to.deep.equal(['holder-an']);
    const ax = await axNode('#wallet-under-test care-credential-wallet >>> fieldset', false);
    const options = [] as string[];
    findAx(ax, (n) => (n.role === 'radio' && options.push(`${n.name}${n.checked ? ' (checked)' : ''}`), false));
    expect(options).to.deep.equal(['Grandpa An (checked)', 'Grandma Lan']);
    expect(ax!.name).to.equal(walletStrings.en['wallet.choose']);
    const initials = [...el.shadowRoot!.querySelectorAll('.initials')].map((i) => i.textContent);
    expect(initials).to.deep.equal(['GA', 'GL']);
    for (const radio of radios(el)) {
      const box = radio.getBoundingClientRect();
      expect(Math.min(box.width, box.height), 'the whole option is the target').to.be.at.least(44);
    }
  });

  it('switches with a tap or the arrow keys, hides the others and their personal data', async () => {
    const el = await wallet();
    const [an, lan] = [...el.querySelectorAll('care-credential')] as CareCredential[];
    an!.reveal(true);
    await an!.updateComplete;
    const changed = oneEvent(el, 'change');
    await click(radios(el)[1]!);
    await changed;
    expect(shown(el)).to.deep.equal(['holder-lan']);
    expect(el.selected).to.equal(lan);
    expect(an!.personalDataShown, 'hidden card masks its data').to.equal(false);
    radios(el)[1]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['holder-an']);
  });

  it('remembers the holder last chosen, per wallet', async () => {
    let el = await wallet(['an', 'lan', 'wei']);
    el.select(2);
    el.remove();
    el = await wallet(['an', 'lan', 'wei']);
    expect(shown(el)).to.deep.equal(['holder-wei']);
    expect(radios(el)[2]!.checked).to.equal(true);
    const other = await wallet(['an', 'lan', 'wei'], 'volunteer');
    expect(shown(other)).to.deep.equal(['holder-an']);
    // Also when the order changes: the choice follows the credential's id.
    el.remove();
    el = await wallet(['wei', 'an', 'lan']);
    expect(shown(el)).to.deep.equal(['holder-wei']);
    expect(radios(el)[0]!.checked).to.equal(true);
  });

  it('names holders without a nickname by their partly hidden name', async () => {
    const box = await fixture(html`<care-credential-wallet>
      <care-credential holder-name=${holders.an.name} .value=${'a'}></care-credential>
      <care-credential holder-name=${holders.wei.name} .value=${'b'}></care-credential>
      <care-credential .value=${'c'} label="Vé tàu"></care-credential>
    </care-credential-wallet>`);
    const el = box as CareCredentialWallet;
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('.option')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.deep.equal(['NA Nguyễn V** A', '张 张*', '3 Vé tàu']);
    for (const name of el.shadowRoot!.querySelectorAll('.option [data-care-private]')) expect(name.textContent).not.to.equal('');
  });

  it('shows no control for a single holder', async () => {
    const el = await wallet(['an']);
    expect(el.shadowRoot!.querySelector('fieldset') === null).to.equal(true);
    expect(shown(el)).to.deep.equal(['holder-an']);
  });

  it('labels the control in each language', async () => {
    for (const locale of careLocales) {
      const el = await wallet(['an', 'lan'], 'family', locale);
      expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal(walletStrings[locale]['wallet.choose']);
      if (locale !== 'en') expect(walletStrings[locale]['wallet.choose']).not.to.equal(walletStrings.en['wallet.choose']);
    }
  });
});
