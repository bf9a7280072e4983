import { expect, waitUntil } from '@open-wc/testing';
import { announce } from './announcer.js';

const region = (priority: string) => document.querySelector<HTMLElement>(`[data-care-announcer="${priority}"]`);

describe('announce', () => {
  it('says a polite message through a visually hidden live region', async () => {
    expect(announce('Your application was saved', { lang: 'en' })).to.equal(true);
    const el = region('polite')!;
    expect(el.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => el.textContent === 'Your application was saved');
    expect(el.lang).to.equal('en');
    const rect = el.getBoundingClientRect();
    expect(rect.width * rect.height).to.be.at.most(1);
  });

  it('uses an assertive alert region for urgent messages, with the message language', async () => {
    announce('Phiên làm việc sắp hết hạn', { priority: 'assertive', lang: 'vi' });
    const el = region('assertive')!;
    expect(el.getAttribute('role')).to.equal('alert');
    await waitUntil(() => el.textContent === 'Phiên làm việc sắp hết hạn');
    expect(el.lang).to.equal('vi');
  });

  it('drops the same message repeated within a second, and says it again later', async () => {
    const el = () => region('polite')!;
    const fills: string[] = [];
    expect(announce('Please wait')).to.equal(true);
    await waitUntil(() => el().textContent === 'Please wait');
    const observer = new MutationObserver(() => el().textContent && fills.push(el().textContent!));
    observer.observe(el(), { childList: true, characterData: true, subtree: true });
    expect(announce('Please wait')).to.equal(false);
    await new Promise((r) => setTimeout(r, 1100));
    expect(fills).to.deep.equal([]);
    expect(announce('Please wait')).to.equal(true);
    await waitUntil(() => fills.length === 1);
    observer.disconnect();
  });

  it('ignores empty messages and odd input without throwing', () => {
    expect(announce('')).to.equal(false);
    expect(announce('   ')).to.equal(false);
    expect(announce(undefined as never)).to.equal(false);
    expect(announce(42 as never, { priority: 'loud' as never })).to.equal(true);
  });

  it('keeps one region per priority however many messages pass', async () => {
    for (let i = 0; i < 5; i++) announce(`message ${i}`);
    expect(document.querySelectorAll('[data-care-announcer="polite"]').length).to.equal(1);
    await waitUntil(() => region('polite')!.textContent === 'message 4');
  });
});
