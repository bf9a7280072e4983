import { expect } from '@open-wc/testing';
import type { ValidationResult } from './result.js';
import { decodeVnCccd, validateVnCccd } from './vn-cccd.js';
import { vnProvinceCodes, vnProvinceNames } from './vn-provinces.js';

const today = new Date(2025, 5, 1);
const problemKey = (result: ValidationResult) => (result.valid ? undefined : result.problem.key);

describe('validateVnCccd', () => {
  it('accepts a 12-digit number with a province code, century and sex, and birth year', () => {
    expect(validateVnCccd('001056012345', { today })).to.deep.equal({ valid: true, value: '001056012345' });
    expect(validateVnCccd('001 056 012 345', { today })).to.deep.equal({ valid: true, value: '001056012345' });
    expect(validateVnCccd('００１０５６０１２３４５', { today }).valid).to.equal(true);
  });

  it('knows all 63 province codes of Circular 07/2016/TT-BCA, including merged provinces', () => {
    const codes = Object.keys(vnProvinceNames);
    expect(codes).to.have.length(63);
    expect([...vnProvinceCodes].sort(), 'the codes used for checking match the named list').to.deep.equal(codes.sort());
    expect(vnProvinceNames['001']).to.equal('Hà Nội');
    expect(vnProvinceNames['096']).to.equal('Cà Mau');
    for (const code of codes) expect(validateVnCccd(`${code}156012345`, { today }).valid, code).to.equal(true);
    // Hà Giang and Bắc Kạn were merged into other provinces in 2025; issued cards keep the code.
    expect(validateVnCccd('002156012345', { today }).valid).to.equal(true);
    expect(validateVnCccd('006156012345', { today }).valid).to.equal(true);
  });

  it('refuses a code that is not a province', () => {
    for (const code of ['000', '003', '099', '097', '100', '296', '999']) {
      expect(problemKey(validateVnCccd(`${code}056012345`, { today })), code).to.equal('validators.vn-cccd.province');
    }
  });

  it('accepts the country codes of a birth registered abroad', () => {
    expect(validateVnCccd('101056012345', { today }).valid).to.equal(true);
    expect(validateVnCccd('295056012345', { today }).valid).to.equal(true);
  });

  it('says how many digits are expected', () => {
    expect(validateVnCccd('00105601234', { today })).to.deep.equal({
      valid: false,
      problem: { key: 'validators.vn-cccd.length', params: { count: 12, actual: 11 } },
    });
    expect(problemKey(validateVnCccd('0010560123456', { today }))).to.equal('validators.vn-cccd.length');
    expect(problemKey(validateVnCccd('123456789', { today }))).to.equal('validators.vn-cccd.length');
  });

  it('refuses a birth year in the future', () => {
    expect(validateVnCccd('079225012345', { today }).valid).to.equal(true);
    expect(problemKey(validateVnCccd('079226012345', { today }))).to.equal('validators.vn-cccd.birth-year');
    for (const centuryDigit of ['4', '5', '6', '7', '8', '9']) {
      expect(problemKey(validateVnCccd(`079${centuryDigit}00012345`, { today })), centuryDigit).to.equal('validators.vn-cccd.birth-year');
    }
  });

  it('checks a birth year given elsewhere in the form', () => {
    expect(validateVnCccd('001056012345', { birthYear: 1956, today }).valid).to.equal(true);
    expect(validateVnCccd('001056012345', { birthYear: '１９５６', today }).valid).to.equal(true);
    expect(validateVnCccd('001156012345', { birthYear: 1957, today })).to.deep.equal({
      valid: false,
      problem: { key: 'validators.vn-cccd.birth-year-mismatch', params: { year: '1956' } },
    });
    expect(problemKey(validateVnCccd('001215012345', { birthYear: 1956, today }))).to.equal('validators.vn-cccd.birth-year-mismatch');
    for (const unusable of ['', '56', 'abc', null, NaN]) {
      expect(validateVnCccd('001056012345', { birthYear: unusable as string, today }).valid, String(unusable)).to.equal(true);
    }
  });

  it('tells an empty field from one with letters', () => {
    expect(problemKey(validateVnCccd(''))).to.equal('validators.vn-cccd.empty');
    expect(problemKey(validateVnCccd(undefined))).to.equal('validators.vn-cccd.empty');
    expect(problemKey(validateVnCccd('CCCD 001056012345'))).to.equal('validators.vn-cccd.characters');
  });
});

describe('decodeVnCccd', () => {
  it('reads province, sex, century and birth year', () => {
    expect(decodeVnCccd('001056012345', { today })).to.deep.equal({
      placeCode: '001',
      provinceName: 'Hà Nội',
      registeredAbroad: false,
      sex: 'male',
      century: 20,
      birthYear: 1956,
    });
    expect(decodeVnCccd('079305012345', { today })).to.deep.equal({
      placeCode: '079',
      provinceName: 'Hồ Chí Minh',
      registeredAbroad: false,
      sex: 'female',
      century: 21,
      birthYear: 2005,
    });
    expect(decodeVnCccd('096100012345', { today })).to.include({ sex: 'female', birthYear: 1900, provinceName: 'Cà Mau' });
  });

  it('reads a birth registered abroad without a province name', () => {
    const details = decodeVnCccd('175162012345', { today });
    expect(details).to.include({ placeCode: '175', registeredAbroad: true, birthYear: 1962, sex: 'female' });
    expect(details).not.to.have.property('provinceName');
  });

  it('decodes nothing from a number that does not validate', () => {
    for (const odd of ['000056012345', '0010560123', '', null, {}, '😀']) expect(decodeVnCccd(odd, { today })).to.equal(undefined);
  });
});
