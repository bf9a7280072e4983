import { careLocales, getPreferencesStore } from '@caremode/core';
import { requirements } from '@caremode/tokens';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { axNode, emulateMedia } from '../../../../test/helpers/commands.js';
import { describeExamples } from '../../../../test/helpers/examples-suite.js';
import { applyMode, resetMode } from '../../../../test/helpers/modes.js';
import '../define/care-button.js';
import type { CareButton } from './button.js';
import { buttonExamples, renderButton } from './button.examples.js';
import { buttonStrings as buttonStringsEn } from './button.strings.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { needs } from '../../../../test/helpers/engines.js';

const buttonStrings = withLocales(buttonStringsEn);

const inner = (el: CareButton) => el.shadowRoot!.querySelector('button')!;
const size = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height };
};
const submitted = (form: HTMLFormElement) => {
  const seen: { data: [string, FormDataEntryValue][]; submitter: HTMLElement | null }[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    seen.push({ data: [...new FormData(form, event.submitter)], submitter: event.submitter });
  });
  return seen;
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describeExamples('care-button', buttonExamples, renderButton);

describe('care-button', () => {
  afterEach(resetMode);

  needs('accessibility-tree')('renders a native button named by its label', async () => {
    const el = await fixture<CareButton>(html`<care-button id="b1">Nộp hồ sơ</care-button>`);
    const ax = await axNode('#b1 >>> button');
    expect(ax).to.include({ role: 'button', name: 'Nộp hồ sơ' });
    expect(inner(el).type).to.equal('button');
  });

  it('is never smaller than the target size, in default and care mode, at every text scale', async () => {
    const el = await fixture<CareButton>(html`<care-button>OK</care-button>`);
    for (const careMode of [false, true]) {
      for (const textScale of requirements.text.scales) {
        await applyMode({ careMode, contrast: 'default', textScale });
        const { width, height } = size(inner(el));
        const min = requirements.target.minPx[careMode ? 'care' : 'default'];
        expect(width, `width, care=${careMode} scale=${textScale}`).to.be.at.least(min);
        expect(height, `height, care=${careMode} scale=${textScale}`).to.be.at.least(min);
      }
    }
  });

  it('uses the body text size of the mode', async () => {
    const el = await fixture<CareButton>(html`<care-button>OK</care-button>`);
    await applyMode({ careMode: true, contrast: 'default' });
    expect(parseFloat(getComputedStyle(inner(el)).fontSize)).to.be.at.least(requirements.text.bodyMinPx.care);
  });

  describe('keyboard', () => {
    it('is reached by Tab and activated by Enter and Space', async () => {
      const wrapper = await fixture(html`<div><input aria-label="before" /><care-button>Tiếp tục</care-button></div>`);
      const el = wrapper.querySelector('care-button')!;
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(inner(el));
      expect(getComputedStyle(inner(el)).outlineWidth).to.equal(`${requirements.focus.widthPx}px`);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(clicks).to.equal(2);
    });

    needs('accessibility-tree')('skips a disabled button but stops on a soft-disabled one, which ignores activation', async () => {
      const wrapper = await fixture(html`<div>
        <input aria-label="start" />
        <care-button disabled>A</care-button>
        <care-button soft-disabled id="soft">B</care-button>
      </div>`);
      const [disabled, soft] = wrapper.querySelectorAll('care-button');
      let clicks = 0;
      disabled!.addEventListener('click', () => clicks++);
      soft!.addEventListener('click', () => clicks++);
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(soft!.shadowRoot!.activeElement).to.equal(inner(soft as CareButton));
      await sendKeys({ press: 'Enter' });
      (soft as CareButton).click();
      expect(clicks).to.equal(0);
      const ax = await axNode('#soft >>> button');
      expect(ax).to.include({ role: 'button', name: 'B', disabled: true });
    });
  });

  describe('in a form', () => {
    it('submits through the form, with its name and value in FormData', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="fullName" value="Trần Thị Bích" />
        <care-button type="submit" name="action" value="send">Gửi</care-button>
      </form>`);
      const seen = submitted(form);
      form.querySelector('care-button')!.click();
      await tick();
      expect(seen.length).to.equal(1);
      expect(seen[0]!.data).to.deep.equal([
        ['fullName', 'Trần Thị Bích'],
        ['action', 'send'],
      ]);
      expect(seen[0]!.submitter!.hasAttribute('data-care-submitter')).to.equal(true);
      expect(form.querySelector('[data-care-submitter]'), 'the stand-in is removed').to.equal(null);
    });

    it('is stopped by the form’s validation, as a native submit button is', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="phone" required aria-label="phone" />
        <care-button type="submit">Gửi</care-button>
      </form>`);
      const seen = submitted(form);
      const invalid = oneEvent(form.querySelector('input')!, 'invalid');
      form.querySelector('care-button')!.click();
      await invalid;
      await tick();
      expect(seen.length).to.equal(0);
    });

    it('passes formnovalidate and other form* attributes to the submission', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="phone" required aria-label="phone" />
        <care-button type="submit" formnovalidate name="action" value="save-draft">Lưu nháp</care-button>
      </form>`);
      const seen = submitted(form);
      form.querySelector('care-button')!.click();
      await tick();
      expect(seen.length).to.equal(1);
      expect(seen[0]!.data).to.deep.include(['action', 'save-draft']);
    });

    it('submits with the keyboard', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-button type="submit">Gửi</care-button></form>`);
      const seen = submitted(form);
      form.querySelector('care-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(seen.length).to.equal(1);
    });

    it('does not submit when a click listener cancels the click', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-button type="submit">Gửi</care-button></form>`);
      const seen = submitted(form);
      const el = form.querySelector('care-button')!;
      el.addEventListener('click', (e) => e.preventDefault());
      el.click();
      await tick();
      expect(seen.length).to.equal(0);
    });

    it('resets the form with type=reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="a" value="start" aria-label="a" />
        <care-button type="reset">Làm lại</care-button>
      </form>`);
      const input = form.querySelector('input')!;
      input.value = 'changed';
      form.querySelector('care-button')!.click();
      await tick();
      expect(input.value).to.equal('start');
    });

    it('does nothing in a form for type=button, or an unknown type', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <care-button>A</care-button><care-button type="sumbit">B</care-button>
      </form>`);
      const seen = submitted(form);
      for (const b of form.querySelectorAll('care-button')) b.click();
      await tick();
      expect(seen.length).to.equal(0);
    });

    it('is disabled by a disabled fieldset and cannot submit', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><care-button type="submit">Gửi</care-button></fieldset></form>`);
      const el = form.querySelector('care-button')!;
      await el.updateComplete;
      expect(inner(el).disabled).to.equal(true);
      const seen = submitted(form);
      el.click();
      await tick();
      expect(seen.length).to.equal(0);
    });

    it('does not submit twice while busy', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-button type="submit">Gửi</care-button></form>`);
      const el = form.querySelector('care-button')!;
      const seen = submitted(form);
      form.addEventListener('submit', () => (el.busy = true));
      el.click();
      await tick();
      el.click();
      await tick();
      expect(seen.length).to.equal(1);
    });
  });

  describe('enhancing a native button the portal wrote', () => {
    it('keeps native submission: the native button is the submitter', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="a" value="1" aria-label="a" />
        <care-button><button type="submit" name="action" value="send">Gửi</button></care-button>
      </form>`);
      const seen = submitted(form);
      const native = form.querySelector('care-button > button') as HTMLButtonElement;
      native.click();
      await tick();
      expect(seen.length).to.equal(1);
      expect(seen[0]!.submitter).to.equal(native);
      expect(seen[0]!.data).to.deep.equal([
        ['a', '1'],
        ['action', 'send'],
      ]);
      expect(form.querySelector('care-button')!.shadowRoot!.querySelector('button'), 'no second button').to.equal(null);
    });

    it('sizes the native button to the target in both modes', async () => {
      const el = await fixture<CareButton>(html`<care-button><button type="button">OK</button></care-button>`);
      const native = el.querySelector('button')!;
      for (const careMode of [false, true]) {
        await applyMode({ careMode, contrast: 'default' });
        const min = requirements.target.minPx[careMode ? 'care' : 'default'];
        expect(size(native).height).to.be.at.least(min);
        expect(size(native).width).to.be.at.least(min);
      }
    });

    it('passes disabled, soft-disabled and busy on to the native button', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><care-button><button type="submit">Gửi</button></care-button></form>`);
      const el = form.querySelector('care-button')!;
      const native = el.querySelector('button')!;
      const seen = submitted(form);
      el.disabled = true;
      await el.updateComplete;
      expect(native.disabled).to.equal(true);
      el.disabled = false;
      el.softDisabled = true;
      await el.updateComplete;
      expect(native.disabled).to.equal(false);
      expect(native.getAttribute('aria-disabled')).to.equal('true');
      native.click();
      await tick();
      expect(seen.length).to.equal(0);
      el.softDisabled = false;
      await el.updateComplete;
      expect(native.hasAttribute('aria-disabled')).to.equal(false);
      native.click();
      await tick();
      expect(seen.length).to.equal(1);
    });

    it('leaves a native button the portal disabled as it is', async () => {
      const el = await fixture<CareButton>(html`<care-button><button type="button" disabled>OK</button></care-button>`);
      await el.updateComplete;
      expect(el.querySelector('button')!.disabled).to.equal(true);
    });
  });

  describe('busy', () => {
    it('announces "please wait" in the page language and blocks clicks', async () => {
      for (const locale of careLocales) {
        const wrapper = await fixture(html`<div lang=${locale}><care-button>OK</care-button></div>`);
        const el = wrapper.querySelector('care-button')!;
        let clicks = 0;
        el.addEventListener('click', () => clicks++);
        el.busy = true;
        await el.updateComplete;
        const expected = buttonStrings[locale]['button.busy'];
        const region = () => document.querySelector('[data-care-announcer="polite"]');
        await waitUntil(() => region()?.textContent === expected, `no ${locale} announcement`);
        expect(region()!.getAttribute('lang')).to.equal(locale);
        expect(el.shadowRoot!.textContent).to.contain(expected);
        el.click();
        expect(clicks).to.equal(0);
        expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
      }
    });

    needs('media-emulation')('stops its spinner when motion is reduced', async () => {
      const el = await fixture<CareButton>(html`<care-button busy>OK</care-button>`);
      const spinner = el.shadowRoot!.querySelector('.spinner')!;
      expect(getComputedStyle(spinner).animationPlayState).to.equal('running');
      await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle(spinner).animationPlayState).to.equal('paused');
      await emulateMedia({});
      getPreferencesStore().set({ motion: 'reduce' });
      expect(getComputedStyle(spinner).animationPlayState).to.equal('paused');
    });
  });

  it('shows every built-in string in each locale with no English left', async () => {
    for (const locale of careLocales) {
      const wrapper = await fixture(html`<div lang=${locale}><care-button busy>X</care-button></div>`);
      const el = wrapper.querySelector('care-button')!;
      await el.updateComplete;
      const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
      expect(hidden.textContent).to.equal(buttonStrings[locale]['button.busy']);
      if (locale !== 'en') expect(hidden.textContent).not.to.equal(buttonStrings.en['button.busy']);
    }
  });

  it('renders safely with odd attribute values', async () => {
    const el = await fixture<CareButton>(html`<care-button
      variant="💥<script>"
      type="'; DROP TABLE"
      full-width="sometimes"
      value=${'x'.repeat(10000)}
      name=""
      >OK</care-button
    >`);
    expect(inner(el)).to.exist;
    const { width, height } = size(inner(el));
    expect(Math.min(width, height)).to.be.at.least(requirements.target.minPx.default);
    // An unknown variant looks like the primary one.
    expect(getComputedStyle(inner(el)).backgroundColor).to.equal('rgb(10, 74, 153)');
  });

  needs('media-emulation')('stays visible in forced colors (Windows high contrast)', async () => {
    const el = await fixture<CareButton>(html`<care-button variant="quiet">OK</care-button>`);
    await emulateMedia({ 'forced-colors': 'active' });
    const style = getComputedStyle(inner(el));
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({});
  });

  it('stretches with full-width, and only on narrow screens with full-width="narrow"', async () => {
    const wrapper = await fixture(html`<div style="width:600px">
      <care-button full-width>A</care-button><care-button full-width="narrow">B</care-button>
    </div>`);
    const [always, narrow] = wrapper.querySelectorAll('care-button');
    await (narrow as CareButton).updateComplete;
    expect(size(inner(always as CareButton)).width).to.equal(600);
    const narrowWidth = size(inner(narrow as CareButton)).width;
    // The test viewport is wider than 30em, so this one keeps its own width.
    expect(window.innerWidth > 480 ? narrowWidth < 600 : narrowWidth === 600).to.equal(true);
  });
});
