/**
 * A seeded corpus of what portals put in QR codes: Latin, Vietnamese, Chinese, Thai and emoji
 * text, web addresses, JSON credentials and base45 certificates ("HC1:"), from 1 to 1,200 UTF-8
 * bytes. The seed is fixed once and never changed to make a payload pass: a failure names the
 * payload by its index, and the same index is the same text on every run and every machine.
 */

export const CORPUS_SEED = 0x2026_0311;
export const CORPUS_SIZE = 320;
export const CORPUS_MAX_BYTES = 1200;

export type CorpusKind = 'latin' | 'vietnamese' | 'chinese' | 'thai' | 'emoji' | 'url' | 'json' | 'base45';
export interface CorpusPayload {
  index: number;
  kind: CorpusKind;
  text: string;
  bytes: number;
}

// mulberry32: tiny, well mixed, and the same in every JavaScript engine.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = {
  latin: 'health code valid until vaccination certificate appointment clinic Jalan Sudirman kode kesehatan berlaku sampai kartu tanda penduduk Jakarta Selatan pension office room 12 bring your ID card and this letter'.split(' '),
  vietnamese: 'Nguyễn Văn An Trần Thị Bích Lê Hoàng căn cước công dân mã sức khỏe hợp lệ đến ngày Phường Bến Nghé Quận 1 Thành phố Hồ Chí Minh Sở Y tế giấy chứng nhận tiêm chủng mũi thứ ba người cao tuổi'.split(' '),
  chinese: '张伟 王芳 健康码 绿码 黄码 有效 北京市 朝阳区 居民身份证 疫苗接种 第三针 社区 卫生服务中心 预约 养老金 领取 核验 通过 老年人'.split(' '),
  thai: 'บัตรประชาชน สุขภาพ ผู้สูงอายุ วัคซีน เข็มที่สาม ใช้ได้ถึง กรุงเทพมหานคร โรงพยาบาล นัดหมาย เบี้ยยังชีพ ตรวจสอบแล้ว นาย สมชาย ใจดี'.split(' '),
  emoji: ['✅', '💉', '🏥', '👵🏽', '👴', '👨‍👩‍👧', '🇻🇳', '🇹🇭', '❤️', '🟢', '📅', '🔒', 'OK', 'Đã tiêm', '已接种', 'แล้ว', 'valid'],
};
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const SAFE = 'abcdefghijklmnopqrstuvwxyz0123456789';
const encoder = new TextEncoder();
const size = (text: string) => encoder.encode(text).length;

/** The longest prefix of `text` (whole code points) that fits in `bytes`. */
function cut(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (size(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

function sentence(next: () => number, list: readonly string[], bytes: number, joiner = ' '): string {
  let text = '';
  while (size(text) < bytes) {
    text += (text ? joiner : '') + list[Math.floor(next() * list.length)];
    // Digits and punctuation, as real notices carry them: ID numbers, dates, commas.
    if (next() < 0.08) text += `, ${Math.floor(next() * 1e12)}`;
  }
  return cut(text, bytes);
}

function url(next: () => number, bytes: number): string {
  const hosts = ['https://dvc.gov.vn', 'https://www.moh.gov.sg', 'https://pedulilindungi.id', 'HTTPS://QR.GOV.VN', 'https://eid.dopa.go.th'];
  let text = hosts[Math.floor(next() * hosts.length)]!;
  const upper = text.startsWith('HTTPS');
  while (size(text) < bytes) {
    const part = Array.from({ length: 2 + Math.floor(next() * 10) }, () => SAFE[Math.floor(next() * SAFE.length)]).join('');
    const r = next();
    if (upper) text += `/${part.toUpperCase()}`;
    else if (r < 0.5) text += `/${part}`;
    else if (r < 0.8) text += `${text.includes('?') ? '&' : '?'}${part.slice(0, 3)}=${part}`;
    else text += `/${encodeURIComponent(words.vietnamese[Math.floor(next() * words.vietnamese.length)]!)}`;
  }
  return cut(text, bytes);
}

function json(next: () => number, bytes: number): string {
  const scripts = [words.latin, words.vietnamese, words.chinese, words.thai, words.emoji];
  const record: Record<string, string | number | boolean> = {};
  const shell = (pad: string) => JSON.stringify({ ...record, p: pad });
  for (let i = 0; ; i++) {
    const list = scripts[Math.floor(next() * scripts.length)]!;
    const value = next() < 0.3 ? Math.floor(next() * 1e9) : sentence(next, list, 4 + Math.floor(next() * 40));
    const key = `k${i}`;
    record[key] = value;
    if (size(shell('')) > bytes) {
      delete record[key];
      break;
    }
  }
  // Padding with ASCII fills the last few bytes exactly, whatever the multi-byte text left over.
  const room = bytes - size(shell(''));
  return room >= 0 ? shell('x'.repeat(room)) : cut(shell(''), bytes);
}

function base45(next: () => number, bytes: number): string {
  let text = 'HC1:';
  while (text.length < bytes) text += BASE45[Math.floor(next() * 45)];
  return text.slice(0, bytes);
}

const kinds: CorpusKind[] = ['latin', 'vietnamese', 'chinese', 'thai', 'emoji', 'url', 'json', 'base45'];

function payload(next: () => number, kind: CorpusKind, bytes: number): string {
  switch (kind) {
    case 'url':
      return url(next, bytes);
    case 'json':
      return json(next, bytes);
    case 'base45':
      return base45(next, bytes);
    case 'emoji':
      return sentence(next, words.emoji, bytes, next() < 0.5 ? ' ' : '');
    case 'chinese':
    case 'thai':
      return sentence(next, words[kind], bytes, next() < 0.5 ? '' : ' ');
    default:
      return sentence(next, words[kind], bytes);
  }
}

/**
 * The corpus: `CORPUS_SIZE` payloads, their target sizes spread evenly over 1..1,200 bytes (one
 * random size in each equal slice, so every QR version in that range is met), the kind drawn at
 * random. Multi-byte text may end up to three bytes short of its target, never over.
 */
export function qrCorpus(): CorpusPayload[] {
  const next = random(CORPUS_SEED);
  const out: CorpusPayload[] = [];
  for (let index = 0; index < CORPUS_SIZE; index++) {
    const slice = CORPUS_MAX_BYTES / CORPUS_SIZE;
    const drawn = Math.min(CORPUS_MAX_BYTES, 1 + Math.floor((index + next()) * slice));
    // Both ends of the range for certain: the smallest payload and the largest.
    const target = index === 0 ? 1 : index === CORPUS_SIZE - 1 ? CORPUS_MAX_BYTES : drawn;
    const kind = kinds[Math.floor(next() * kinds.length)]!;
    let text = payload(next, kind, target);
    // A multi-byte character wider than a tiny target leaves nothing: one ASCII letter instead.
    if (!text) text = 'a';
    out.push({ index, kind, text, bytes: size(text) });
  }
  return out;
}
