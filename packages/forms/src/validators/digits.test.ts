import { expect } from '@open-wc/testing';
import { normalizeDigits, toText } from './digits.js';

describe('normalizeDigits', () => {
  it('reads full-width and Arabic-Indic digits as ASCII digits', () => {
    expect(normalizeDigits('０９１２３４５６７８')).to.equal('0912345678');
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
  });

  it('drops the spaces, dashes, dots, slashes and brackets people write between groups', () => {
    const cases = [
      '0912 345 678',
      '0912\u00a0345\u00a0678',
      '0912\u3000345\u3000678',
      '0912\t345\n678',
      '0912-345-678',
      '0912–345—678',
      '0912ー345－678',
      '0912.345.678',
      '0912．345。678',
      '0912/345／678',
      '(0912) [345] {678}',
      '（0912）【345】678',
      '\u200b0912\u200d345\ufeff678\u200e',
    ];
    for (const text of cases) expect(normalizeDigits(text), JSON.stringify(text)).to.equal('0912345678');
  });

  it('refuses letters, emoji and signs it does not know', () => {
    for (const text of ['abc', '0912a45678', '0912 345 678 ☎', '😀', '12%', '1,5', '\ud800', '12\udc0034']) {
      expect(normalizeDigits(text), JSON.stringify(text)).to.equal(undefined);
    }
  });

  it('keeps a trailing X only when asked, upper-cased, and only after digits', () => {
    expect(normalizeDigits('11010519491231002x', { trailingX: true })).to.equal('11010519491231002X');
    expect(normalizeDigits('11010519491231002Ｘ ', { trailingX: true })).to.equal('11010519491231002X');
    expect(normalizeDigits('11010519491231002X')).to.equal(undefined);
    expect(normalizeDigits('1101051949X231002', { trailingX: true })).to.equal(undefined);
    expect(normalizeDigits('X1', { trailingX: true })).to.equal(undefined);
    expect(normalizeDigits('12XX', { trailingX: true })).to.equal(undefined);
  });

  it('keeps a leading + only when asked, before any digit', () => {
    expect(normalizeDigits('(+84) 912 345 678', { leadingPlus: true })).to.equal('+84912345678');
    expect(normalizeDigits('＋84 912', { leadingPlus: true })).to.equal('+84912');
    expect(normalizeDigits('84+912', { leadingPlus: true })).to.equal(undefined);
    expect(normalizeDigits('++84', { leadingPlus: true })).to.equal(undefined);
    expect(normalizeDigits('+84')).to.equal(undefined);
  });

  it('returns an empty string when there are no digits', () => {
    for (const text of ['', '   ', '- -', '\u3000']) expect(normalizeDigits(text)).to.equal('');
  });

  it('handles very long input', () => {
    expect(normalizeDigits('1 '.repeat(10000))).to.have.length(10000);
    expect(normalizeDigits('😀'.repeat(10000))).to.equal(undefined);
  });
});

describe('toText', () => {
  it('takes strings and whole non-negative numbers, and nothing else', () => {
    expect(toText('０１')).to.equal('０１');
    expect(toText(912345678)).to.equal('912345678');
    expect(toText(12345678901234567890n)).to.equal('12345678901234567890');
    const throwing = {
      toString() {
        throw new Error('no');
      },
    };
    for (const odd of [null, undefined, -1, 1.5, NaN, Infinity, -5n, {}, [], true, Symbol('x'), () => 1, throwing]) {
      expect(toText(odd)).to.equal('');
    }
  });
});
