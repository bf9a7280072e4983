import { expect } from '@open-wc/testing';
import { contrastRatio, luminance } from './contrast.js';
import { requirements } from './requirements.js';
import { nonTextPairs, textPairs } from './pairs.js';
import { themes } from './themes.js';
import { buildTokensCss } from './build-tokens-css.js';
import { tokensCss } from './tokens-css.js';

describe('declared colour pairs', () => {
  for (const [themeName, colors] of Object.entries(themes)) {
    for (const [fg, bg] of textPairs) {
      it(`${themeName}: text ${fg} on ${bg} is >= ${requirements.contrast.text}:1`, () => {
        expect(contrastRatio(colors[fg], colors[bg])).to.be.at.least(requirements.contrast.text);
      });
    }
    for (const [fg, bg] of nonTextPairs) {
      it(`${themeName}: non-text ${fg} on ${bg} is >= ${requirements.contrast.nonText}:1`, () => {
        expect(contrastRatio(colors[fg], colors[bg])).to.be.at.least(requirements.contrast.nonText);
      });
    }
  }
});

describe('contrastRatio', () => {
  it('matches the WCAG extremes and a known mid value', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });
  it('returns NaN for what is not a hex colour instead of throwing', () => {
    expect(luminance('red')).to.be.NaN;
    expect(contrastRatio('#12', '#fff')).to.be.NaN;
  });
});

describe('token stylesheet', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(tokensCss);
  const root = document.documentElement;
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    for (const a of ['data-care-mode', 'data-care-contrast', 'data-care-text-scale']) root.removeAttribute(a);
  });
  const probe = (css: string) => {
    const el = document.createElement('div');
    el.style.cssText = css;
    document.body.append(el);
    const style = getComputedStyle(el);
    const result = { fontSize: parseFloat(style.fontSize), width: el.getBoundingClientRect().width, color: style.color };
    el.remove();
    return result;
  };

  it('is the stylesheet the requirements and themes build today (else run npm run build)', () => {
    expect(tokensCss).to.equal(buildTokensCss());
  });

  it('parses with every rule intact', () => {
    // A typo in a generated declaration would silently drop the rule; count them.
    expect(sheet.cssRules.length).to.equal(1 + 1 + 3 + 2 + 1 + 1);
  });

  it('gives body text and targets their minimum sizes in default and care mode', () => {
    root.removeAttribute('data-care-mode');
    expect(probe('font-size:var(--care-font-size)').fontSize).to.be.at.least(requirements.text.bodyMinPx.default);
    expect(probe('width:var(--care-target-min)').width).to.equal(requirements.target.minPx.default);
    root.setAttribute('data-care-mode', 'on');
    expect(probe('font-size:var(--care-font-size)').fontSize).to.be.at.least(requirements.text.bodyMinPx.care);
    expect(probe('width:var(--care-target-min)').width).to.equal(requirements.target.minPx.care);
    expect(probe('font-size:var(--care-font-size-heading)').fontSize).to.be.at.least(requirements.text.headingMinPxCare);
  });

  it('multiplies the mode base size by the text scale', () => {
    root.setAttribute('data-care-mode', 'on');
    root.setAttribute('data-care-text-scale', '2');
    expect(probe('font-size:var(--care-font-size)').fontSize).to.equal(requirements.text.bodyMinPx.care * 2);
    root.removeAttribute('data-care-text-scale');
  });

  it('switches colours with the contrast attribute', () => {
    root.setAttribute('data-care-contrast', 'dark');
    expect(probe('color:var(--care-color-text)').color).to.equal('rgb(232, 234, 237)');
    root.setAttribute('data-care-contrast', 'high');
    expect(probe('color:var(--care-color-text)').color).to.equal('rgb(0, 0, 0)');
    root.removeAttribute('data-care-contrast');
    expect(probe('color:var(--care-color-text)').color).to.equal('rgb(27, 31, 36)');
  });
});
