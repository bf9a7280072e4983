// The public entry, as a portal imports it: it registers the sentences.
import './index.js';
import { expect } from '@open-wc/testing';
import { decodeCnResident, validateCnResident } from './cn-resident.js';
import { dateFieldOrder, validateDateParts } from './date.js';
import { describeProblem } from './describe-problem.js';
import { decodeIdNik, validateIdNik } from './id-nik.js';
import { validatePhone, type PhoneCountry } from './phone.js';
import type { ValidationResult } from './result.js';
import { validatorsStrings as validatorsStringsEn } from './validators.strings.js';
import { decodeVnCccd, validateVnCccd } from './vn-cccd.js';
import { withLocales } from '../../../../test/helpers/strings.js';
import { careLocales, loadLocale } from '@caremode/core';

// Sentences in other languages load on demand; code without an element loads them first.
before(() => Promise.all(careLocales.map(loadLocale)));

const validatorsStrings = withLocales(validatorsStringsEn);

const throwing = {
  toString(): string {
    throw new Error('toString');
  },
  valueOf(): number {
    throw new Error('valueOf');
  },
};

// What a portal may pass by mistake, and what people paste.
const oddInputs: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  2 ** 60,
  12345678901234567890n,
  true,
  {},
  [],
  ['0912345678'],
  Symbol('x'),
  () => '0912345678',
  throwing,
  Object.create(null),
  '',
  '\u0000',
  '\ud800',
  '\udc00',
  '12\ud83d34',
  '😀',
  '👨‍👩‍👧'.repeat(3),
  '1'.repeat(10000),
  '９'.repeat(10000),
  '😀'.repeat(10000),
  'a'.repeat(10000),
  ' '.repeat(10000),
  '\u202e0912345678',
  '٠٩١٢٣٤٥٦٧٨',
  'X'.repeat(18),
  '+'.repeat(20),
  '0'.repeat(12),
  '9'.repeat(16),
  '<script>alert(1)</script>',
];

const isResult = (result: ValidationResult) =>
  result.valid ? typeof result.value === 'string' : typeof result.problem.key === 'string' && result.problem.key in validatorsStrings.en;

describe('every validator, given odd input', () => {
  it('returns a result with a known problem and never throws', () => {
    for (const input of oddInputs) {
      const label = typeof input === 'string' ? JSON.stringify(input.slice(0, 20)) : typeof input;
      for (const country of ['vn', 'cn', 'id'] as PhoneCountry[]) {
        expect(isResult(validatePhone(input, country)), `phone ${country} ${label}`).to.equal(true);
        expect(isResult(validatePhone('0912345678', input as PhoneCountry)), `phone country ${label}`).to.equal(true);
      }
      expect(isResult(validateVnCccd(input)), `cccd ${label}`).to.equal(true);
      expect(isResult(validateVnCccd('001056012345', { birthYear: input as string, today: input as Date })), `cccd options ${label}`).to.equal(true);
      expect(isResult(validateCnResident(input)), `cn ${label}`).to.equal(true);
      expect(isResult(validateIdNik(input)), `nik ${label}`).to.equal(true);
      expect(isResult(validateDateParts({ day: input, month: input, year: input })), `date ${label}`).to.equal(true);
      expect(isResult(validateDateParts(input as object, input as object)), `date parts ${label}`).to.equal(true);
      decodeVnCccd(input);
      decodeCnResident(input);
      decodeIdNik(input);
      dateFieldOrder(input as string);
      expect(describeProblem(input as { key: string }, input as string)).to.be.a('string');
    }
  });

  it('takes null options as no options', () => {
    const none = null as unknown as undefined;
    expect(validatePhone('024 3825 1234', 'vn', none).valid).to.equal(true);
    expect(validateVnCccd('001056012345', none).valid).to.equal(true);
    expect(validateCnResident('11010519491231002X', none).valid).to.equal(true);
    expect(validateIdNik('3201011508600001', none).valid).to.equal(true);
    expect(validateDateParts({ day: 3, month: 2, year: 2001 }, none).valid).to.equal(true);
    expect(decodeVnCccd('001056012345', none)?.birthYear).to.equal(1956);
    expect(decodeCnResident('11010519491231002X', none)?.sex).to.equal('female');
    expect(decodeIdNik('3201011508600001', none)?.sex).to.equal('male');
  });

  it('refuses the odd strings', () => {
    for (const input of ['\ud800', '😀', '<script>alert(1)</script>', '1'.repeat(10000), 'X'.repeat(18)]) {
      expect(validatePhone(input, 'vn').valid).to.equal(false);
      expect(validateVnCccd(input).valid).to.equal(false);
      expect(validateCnResident(input).valid).to.equal(false);
      expect(validateIdNik(input).valid).to.equal(false);
    }
  });

  it('stays fast on 10,000-character input', () => {
    const start = performance.now();
    for (let i = 0; i < 10; i++) {
      validatePhone('1 '.repeat(5000), 'vn');
      validateCnResident('１'.repeat(10000));
      validateIdNik('😀'.repeat(10000));
    }
    expect(performance.now() - start).to.be.below(1000);
  });
});
