import { expect, fixture, html } from '@open-wc/testing';
import { sentencesOf, sentencesOfText } from './collect.js';
import { sentenceSpans } from './sentences.js';

const split = (text: string, lang: string) => sentenceSpans(text, lang).map(({ start, end }) => text.slice(start, end));
const texts = (root: Node) => sentencesOf(root).map((s) => [s.text, s.lang, s.private]);

describe('sentence segmentation', () => {
  it('splits Vietnamese, keeping every diacritic and joining "TP." to the city', () => {
    const text = 'Ông Nguyễn Văn Ân sinh năm 1950 tại TP. Hồ Chí Minh. Ông cần làm lại căn cước công dân! Thủ tục mất bao lâu?';
    expect(split(text, 'vi')).to.deep.equal([
      'Ông Nguyễn Văn Ân sinh năm 1950 tại TP. Hồ Chí Minh.',
      'Ông cần làm lại căn cước công dân!',
      'Thủ tục mất bao lâu?',
    ]);
    // Decomposed input (a combining acute on "Ân"): offsets stay on the original characters.
    const decomposed = 'Ông A\u0302n đến. Bà Hương về.';
    expect(split(decomposed, 'vi')).to.deep.equal(['Ông A\u0302n đến.', 'Bà Hương về.']);
  });

  it('splits Chinese, which has no spaces between sentences', () => {
    const text = '请携带身份证原件。办理时间为周一至周五上午8:30至12:00！需要预约吗？不需要。';
    expect(split(text, 'zh-CN')).to.deep.equal(['请携带身份证原件。', '办理时间为周一至周五上午8:30至12:00！', '需要预约吗？', '不需要。']);
  });

  it('splits Indonesian, leaving amounts and "Jl." abbreviations whole', () => {
    const text = 'Silakan datang ke kantor di Jl. Merdeka No. 5. Biaya pendaftaran Rp 50.000,00 per orang. Apakah Anda sudah punya NIK?';
    expect(split(text, 'id')).to.deep.equal([
      'Silakan datang ke kantor di Jl. Merdeka No. 5.',
      'Biaya pendaftaran Rp 50.000,00 per orang.',
      'Apakah Anda sudah punya NIK?',
    ]);
  });

  it('splits English, joining titles such as "Mr." to the name', () => {
    expect(split('Mr. Tran will call you at 9.30 tomorrow. Please keep your phone nearby.', 'en')).to.deep.equal([
      'Mr. Tran will call you at 9.30 tomorrow.',
      'Please keep your phone nearby.',
    ]);
  });

  it('breaks an over-long sentence at clause breaks, so no utterance runs on for too long', () => {
    const clause = 'người khai phải mang theo giấy tờ tùy thân còn hiệu lực';
    const long = `${Array.from({ length: 8 }, () => clause).join(', ')}.`;
    const parts = split(long, 'vi');
    expect(parts.length).to.be.greaterThan(1);
    for (const part of parts) expect(part.length).to.be.at.most(200);
    for (const part of parts.slice(0, -1)) expect(part.endsWith(',')).to.equal(true);
    expect(parts.join(' ')).to.equal(long);
    const chinese = `${'申请人应当携带有效身份证件和户口簿原件'.repeat(2)}，${'并按照工作人员的指引填写申请表格'.repeat(2)}，然后排队等候。`;
    const pieces = split(chinese, 'zh');
    expect(pieces.length).to.be.greaterThan(1);
    for (const piece of pieces) expect(piece.length).to.be.at.most(60);
    expect(pieces.join('')).to.equal(chinese);
  });

  it('ignores punctuation-only pieces and survives a malformed language tag', () => {
    expect(split('… — Xin chào.', 'not a tag!!')).to.deep.equal(['… — Xin chào.']);
    expect(split('   ', 'vi')).to.deep.equal([]);
  });

  it('makes sentences from a text that is not on the page', () => {
    expect(sentencesOfText('Bước 1. Bước 2.', 'vi', true)).to.deep.equal([
      { text: 'Bước 1.', lang: 'vi', private: true },
      { text: 'Bước 2.', lang: 'vi', private: true },
    ]);
  });
});

describe('sentences of a page', () => {
  it('follows each element’s own lang, so a mixed page is read with each language’s voice', async () => {
    const el = await fixture(html`<div lang="vi">
      <p>Mang theo <span lang="en">passport</span> của bạn. Đến đúng giờ.</p>
      <p lang="zh-CN">请准时到达。谢谢！</p>
      <p lang="id">Terima kasih.</p>
    </div>`);
    expect(texts(el)).to.deep.equal([
      ['Mang theo', 'vi', false],
      ['passport', 'en', false],
      ['của bạn.', 'vi', false],
      ['Đến đúng giờ.', 'vi', false],
      ['请准时到达。', 'zh-CN', false],
      ['谢谢！', 'zh-CN', false],
      ['Terima kasih.', 'id', false],
    ]);
  });

  it('ends a sentence at every block and line break, even without a full stop', async () => {
    const el = await fixture(html`<section lang="vi"><h2>Bước 1</h2><p>Chuẩn bị giấy tờ</p><ul><li>Căn cước</li><li>Sổ hộ khẩu</li></ul>
      <address>Số 1 Tràng Tiền<br />Hà Nội</address></section>`);
    expect(sentencesOf(el).map((s) => s.text)).to.deep.equal(['Bước 1', 'Chuẩn bị giấy tờ', 'Căn cước', 'Sổ hộ khẩu', 'Số 1 Tràng Tiền', 'Hà Nội']);
  });

  it('marks private text, never reads a password, and reads values, choices and alt text', async () => {
    const el = await fixture(html`<form lang="en">
      <p>Name: <span data-care-private>Siti Rahayu</span></p>
      <label>Password <input type="password" value="hunter22" /></label>
      <label>Code <input autocomplete="one-time-code" value="493021" /></label>
      <label>City <input value="Đà Nẵng" /></label>
      <label>Province <select><option>Bali</option><option selected>Jawa Barat</option></select></label>
      <img alt="Coat of arms" src="data:," />
    </form>`);
    expect(texts(el)).to.deep.equal([
      ['Name:', 'en', false],
      ['Siti Rahayu', 'en', true],
      ['Password', 'en', false],
      ['Code', 'en', false],
      ['493021', 'en', true],
      ['City Đà Nẵng', 'en', false],
      ['Province Jawa Barat', 'en', false],
      ['Coat of arms', 'en', false],
    ]);
    expect(el.textContent).not.to.contain('hunter22');
    expect(sentencesOf(el).some((s) => s.text.includes('hunter22'))).to.equal(false);
  });

  it('skips what is hidden from people and marked to skip', async () => {
    const el = await fixture(html`<div lang="en">
      <p>Shown.</p>
      <p hidden>Hidden attribute.</p>
      <p style="display:none">Not displayed.</p>
      <p aria-hidden="true">Decoration.</p>
      <p data-care-read="skip">Skipped.</p>
      <script>var x = 'script';</script>
    </div>`);
    expect(sentencesOf(el).map((s) => s.text)).to.deep.equal(['Shown.']);
  });

  it('gives each sentence the range of its text on the page, across inline markup', async () => {
    const el = await fixture(html`<p lang="en">Bring your <b>ID card</b> and    <i>family book</i>. Then wait.</p>`);
    const [first, second] = sentencesOf(el);
    expect(first!.text).to.equal('Bring your ID card and family book.');
    expect(first!.range!.toString()).to.equal('Bring your ID card and    family book.');
    expect(second!.range!.toString()).to.equal('Then wait.');
    // Word offsets in the spoken text (spaces collapsed) map back to the page text.
    expect(first!.wordRange!(first!.text.indexOf('family'), 6)!.toString()).to.equal('family');
    expect(first!.wordRange!(first!.text.indexOf('ID'), 7)!.toString()).to.equal('ID card');
  });

  it('reads the flat tree: open shadow roots and slotted content in place', async () => {
    if (!customElements.get('x-sentence-host')) {
      customElements.define(
        'x-sentence-host',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<h3>Bước 2</h3><slot></slot><p>Hết bước.</p>';
          }
        },
      );
    }
    const el = await fixture(html`<div lang="vi"><x-sentence-host><p>Điền tờ khai.</p></x-sentence-host></div>`);
    const sentences = sentencesOf(el);
    expect(sentences.map((s) => s.text)).to.deep.equal(['Bước 2', 'Điền tờ khai.', 'Hết bước.']);
    const host = el.querySelector('x-sentence-host')!;
    expect(sentences[0]!.range!.startContainer.getRootNode() === host.shadowRoot, 'in the shadow root').to.equal(true);
    expect(sentences[1]!.range!.startContainer.getRootNode() === document, 'in the page').to.equal(true);
  });
});
