import { expect } from '@open-wc/testing';
import { buildHostCss } from './build-host-css.js';
import { hostCss } from './host-css.js';
import { requirements } from './requirements.js';
import { tokensCss } from './tokens-css.js';

describe('host stylesheet', () => {
  const sheets = [tokensCss, hostCss].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  const root = document.documentElement;
  let page: HTMLElement;
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !sheets.includes(s));
  });
  beforeEach(() => {
    page = document.createElement('div');
    page.innerHTML = `<style>.legacy { font-size: 12px; line-height: 14px; height: 20px; color: #999; } .btn { height: 22px; font-size: 11px; }</style>
      <p class="legacy" id="p">Điền thông tin của trẻ. <a href="#x" id="inline">Xem hướng dẫn</a> trước khi bắt đầu.</p>
      <ul><li><a href="#y" id="alone">Đăng ký khai sinh</a></li></ul>
      <button class="btn" id="b">OK</button><input id="i"><input type="checkbox" id="c">
      <div data-care-hide id="ad">Quảng cáo</div>`;
    document.body.append(page);
  });
  afterEach(() => {
    page.remove();
    for (const a of ['data-care-mode', 'data-care-contrast', 'data-care-text-scale']) root.removeAttribute(a);
  });
  const $ = (id: string) => page.querySelector<HTMLElement>(`#${id}`)!;
  const box = (id: string) => $(id).getBoundingClientRect();

  it('is the stylesheet the requirements build today (else run npm run build)', () => {
    expect(hostCss).to.equal(buildHostCss());
  });

  it('parses with every rule intact', () => {
    // A typo in a selector drops its whole rule without a word: count them.
    const written = hostCss.split('}').filter((r) => r.includes('{')).length;
    expect(sheets[1]!.cssRules.length).to.equal(written);
  });

  it('leaves the portal exactly as it is with care mode off', () => {
    root.setAttribute('data-care-mode', 'off');
    expect(getComputedStyle($('p')).fontSize).to.equal('12px');
    expect(box('b').height).to.equal(22);
    expect(getComputedStyle($('ad')).display).to.equal('block');
    expect(getComputedStyle($('p')).color).to.equal('rgb(153, 153, 153)');
  });

  it('in care mode enlarges text, buttons, fields and stand-alone links, and hides what is marked', () => {
    root.setAttribute('data-care-mode', 'on');
    const target = requirements.target.minPx.care;
    expect(parseFloat(getComputedStyle($('p')).fontSize)).to.be.at.least(requirements.text.bodyMinPx.care);
    expect(parseFloat(getComputedStyle($('p')).lineHeight) / parseFloat(getComputedStyle($('p')).fontSize)).to.be.closeTo(requirements.text.lineHeight.care, 0.01);
    expect(box('b').height).to.be.at.least(target);
    expect(box('b').width).to.be.at.least(target);
    expect(box('i').height).to.be.at.least(target);
    expect(box('c').height).to.be.at.least(target);
    expect(box('alone').height).to.be.at.least(target);
    expect(getComputedStyle($('inline')).display, 'a link in a sentence stays inline').to.equal('inline');
    expect(getComputedStyle($('inline')).textDecorationLine).to.equal('underline');
    expect(getComputedStyle($('ad')).display).to.equal('none');
  });

  it('scales with the chosen text size', () => {
    root.setAttribute('data-care-mode', 'on');
    root.setAttribute('data-care-text-scale', '2');
    expect(parseFloat(getComputedStyle($('p')).fontSize)).to.equal(requirements.text.bodyMinPx.care * 2);
  });

  it('gives grey text the 7:1 palette in care mode and in high contrast', () => {
    root.setAttribute('data-care-contrast', 'high');
    expect(getComputedStyle($('p')).color).to.equal('rgb(0, 0, 0)');
    root.removeAttribute('data-care-contrast');
    root.setAttribute('data-care-mode', 'on');
    expect(getComputedStyle($('p')).color).to.equal('rgb(27, 31, 36)');
  });
});
