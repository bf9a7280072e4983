// The public entry, as a portal imports it: it registers the sentences.
import './index.js';
import { careLocales, clearStringOverrides, loadLocale, overrideStrings, type Message } from '@caremode/core';
import { expect } from '@open-wc/testing';
import { validateCnResident } from './cn-resident.js';
import { validateDateParts } from './date.js';
import { describeProblem, problemParams } from './describe-problem.js';
import { validateIdNik } from './id-nik.js';
import { validatePhone } from './phone.js';
import type { ValidationResult } from './result.js';
import { validatorsStrings as validatorsStringsEn } from './validators.strings.js';
import { validateVnCccd } from './vn-cccd.js';
import { withLocales } from '../../../../test/helpers/strings.js';

// Sentences in other languages load on demand; code without an element loads them first.
before(() => Promise.all(careLocales.map(loadLocale)));

const validatorsStrings = withLocales(validatorsStringsEn);

const locales = ['vi', 'zh-Hans', 'id'] as const;
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message) => new Set(forms(message).flatMap((text) => text.match(/\{\w+\}/g) ?? []));

// One invalid input for every problem a validator can report.
const problems: ValidationResult[] = [
  ...['', 'abc', '+86 138 0013 8000', '091234567', '0755 8123 45678', '0412345678', '01688123456'].map((v) => validatePhone(v, 'vn')),
  validatePhone('024 3825 1234', 'vn', { mobileOnly: true }),
  validatePhone('11912345678', 'cn'),
  validatePhone('021 1234 5678', 'id'),
  validatePhone('081234567', 'id'),
  validatePhone('0812345678', 'xx' as 'vn'),
  ...['', 'a', '00105601234', '000056012345', '079956012345'].map((v) => validateVnCccd(v)),
  validateVnCccd('001056012345', { birthYear: 1957 }),
  ...['', 'Y', '11010519491231002', '00010519491231002X', '110105194913310021', '110105194912310021'].map((v) => validateCnResident(v)),
  ...['', 'a', '320101150860001', '1001011508600001', '3200011508600001', '3201017208600001', '3201011508600000'].map((v) => validateIdNik(v)),
  ...[{}, { month: 1, year: 2000 }, { day: 1, year: 2000 }, { day: 1, month: 1 }, { day: 32, month: 1, year: 2000 }].map((p) => validateDateParts(p)),
  ...[{ day: 1, month: 13, year: 2000 }, { day: 1, month: 1, year: 20 }, { day: 30, month: 2, year: 2000 }, { day: 29, month: 2, year: 2001 }].map((p) =>
    validateDateParts(p),
  ),
  validateDateParts({ day: 1, month: 1, year: 1899 }, { min: '1900-01-01' }),
  validateDateParts({ day: 1, month: 1, year: 2999 }, { max: '2100-01-01' }),
];
const problemKeys = new Set(problems.map((r) => (r.valid ? 'valid' : r.problem.key)));

describe('validators catalog', () => {
  it('has a sentence for every problem the validators report, and nothing else', () => {
    expect(problemKeys.has('valid')).to.equal(false);
    expect([...problemKeys].sort()).to.deep.equal(Object.keys(validatorsStrings.en).sort());
  });

  it('has every key in every language, with the plural shape of English', () => {
    for (const locale of locales) {
      const messages = validatorsStrings[locale] as Record<string, Message>;
      expect(Object.keys(messages).sort(), locale).to.deep.equal(Object.keys(validatorsStrings.en).sort());
      for (const [key, english] of Object.entries(validatorsStrings.en) as [string, Message][]) {
        const message = messages[key]!;
        expect(typeof message, `${locale} ${key}`).to.equal(typeof english);
        if (typeof message !== 'string') expect(message.other, `${locale} ${key}`).to.be.a('string');
      }
    }
  });

  it('uses only placeholders the problem fills in, in every language', () => {
    for (const result of problems) {
      if (result.valid) continue;
      for (const locale of ['en', ...locales] as const) {
        const filled = new Set(Object.keys(problemParams(result.problem, locale)).map((name) => `{${name}}`));
        const message = (validatorsStrings[locale] as Record<string, Message>)[result.problem.key]!;
        for (const name of placeholders(message)) expect(filled.has(name), `${locale} ${result.problem.key} ${name}`).to.equal(true);
        expect(describeProblem(result.problem, locale), `${locale} ${result.problem.key}`).not.to.match(/\{\w+\}/);
      }
    }
  });

  it('leaves no English in Vietnamese, Chinese or Indonesian', () => {
    const english = new Set(Object.values(validatorsStrings.en as Record<string, Message>).flatMap(forms));
    const englishWords = /\b(the|enter|must|should|number|digits?|check|your|this|is|are|has|have|only|from|between)\b/i;
    for (const locale of locales) {
      for (const [key, message] of Object.entries(validatorsStrings[locale] as Record<string, Message>)) {
        for (const text of forms(message)) {
          expect(english.has(text), `${locale} ${key}`).to.equal(false);
          // Card names and terms kept in their own language (căn cước công dân, 居民身份证, Kartu
          // Keluarga) are not English; the words checked here are.
          expect(text.replace(/\(.*?\)|（.*?）/g, ''), `${locale} ${key}: ${text}`).not.to.match(englishWords);
          if (locale === 'zh-Hans') expect(text, `${key}: ${text}`).to.match(/[\u4e00-\u9fff]/);
          if (locale === 'vi') expect(text, `${key}: ${text}`).to.match(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i);
        }
      }
    }
  });

  it('uses the official names of the cards', () => {
    expect(validatorsStrings.vi['validators.vn-cccd.empty']).to.contain('căn cước công dân');
    expect(validatorsStrings.en['validators.vn-cccd.empty']).to.contain('căn cước công dân');
    expect(validatorsStrings['zh-Hans']['validators.cn-resident.empty']).to.contain('居民身份证');
    expect(validatorsStrings.en['validators.cn-resident.empty']).to.contain('居民身份证');
    for (const locale of ['en', ...locales] as const) expect(validatorsStrings[locale]['validators.id-nik.empty']).to.contain('NIK');
  });

  it('never speaks of an "invalid format"', () => {
    for (const message of Object.values(validatorsStrings.en as Record<string, Message>).flatMap(forms)) {
      expect(message).not.to.match(/invalid|format/i);
    }
  });
});

describe('describeProblem', () => {
  afterEach(() => clearStringOverrides());

  it('says the problem in the language asked for', () => {
    const check = validateCnResident('110105194912310021');
    if (check.valid) throw new Error('expected a problem');
    expect(describeProblem(check.problem, 'en')).to.equal('The last character does not match the rest of the number. Check the number on your card.');
    expect(describeProblem(check.problem, 'zh-CN')).to.equal('最后一位与前面的号码对不上。请核对身份证上的号码。');
    expect(describeProblem(check.problem, 'vi-VN')).to.contain('Ký tự cuối cùng');
    expect(describeProblem(check.problem, 'in')).to.contain('Karakter terakhir');
    expect(describeProblem(check.problem, 'fr')).to.contain('The last character');
    expect(describeProblem(check.problem)).to.contain('The last character');
  });

  it('fills in numbers, with plural forms', () => {
    const length = { key: 'validators.id-nik.length', params: { count: 16, actual: 15 } };
    expect(describeProblem(length, 'en')).to.equal('The NIK has 16 digits. You have entered 15.');
    expect(describeProblem(length, 'id')).to.equal('NIK terdiri dari 16 angka. Anda memasukkan 15 angka.');
    expect(describeProblem({ key: 'validators.phone.length', params: { count: 1, example: '1' } }, 'en')).to.contain('1 digit,');
    expect(describeProblem({ key: 'validators.vn-cccd.birth-year-mismatch', params: { year: '1956' } }, 'en')).to.contain('born in 1956.');
  });

  it('follows the page’s overrides and overrides of its own', () => {
    const problem = { key: 'validators.vn-cccd.empty' };
    overrideStrings({ vi: { 'validators.vn-cccd.empty': 'Vui lòng nhập số căn cước.' } });
    expect(describeProblem(problem, 'vi')).to.equal('Vui lòng nhập số căn cước.');
    expect(describeProblem(problem, 'vi', { vi: { 'validators.vn-cccd.empty': 'Nhập số thẻ căn cước.' } })).to.equal('Nhập số thẻ căn cước.');
  });

  it('returns an empty string, never a key, for something that is not a problem', () => {
    for (const odd of [null, undefined, {}, { key: 5 }, 'validators.phone.empty', []]) {
      expect(describeProblem(odd as unknown as { key: string })).to.equal('');
    }
    expect(describeProblem({ key: 'validators.no-such-problem' }, 'vi')).to.equal('');
  });

  it('puts dates and month names into words for controls that look strings up themselves', () => {
    expect(problemParams({ key: 'k', params: { min: '2001-02-03', count: 3 } }, 'en')).to.deep.equal({ min: '3 February 2001', count: 3 });
    expect(problemParams({ key: 'k', params: { max: '2001-02-03' } }, 'zh-Hans')).to.deep.equal({ max: '2001年2月3日' });
    expect(problemParams({ key: 'k', params: { day: 30, month: 2 } }, 'id')).to.deep.equal({ day: 30, month: 2, monthName: 'Februari' });
    expect(problemParams({ key: 'k', params: { min: '2001-02-30' } }, 'en')).to.deep.equal({ min: '2001-02-30' });
    expect(problemParams({ key: 'k' }, 'en')).to.deep.equal({});
  });
});
