import { expect } from '@open-wc/testing';
import { cnResidentCheckCharacter, decodeCnResident, validateCnResident } from './cn-resident.js';
import type { ValidationResult } from './result.js';

const today = new Date(2025, 5, 1);
const problemKey = (result: ValidationResult) => (result.valid ? undefined : result.problem.key);
/** A number with the right check character, built from its parts. */
const build = (region: string, birth: string, sequence: string) => {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + cnResidentCheckCharacter(first17);
};
const EXAMPLE = '11010519491231002X';

describe('validateCnResident', () => {
  it('accepts the example number published in GB 11643-1999', () => {
    expect(validateCnResident(EXAMPLE, { today })).to.deep.equal({ valid: true, value: EXAMPLE });
  });

  it('accepts a lower-case or full-width x, and spaces, and returns an upper-case X', () => {
    for (const way of ['11010519491231002x', '110105 19491231 002X', '１１０１０５１９４９１２３１００２ｘ', '110105-19491231-002X']) {
      expect(validateCnResident(way, { today }), way).to.deep.equal({ valid: true, value: EXAMPLE });
    }
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(cnResidentCheckCharacter('11010519491231002')).to.equal('X');
    expect(build('440524', '19560315', '123')).to.equal('440524195603151231');
    expect(validateCnResident('440524195603151231', { today }).valid).to.equal(true);
    expect(cnResidentCheckCharacter('123')).to.equal('');
    expect(cnResidentCheckCharacter(null as unknown as string)).to.equal('');
  });

  it('notices any one digit changed, and any two neighbouring digits swapped', () => {
    const digits = '440524195603151231';
    for (let i = 0; i < 18; i++) {
      for (const d of '0123456789X') {
        if (d === digits[i] || (d === 'X' && i < 17)) continue;
        const changed = digits.slice(0, i) + d + digits.slice(i + 1);
        expect(validateCnResident(changed, { today }).valid, changed).to.equal(false);
      }
    }
    for (let i = 0; i < 16; i++) {
      if (digits[i] === digits[i + 1]) continue;
      const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
      expect(validateCnResident(swapped, { today }).valid, swapped).to.equal(false);
    }
  });

  it('says the last character does not match when only the check fails', () => {
    expect(problemKey(validateCnResident('110105194912310021', { today }))).to.equal('validators.cn-resident.check');
    expect(problemKey(validateCnResident('440524195603151232', { today }))).to.equal('validators.cn-resident.check');
    expect(problemKey(validateCnResident('440524195603151241', { today }))).to.equal('validators.cn-resident.check');
  });

  it('accepts every province-level code and refuses others', () => {
    const provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 91];
    for (const p of provinces) expect(validateCnResident(build(`${p}0102`, '19560315', '123'), { today }).valid, String(p)).to.equal(true);
    for (const p of ['00', '10', '16', '20', '24', '38', '47', '55', '60', '66', '72', '83', '90', '99']) {
      expect(problemKey(validateCnResident(build(`${p}0102`, '19560315', '123'), { today })), p).to.equal('validators.cn-resident.region');
    }
  });

  it('refuses a date of birth that is not real, in the future, or before 1900', () => {
    expect(validateCnResident(build('110105', '19000101', '001'), { today }).valid).to.equal(true);
    expect(validateCnResident(build('110105', '20000229', '001'), { today }).valid).to.equal(true);
    expect(validateCnResident(build('110105', '20250601', '001'), { today }).valid).to.equal(true);
    for (const birth of ['19561301', '19560001', '19560230', '19560431', '19560100', '19000229', '19230229', '18991231', '20250602', '30000101']) {
      expect(problemKey(validateCnResident(build('110105', birth, '001'), { today })), birth).to.equal('validators.cn-resident.birth-date');
    }
  });

  it('says how many characters are expected', () => {
    expect(validateCnResident('11010519491231002', { today })).to.deep.equal({
      valid: false,
      problem: { key: 'validators.cn-resident.length', params: { count: 18, actual: 17 } },
    });
    expect(problemKey(validateCnResident('110105491231002', { today }))).to.equal('validators.cn-resident.length');
    expect(problemKey(validateCnResident('11010519491231002X1', { today }))).to.equal('validators.cn-resident.characters');
  });

  it('refuses letters other than a final X', () => {
    for (const text of ['1101051949123100X2', 'X1010519491231002', '11010519491231002Y', '身份证11010519491231002X']) {
      expect(problemKey(validateCnResident(text, { today })), text).to.equal('validators.cn-resident.characters');
    }
    expect(problemKey(validateCnResident('', { today }))).to.equal('validators.cn-resident.empty');
  });
});

describe('decodeCnResident', () => {
  it('reads region, date of birth and sex (odd sequence: male)', () => {
    expect(decodeCnResident(EXAMPLE, { today })).to.deep.equal({
      regionCode: '110105',
      provinceCode: '11',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(decodeCnResident('440524195603151231', { today })).to.include({ birthDate: '1956-03-15', sex: 'male', provinceCode: '44' });
    expect(decodeCnResident('110105194912310021', { today })).to.equal(undefined);
  });
});
