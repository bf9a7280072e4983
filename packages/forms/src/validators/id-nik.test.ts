import { expect } from '@open-wc/testing';
import { decodeIdNik, validateIdNik } from './id-nik.js';
import { idProvinceCodes, idProvinceNames } from './id-regions.js';
import type { ValidationResult } from './result.js';

const today = new Date(2025, 5, 1);
const problemKey = (result: ValidationResult) => (result.valid ? undefined : result.problem.key);
/** Jawa Barat, regency 01, district 01, the given DDMMYY, serial 0001. */
const nik = (ddmmyy: string, serial = '0001', place = '320101') => `${place}${ddmmyy}${serial}`;

describe('validateIdNik', () => {
  it('accepts a 16-digit NIK in the usual ways', () => {
    for (const way of ['3201011508600001', '3201 0115 0860 0001', '32.01.01.150860.0001', '３２０１０１１５０８６００００１']) {
      expect(validateIdNik(way, { today }), way).to.deep.equal({ valid: true, value: '3201011508600001' });
    }
  });

  it('knows the 38 provinces and refuses other codes', () => {
    const codes = Object.keys(idProvinceNames);
    expect(codes).to.have.length(38);
    expect([...idProvinceCodes].sort(), 'the codes used for checking match the named list').to.deep.equal(codes.sort());
    for (const code of codes) expect(validateIdNik(nik('150860', '0001', `${code}0101`), { today }).valid, code).to.equal(true);
    for (const code of ['00', '10', '20', '22', '30', '37', '41', '50', '54', '60', '66', '70', '77', '80', '83', '90', '97', '99']) {
      expect(problemKey(validateIdNik(nik('150860', '0001', `${code}0101`), { today })), code).to.equal('validators.id-nik.province');
    }
  });

  it('refuses a regency, city or district code of 00', () => {
    expect(problemKey(validateIdNik(nik('150860', '0001', '320001'), { today }))).to.equal('validators.id-nik.region');
    expect(problemKey(validateIdNik(nik('150860', '0001', '320100'), { today }))).to.equal('validators.id-nik.region');
    expect(validateIdNik(nik('150860', '0001', '327101'), { today }).valid).to.equal(true);
  });

  it('reads women’s days as the day plus 40', () => {
    for (const day of ['41', '55', '69', '71']) expect(validateIdNik(nik(`${day}0160`), { today }).valid, day).to.equal(true);
    for (const day of ['00', '32', '39', '40', '72', '80', '99']) {
      expect(problemKey(validateIdNik(nik(`${day}0160`), { today })), day).to.equal('validators.id-nik.birth-date');
    }
  });

  it('refuses dates that do not exist', () => {
    for (const date of ['310460', '710460', '300260', '001360', '150060', '290223', '690223']) {
      expect(problemKey(validateIdNik(nik(date), { today })), date).to.equal('validators.id-nik.birth-date');
    }
    for (const date of ['290296', '690296', '290200', '310160']) expect(validateIdNik(nik(date), { today }).valid, date).to.equal(true);
  });

  it('refuses a serial of 0000', () => {
    expect(problemKey(validateIdNik(nik('150860', '0000'), { today }))).to.equal('validators.id-nik.serial');
    expect(validateIdNik(nik('150860', '9999'), { today }).valid).to.equal(true);
  });

  it('says how many digits are expected', () => {
    expect(validateIdNik('320101150860001', { today })).to.deep.equal({
      valid: false,
      problem: { key: 'validators.id-nik.length', params: { count: 16, actual: 15 } },
    });
    expect(problemKey(validateIdNik('32010115086000011', { today }))).to.equal('validators.id-nik.length');
    expect(problemKey(validateIdNik('NIK 3201011508600001', { today }))).to.equal('validators.id-nik.characters');
    expect(problemKey(validateIdNik('   ', { today }))).to.equal('validators.id-nik.empty');
  });
});

describe('decodeIdNik', () => {
  it('reads province, regency, district, sex and date of birth', () => {
    expect(decodeIdNik('3201011508600001', { today })).to.deep.equal({
      provinceCode: '32',
      provinceName: 'Jawa Barat',
      regencyCode: '3201',
      districtCode: '320101',
      sex: 'male',
      birthDate: '1960-08-15',
    });
    expect(decodeIdNik(nik('550860'), { today })).to.include({ sex: 'female', birthDate: '1960-08-15' });
  });

  it('reads the two-digit year as the most recent date of birth not in the future', () => {
    expect(decodeIdNik(nik('010100'), { today })?.birthDate).to.equal('2000-01-01');
    expect(decodeIdNik(nik('310525'), { today })?.birthDate).to.equal('2025-05-31');
    expect(decodeIdNik(nik('010625'), { today })?.birthDate).to.equal('2025-06-01');
    expect(decodeIdNik(nik('020625'), { today })?.birthDate).to.equal('1925-06-02');
    expect(decodeIdNik(nik('010130'), { today })?.birthDate).to.equal('1930-01-01');
    expect(decodeIdNik(nik('290200'), { today })?.birthDate).to.equal('2000-02-29');
  });

  it('decodes nothing from a number that does not validate', () => {
    for (const odd of ['3201017208600001', '1001011508600001', '', null, [], '😀']) expect(decodeIdNik(odd, { today })).to.equal(undefined);
  });
});
