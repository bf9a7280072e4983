import { expect } from '@open-wc/testing';
import { ManualClock, setClock } from '../clock.js';
import { clearMyData, DEFAULT_MAX_AGE_MS, PersistentRecord, purgeExpired, RECORD_PREFIX } from './records.js';

describe('persistent records', () => {
  let clock: ManualClock;
  let restoreClock: () => void;
  beforeEach(() => {
    localStorage.clear();
    clock = new ManualClock(Date.UTC(2026, 10, 1));
    restoreClock = setClock(clock);
  });
  afterEach(() => {
    clearMyData();
    restoreClock();
    localStorage.clear();
  });

  it('keeps data in localStorage under a namespaced key, with its dates', () => {
    const draft = new PersistentRecord<{ name: string }>('form-draft', 'birth-registration');
    expect(draft.write({ name: 'Nguyễn Thị Mai' })).to.equal(true);
    expect(draft.key).to.equal(`${RECORD_PREFIX}form-draft:birth-registration`);
    expect(localStorage.getItem(draft.key)).to.contain('Nguyễn Thị Mai');
    const again = new PersistentRecord<{ name: string }>('form-draft', 'birth-registration').read();
    expect(again).to.deep.equal({ data: { name: 'Nguyễn Thị Mai' }, savedAt: clock.now(), expiresAt: clock.now() + DEFAULT_MAX_AGE_MS });
  });

  it('expires records after their age (7 days by default)', () => {
    const record = new PersistentRecord('form-draft', 'x');
    record.write({ a: 1 });
    clock.advance(DEFAULT_MAX_AGE_MS - 1000);
    expect(record.read()).to.exist;
    clock.advance(2000);
    expect(record.read()).to.equal(undefined);
    expect(localStorage.getItem(record.key), 'an expired record is removed').to.equal(null);
  });

  it('drops a record of another version, or migrates it when told how', () => {
    new PersistentRecord('progress', 'guide', { version: 1 }).write({ step: 2 });
    expect(new PersistentRecord('progress', 'guide', { version: 2 }).read()).to.equal(undefined);
    new PersistentRecord('progress', 'guide', { version: 1 }).write({ step: 2 });
    const migrated = new PersistentRecord<{ stepIndex: number }>('progress', 'guide', {
      version: 2,
      migrate: (data, version) => (version === 1 ? { stepIndex: (data as { step: number }).step } : undefined),
    }).read();
    expect(migrated?.data).to.deep.equal({ stepIndex: 2 });
  });

  it('treats a damaged record as none', () => {
    localStorage.setItem(`${RECORD_PREFIX}form-draft:broken`, '{"v":1,"data":');
    expect(new PersistentRecord('form-draft', 'broken').read()).to.equal(undefined);
  });

  it('falls back to memory, silently, when storage is full', () => {
    let size = 1024 * 1024;
    let i = 0;
    while (size >= 1 && i < 1000) {
      try {
        localStorage.setItem(`fill:${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    const record = new PersistentRecord('form-draft', 'full');
    expect(record.write({ text: 'y'.repeat(5000) })).to.equal(true);
    expect(record.read()?.data).to.deep.equal({ text: 'y'.repeat(5000) });
    expect(localStorage.getItem(record.key)).to.equal(null);
  });

  it('makes room by removing expired records when storage is full', () => {
    const old = new PersistentRecord('form-draft', 'old', { maxAgeMs: 1000 });
    old.write({ text: 'z'.repeat(400_000) });
    clock.advance(2000);
    let size = 1024 * 1024;
    let i = 0;
    while (size >= 1 && i < 1000) {
      try {
        localStorage.setItem(`fill:${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    const fresh = new PersistentRecord('form-draft', 'fresh');
    fresh.write({ text: 'w'.repeat(100_000) });
    expect(localStorage.getItem(old.key)).to.equal(null);
    expect(localStorage.getItem(fresh.key), 'written to storage after the purge').to.contain('www');
  });

  it('clears every record with one call, leaving other keys alone', () => {
    new PersistentRecord('form-draft', 'a').write(1);
    new PersistentRecord('progress', 'b').write(2);
    new PersistentRecord('credential', 'c').write(3);
    localStorage.setItem('caremode:preferences:v1', '{"careMode":true}');
    localStorage.setItem('portal-own-key', 'keep');
    expect(clearMyData()).to.equal(3);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(RECORD_PREFIX))).to.deep.equal([]);
    expect(localStorage.getItem('portal-own-key')).to.equal('keep');
    expect(localStorage.getItem('caremode:preferences:v1')).to.contain('careMode');
  });

  it('purges expired records on request', () => {
    new PersistentRecord('a', '1', { maxAgeMs: 10 }).write(1);
    new PersistentRecord('a', '2', { maxAgeMs: 10_000 }).write(2);
    clock.advance(100);
    expect(purgeExpired()).to.equal(1);
    expect(new PersistentRecord('a', '2').read()?.data).to.equal(2);
  });

  it('never throws on data that cannot be stored', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(new PersistentRecord('x', 'y').write(cyclic)).to.equal(false);
    expect(() => new PersistentRecord(undefined as never, null as never).read()).not.to.throw();
  });
});
