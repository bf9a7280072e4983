import { expect } from '@open-wc/testing';
import { validatePhone, type PhoneCountry } from './phone.js';
import type { ValidationResult } from './result.js';

const valueOf = (result: ValidationResult) => (result.valid ? result.value : `invalid: ${result.problem.key}`);
const problemOf = (result: ValidationResult) => (result.valid ? undefined : result.problem);

describe('validatePhone: Vietnam', () => {
  it('accepts a mobile number written in every usual way and returns E.164', () => {
    const ways = [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '+84 912 345 678',
      '+84 (0) 912 345 678',
      '(+84) 912-345-678',
      '0084 912 345 678',
      '84912345678',
      '912345678',
      '０９１２　３４５　６７８',
    ];
    for (const way of ways) expect(valueOf(validatePhone(way, 'vn')), way).to.equal('+84912345678');
  });

  it('accepts every mobile prefix since the 2018 renumbering', () => {
    for (const prefix of ['032', '039', '052', '059', '070', '079', '081', '089', '090', '099']) {
      expect(validatePhone(`${prefix}1234567`, 'vn').valid, prefix).to.equal(true);
    }
  });

  it('accepts 11-digit landline numbers with 02x area codes, unless a mobile is required', () => {
    expect(valueOf(validatePhone('024 3825 1234', 'vn'))).to.equal('+842438251234');
    expect(valueOf(validatePhone('0292 381 2345', 'vn'))).to.equal('+842923812345');
    expect(problemOf(validatePhone('024 3825 1234', 'vn', { mobileOnly: true }))).to.deep.equal({ key: 'validators.phone.landline' });
  });

  it('says how many digits are expected', () => {
    expect(problemOf(validatePhone('091234567', 'vn'))).to.deep.equal({
      key: 'validators.phone.length',
      params: { count: 10, example: '0912 345 678' },
    });
    expect(problemOf(validatePhone('+84 91234567890', 'vn'))?.params?.count).to.equal(10);
    expect(problemOf(validatePhone('024 3825 123', 'vn'))).to.deep.equal({
      key: 'validators.phone.length',
      params: { count: 11, example: '024 3825 1234' },
    });
    expect(problemOf(validatePhone('+84', 'vn'))?.key).to.equal('validators.phone.length');
  });

  it('refuses numbers that do not exist in Vietnam', () => {
    for (const number of ['0412345678', '0612345678', '0112345678']) {
      expect(problemOf(validatePhone(number, 'vn'))?.key, number).to.equal('validators.phone.unknown.vn');
    }
  });

  it('gives the new number for an old 11-digit mobile number', () => {
    expect(problemOf(validatePhone('0168 812 3456', 'vn'))).to.deep.equal({
      key: 'validators.phone.vn-old-number',
      params: { suggestion: '0388 123 456' },
    });
    expect(problemOf(validatePhone('+84 123 456 7890', 'vn'))?.params?.suggestion).to.equal('0834 567 890');
    expect(problemOf(validatePhone('0199 123 4567', 'vn'))?.params?.suggestion).to.equal('0591 234 567');
  });

  it('says when the number has another country code', () => {
    for (const number of ['+86 138 0013 8000', '0062 812 3456 7890', '+1 202 555 0123']) {
      expect(problemOf(validatePhone(number, 'vn')), number).to.deep.equal({
        key: 'validators.phone.country-code',
        params: { expected: '+84' },
      });
    }
  });

  it('tells an empty field from one with letters', () => {
    for (const empty of ['', '   ', '+', '- -', null, undefined]) {
      expect(problemOf(validatePhone(empty, 'vn'))?.key, String(empty)).to.equal('validators.phone.empty');
    }
    for (const text of ['abc', '0912 abc 678', '☎ 0912345678', '0912345678 ext 2', '0912+345678']) {
      expect(problemOf(validatePhone(text, 'vn'))?.key, text).to.equal('validators.phone.characters');
    }
  });
});

describe('validatePhone: China', () => {
  it('accepts an 11-digit mobile number in every usual way', () => {
    const ways = ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '008613800138000', '8613800138000', '013800138000'];
    for (const way of ways) expect(valueOf(validatePhone(way, 'cn')), way).to.equal('+8613800138000');
  });

  it('accepts mobile numbers starting 13 to 19 only', () => {
    for (const start of ['13', '14', '15', '16', '17', '18', '19']) expect(validatePhone(`${start}912345678`, 'cn').valid, start).to.equal(true);
    for (const start of ['11', '12']) expect(problemOf(validatePhone(`${start}912345678`, 'cn'))?.key, start).to.equal('validators.phone.unknown.cn');
  });

  it('accepts landlines with their area code and 0', () => {
    expect(valueOf(validatePhone('010 6552 9988', 'cn'))).to.equal('+861065529988');
    expect(valueOf(validatePhone('021-6321-1234', 'cn'))).to.equal('+862163211234');
    expect(valueOf(validatePhone('0755 8123 4567', 'cn'))).to.equal('+8675581234567');
    expect(valueOf(validatePhone('0755 812 3456', 'cn'))).to.equal('+867558123456');
    expect(valueOf(validatePhone('+86 10 6552 9988', 'cn'))).to.equal('+861065529988');
    expect(problemOf(validatePhone('010 6552 9988', 'cn', { mobileOnly: true }))?.key).to.equal('validators.phone.landline');
  });

  it('says how many digits are expected', () => {
    expect(problemOf(validatePhone('1380013800', 'cn'))).to.deep.equal({
      key: 'validators.phone.length',
      params: { count: 11, example: '138 0013 8000' },
    });
    expect(problemOf(validatePhone('010 6552 998', 'cn'))?.params?.count).to.equal(11);
    expect(problemOf(validatePhone('0755 8123 45678', 'cn'))).to.deep.equal({
      key: 'validators.phone.length-range',
      params: { min: 11, max: 12, count: 12, example: '0755 8123 4567' },
    });
  });

  it('says when the number has another country code', () => {
    expect(problemOf(validatePhone('+84 912 345 678', 'cn'))).to.deep.equal({ key: 'validators.phone.country-code', params: { expected: '+86' } });
  });
});

describe('validatePhone: Indonesia', () => {
  it('accepts a mobile number in every usual way', () => {
    const ways = ['0812 3456 7890', '0812-3456-7890', '+62 812 3456 7890', '+62 (0) 812 3456 7890', '62 812 3456 7890', '6281234567890', '0062 812 3456 7890', '812 3456 7890'];
    for (const way of ways) expect(valueOf(validatePhone(way, 'id')), way).to.equal('+6281234567890');
  });

  it('accepts 10 to 13 digits and says the range otherwise', () => {
    expect(valueOf(validatePhone('0812345678', 'id'))).to.equal('+62812345678');
    expect(valueOf(validatePhone('0812345678901', 'id'))).to.equal('+62812345678901');
    for (const number of ['081234567', '08123456789012']) {
      expect(problemOf(validatePhone(number, 'id')), number).to.deep.equal({
        key: 'validators.phone.length-range',
        params: { min: 10, max: 13, count: 13, example: '0812 3456 7890' },
      });
    }
  });

  it('refuses numbers that are not mobile numbers', () => {
    expect(problemOf(validatePhone('021 1234 5678', 'id'))?.key).to.equal('validators.phone.unknown.id');
    expect(problemOf(validatePhone('+84 912 345 678', 'id'))).to.deep.equal({ key: 'validators.phone.country-code', params: { expected: '+62' } });
  });
});

describe('validatePhone: countries', () => {
  it('reads the country case-insensitively and refuses one it does not know', () => {
    expect(validatePhone('0912345678', 'VN' as PhoneCountry).valid).to.equal(true);
    for (const country of ['us', '', null, undefined, '__proto__', 'constructor', 84]) {
      expect(problemOf(validatePhone('0912345678', country as PhoneCountry))?.key, String(country)).to.equal('validators.phone.unsupported-country');
    }
  });
});
