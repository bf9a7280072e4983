import { expect } from '@open-wc/testing';
import { getClock, ManualClock, setClock, SystemClock } from './clock.js';

describe('clock', () => {
  it('is the system clock unless replaced, and can be replaced and restored', () => {
    const original = getClock();
    expect(original).to.be.instanceOf(SystemClock);
    expect(Math.abs(original.now() - Date.now())).to.be.lessThan(50);
    const manual = new ManualClock();
    const restore = setClock(manual);
    expect(getClock()).to.equal(manual);
    restore();
    expect(getClock()).to.equal(original);
  });

  it('fires a real deadline after it passes, and not before', async () => {
    const clock = new SystemClock();
    const fired: number[] = [];
    clock.at(Date.now() + 60, () => fired.push(Date.now()));
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 120));
    expect(fired.length).to.equal(1);
  });

  it('fires a deadline already past at once, and cancels', async () => {
    const clock = new SystemClock();
    let past = 0;
    let cancelled = 0;
    clock.at(Date.now() - 1000, () => past++);
    const cancel = clock.at(Date.now() + 30, () => cancelled++);
    cancel();
    await new Promise((r) => setTimeout(r, 60));
    expect([past, cancelled]).to.deep.equal([1, 0]);
  });

  it('drives minutes in an instant with a manual clock, in deadline order', () => {
    const clock = new ManualClock(0);
    const order: string[] = [];
    clock.at(5 * 60_000, () => order.push('5 min'));
    clock.at(2 * 60_000, () => order.push('2 min'));
    clock.at(10 * 60_000, () => order.push('10 min'));
    clock.advance(6 * 60_000);
    expect(order).to.deep.equal(['2 min', '5 min']);
    expect(clock.now()).to.equal(6 * 60_000);
    // A phone that slept for an hour wakes to every deadline it missed.
    clock.set(60 * 60_000);
    expect(order).to.deep.equal(['2 min', '5 min', '10 min']);
  });

  it('never throws on odd deadlines', () => {
    const clock = new ManualClock(0);
    let fired = 0;
    expect(() => clock.at(NaN, () => fired++)).not.to.throw();
    expect(() => new SystemClock().at('soon' as never, () => {})).not.to.throw();
    clock.advance(1);
    expect(fired).to.equal(1);
  });
});
