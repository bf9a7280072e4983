import type { CareExample, CareLocale, ExampleRender } from '@caremode/core';
import { html, nothing } from 'lit';

export interface ReadAloudArgs {
  /** Which text to read, in the story's locale. */
  content: keyof typeof notices;
  /** Read a notice elsewhere on the page (`for`) instead of the player's own content. */
  useFor?: boolean;
  /** A TTS service's URL template (`tts-url`). */
  ttsUrl?: string;
}

const notices = {
  birth: {
    en: ['Registering a birth', 'Register the birth within 60 days. Bring the birth certificate from the hospital and your ID card. You can apply online or at the ward office.'],
    vi: ['Đăng ký khai sinh', 'Đăng ký khai sinh trong vòng 60 ngày. Mang theo giấy chứng sinh của bệnh viện và căn cước công dân. Bạn có thể nộp hồ sơ trực tuyến hoặc tại Ủy ban nhân dân phường.'],
    'zh-Hans': ['办理出生登记', '请在婴儿出生后60日内办理出生登记。请携带医院出具的出生医学证明和您的身份证。可以在网上申请，也可以到街道办事处办理。'],
    id: ['Pencatatan kelahiran', 'Catatkan kelahiran paling lambat 60 hari setelah lahir. Bawa surat keterangan lahir dari rumah sakit dan KTP Anda. Anda dapat mendaftar secara daring atau di kantor kelurahan.'],
  },
  pension: {
    en: ['Voluntary social insurance', 'You can pay every month, every three months or every six months. The State supports part of your payment.'],
    vi: ['Bảo hiểm xã hội tự nguyện', 'Bạn có thể đóng hằng tháng, ba tháng hoặc sáu tháng một lần. Nhà nước hỗ trợ một phần tiền đóng.'],
    'zh-Hans': ['城乡居民养老保险', '您可以按月、按季度或每半年缴费一次。政府对您的缴费给予一定补贴。'],
    id: ['Jaminan sosial mandiri', 'Anda dapat membayar setiap bulan, setiap tiga bulan, atau setiap enam bulan. Pemerintah membantu sebagian iuran Anda.'],
  },
  private: {
    en: ['Your application', 'Application received. Name: {name}. ID number: {id}. We will send a text message when it is ready.'],
    vi: ['Hồ sơ của bạn', 'Đã nhận hồ sơ. Họ và tên: {name}. Số định danh: {id}. Chúng tôi sẽ nhắn tin khi có kết quả.'],
    'zh-Hans': ['您的申请', '申请已收到。姓名：{name}。身份证号：{id}。办结后我们会发短信通知您。'],
    id: ['Permohonan Anda', 'Permohonan diterima. Nama: {name}. NIK: {id}. Kami akan mengirim SMS jika sudah selesai.'],
  },
} satisfies Record<string, Record<CareLocale, [string, string]>>;

const people: Record<CareLocale, [string, string]> = {
  en: ['Mary Tan', '079 2345 6734'],
  vi: ['Nguyễn Thị Hoa', '079 2345 6734'],
  'zh-Hans': ['王秀英', '110101 19500307 2348'],
  id: ['Siti Rahayu', '3171 0123 4567 0001'],
};

// The notice is the portal's own text: sized by the tokens, as the drop-in's host stylesheet sizes a portal's.
const TEXT = 'font-size:var(--care-font-size);line-height:var(--care-line-height)';
const HEADING = 'font-size:calc(var(--care-font-size)*1.2);line-height:1.3';

/** The notice, with personal data marked `data-care-private` (never sent to a network engine). */
function body(args: ReadAloudArgs, locale: CareLocale) {
  const [title, text] = (notices[args.content] ?? notices.birth)[locale];
  const [name, id] = people[locale];
  const parts = text.split(/(\{name\}|\{id\})/);
  return html`<h3 style=${HEADING}>${title}</h3>
    <p style=${TEXT}>${parts.map((p) => (p === '{name}' ? html`<span data-care-private>${name}</span>` : p === '{id}' ? html`<span data-care-private>${id}</span>` : p))}</p>`;
}

export const renderReadAloud: ExampleRender<ReadAloudArgs> = (args, locale) =>
  args.useFor
    ? html`<care-read-aloud for="notice-${locale}" tts-url=${args.ttsUrl || nothing}></care-read-aloud>
        <article id="notice-${locale}">${body(args, locale)}</article>`
    : html`<care-read-aloud tts-url=${args.ttsUrl || nothing}>${body(args, locale)}</care-read-aloud>`;

export const readAloudExamples = {
  content: { description: 'Reads its own content, one sentence at a time, highlighting the sentence it reads.', args: { content: 'birth' } },
  forTarget: { description: 'Reads a part of the page named by `for`; the page’s markup is never changed.', args: { content: 'pension', useFor: true } },
  privateDetails: {
    description: 'Name and ID number are marked `data-care-private`: read only by the device’s own voices, never sent to a TTS service.',
    args: { content: 'private' },
  },
} satisfies Record<string, CareExample<ReadAloudArgs>>;
