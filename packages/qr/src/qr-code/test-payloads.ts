/**
 * The payloads every QR test, example and benchmark uses: what portals put in codes. Fixed
 * strings, so a failure names the exact input.
 */

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

// A fixed pseudo-random sequence: the same 1,500 characters on every run.
function base45(length: number): string {
  let seed = 20260115;
  let text = 'HC1:';
  while (text.length < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += BASE45[seed % 45];
  }
  return text;
}

function credentialJson(bytes: number): string {
  const base = {
    v: 1,
    type: 'health-code',
    iss: 'Sở Y tế TP. Hồ Chí Minh',
    sub: { name: 'Nguyễn Văn An', id: '079123456734', dob: '1948-03-02' },
    status: 'valid',
    iat: '2026-01-15T09:00:00+07:00',
    exp: '2026-01-22T09:00:00+07:00',
    sig: '',
  };
  const size = (s: string) => new TextEncoder().encode(s).length;
  base.sig = 'x'.repeat(Math.max(0, bytes - size(JSON.stringify(base))));
  const text = JSON.stringify(base);
  if (size(text) !== bytes) throw new Error(`credential JSON is ${size(text)} bytes, not ${bytes}`);
  return text;
}

export const qrPayloads = {
  url: 'https://dvc.gov.vn/q7',
  json: credentialJson(300),
  base45: base45(1500),
  vietnamese: 'Nguyễn Văn An, Căn cước công dân 079123456734, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
  chinese: '张伟 健康码：绿码 有效 北京市朝阳区 居民身份证 11010519491231002X',
  numeric: '0791234567340123456789012345678901234567',
} as const;

export type QrPayloadName = keyof typeof qrPayloads;
