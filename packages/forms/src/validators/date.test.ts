// The public entry, as a portal imports it: it registers the sentences.
import './index.js';
import { expect } from '@open-wc/testing';
import { dateFieldOrder, validateDateParts } from './date.js';
import { describeProblem } from './describe-problem.js';
import type { ValidationResult } from './result.js';
import { careLocales, loadLocale } from '@caremode/core';

// Sentences in other languages load on demand; code without an element loads them first.
before(() => Promise.all(careLocales.map(loadLocale)));

const problemOf = (result: ValidationResult) => (result.valid ? undefined : result.problem);
const say = (result: ValidationResult, locale: string) => (result.valid ? '' : describeProblem(result.problem, locale));

describe('validateDateParts', () => {
  it('returns an ISO date from three fields typed in any usual way', () => {
    expect(validateDateParts({ day: '3', month: '2', year: '2001' })).to.deep.equal({ valid: true, value: '2001-02-03' });
    expect(validateDateParts({ day: ' 03 ', month: '02.', year: '2 001' })).to.deep.equal({ valid: true, value: '2001-02-03' });
    expect(validateDateParts({ day: '３', month: '２', year: '２００１' })).to.deep.equal({ valid: true, value: '2001-02-03' });
    expect(validateDateParts({ day: 3, month: 2, year: 2001 })).to.deep.equal({ valid: true, value: '2001-02-03' });
  });

  it('says when the whole date, or one part of it, is missing', () => {
    expect(problemOf(validateDateParts({}))).to.deep.equal({ key: 'validators.date.empty' });
    expect(problemOf(validateDateParts({ day: '', month: ' ', year: '' }))).to.deep.equal({ key: 'validators.date.empty' });
    expect(problemOf(validateDateParts({ month: '2', year: '2001' }))).to.deep.equal({ key: 'validators.date.missing-day', params: { part: 'day' } });
    expect(problemOf(validateDateParts({ day: '3', year: '2001' }))).to.deep.equal({ key: 'validators.date.missing-month', params: { part: 'month' } });
    expect(problemOf(validateDateParts({ day: '3', month: '2' }))).to.deep.equal({ key: 'validators.date.missing-year', params: { part: 'year' } });
  });

  it('says which part is wrong', () => {
    for (const day of ['0', '32', 'ba', '1a', '99999999999999999999']) {
      expect(problemOf(validateDateParts({ day, month: '2', year: '2001' })), day).to.deep.equal({
        key: 'validators.date.day',
        params: { min: 1, max: 31, part: 'day' },
      });
    }
    for (const month of ['0', '13', 'tháng 2']) {
      expect(problemOf(validateDateParts({ day: '3', month, year: '2001' })), month).to.deep.equal({
        key: 'validators.date.month',
        params: { min: 1, max: 12, part: 'month' },
      });
    }
    for (const year of ['56', '195', '19560', 'năm']) {
      expect(problemOf(validateDateParts({ day: '3', month: '2', year })), year).to.deep.equal({
        key: 'validators.date.year',
        params: { count: 4, example: '1956', part: 'year' },
      });
    }
  });

  it('says there is no such day in that month', () => {
    expect(problemOf(validateDateParts({ day: '30', month: '2', year: '2024' }))).to.deep.equal({
      key: 'validators.date.no-such-day',
      params: { day: 30, month: 2, part: 'day' },
    });
    expect(problemOf(validateDateParts({ day: '31', month: '4', year: '2024' }))?.key).to.equal('validators.date.no-such-day');
    expect(problemOf(validateDateParts({ day: '29', month: '2', year: '2023' }))).to.deep.equal({
      key: 'validators.date.not-leap',
      params: { year: '2023', part: 'day' },
    });
    expect(problemOf(validateDateParts({ day: '29', month: '2', year: '1900' }))?.key).to.equal('validators.date.not-leap');
    expect(validateDateParts({ day: '29', month: '2', year: '2024' }).valid).to.equal(true);
    expect(validateDateParts({ day: '29', month: '2', year: '2000' }).valid).to.equal(true);
  });

  it('says the problem in words in each language', () => {
    const day = validateDateParts({ day: '40', month: '1', year: '2001' });
    expect(say(day, 'en')).to.equal('Day must be between 1 and 31.');
    expect(say(day, 'vi')).to.equal('Ngày phải là số từ 1 đến 31.');
    const february = validateDateParts({ day: '30', month: '2', year: '2001' });
    expect(say(february, 'en')).to.equal('There is no 30 February.');
    expect(say(february, 'vi')).to.equal('Tháng 2 không có ngày 30.');
    expect(say(february, 'zh-Hans')).to.equal('2月没有30日。');
    expect(say(february, 'id')).to.equal('Tidak ada tanggal 30 Februari.');
    expect(say(validateDateParts({ day: '29', month: '2', year: '2023' }), 'en')).to.equal('There is no 29 February in 2023.');
    expect(say(validateDateParts({ day: '3', month: '2', year: '56' }), 'en')).to.equal('Year must have 4 digits, for example 1956.');
  });

  it('keeps the date within limits, stated as dates in words', () => {
    const limits = { min: '1900-01-01', max: '2025-06-01' };
    expect(validateDateParts({ day: '1', month: '1', year: '1900' }, limits).valid).to.equal(true);
    expect(validateDateParts({ day: '1', month: '6', year: '2025' }, limits).valid).to.equal(true);
    const early = validateDateParts({ day: '31', month: '12', year: '1899' }, limits);
    expect(problemOf(early)).to.deep.equal({ key: 'validators.date.before-min', params: { min: '1900-01-01' } });
    expect(say(early, 'en')).to.equal('The date must be on or after 1 January 1900.');
    expect(say(early, 'zh-Hans')).to.equal('日期不能早于1900年1月1日。');
    const late = validateDateParts({ day: '2', month: '6', year: '2025' }, limits);
    expect(problemOf(late)).to.deep.equal({ key: 'validators.date.after-max', params: { max: '2025-06-01' } });
    expect(say(late, 'en')).to.equal('The date must be on or before 1 June 2025.');
    expect(say(late, 'id')).to.equal('Tanggal harus 1 Juni 2025 atau sebelumnya.');
    expect(say(late, 'vi')).to.contain('2025');
  });

  it('ignores limits that are not real ISO dates', () => {
    for (const limit of ['2000-13-01', '2023-02-29', 'yesterday', '01/01/2000', 20000101, null]) {
      const limits = { min: limit, max: limit } as unknown as { min: string; max: string };
      expect(validateDateParts({ day: '3', month: '2', year: '2001' }, limits).valid, String(limit)).to.equal(true);
    }
  });
});

describe('dateFieldOrder', () => {
  it('puts day, month, year for Vietnamese, Indonesian and English, and year first for Chinese', () => {
    for (const locale of ['vi', 'vi-VN', 'id', 'id-ID', 'in', 'en', 'en-GB']) {
      expect(dateFieldOrder(locale), locale).to.deep.equal(['day', 'month', 'year']);
    }
    for (const locale of ['zh-Hans', 'zh', 'zh-CN', 'zh-Hans-CN', 'zh-TW']) {
      expect(dateFieldOrder(locale), locale).to.deep.equal(['year', 'month', 'day']);
    }
  });

  it('follows Intl for a locale with an explicit region', () => {
    expect(dateFieldOrder('en-US')).to.deep.equal(['month', 'day', 'year']);
  });

  it('falls back to day, month, year for unknown or malformed locales', () => {
    for (const odd of ['', '!!', 'x', null, undefined, 42]) expect(dateFieldOrder(odd as string)).to.deep.equal(['day', 'month', 'year']);
  });

  it('returns a new array each time', () => {
    const order = dateFieldOrder('vi');
    order.reverse();
    expect(dateFieldOrder('vi')).to.deep.equal(['day', 'month', 'year']);
  });
});
