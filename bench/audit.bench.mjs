// caremode-audit on a 50-page fixture site: pages per minute, and the elder rule pack's cost
// over axe alone on the same pages (goal: <= 1.25x).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, elderRuleIds, passRuleIds } from '../packages/audit/lib/index.js';

const PAGES = 50;

// A portal page as they come: a header, a news list, a form with labels and one legacy control.
const page = (i) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Dịch vụ công ${i}</title><style>body{font:16px sans-serif;margin:0}header,main{padding:12px}input,button{font:inherit;padding:6px}</style></head>
<body><header><a href="index.html">Cổng dịch vụ công</a> <nav><a href="p${(i + 1) % PAGES}.html">Trang tiếp</a></nav></header>
<main><h1>Thủ tục số ${i}</h1><p>Đăng ký khai sinh, kết hôn, thường trú và các thủ tục hành chính khác.</p>
<ul>${Array.from({ length: 8 }, (_, n) => `<li><a href="p${(i + n) % PAGES}.html">Tin tức ${n}: hướng dẫn nộp hồ sơ trực tuyến</a></li>`).join('')}</ul>
<form><label for="n${i}">Họ và tên</label><input id="n${i}" name="n" autocomplete="name">
<label for="p${i}">Số điện thoại</label><input id="p${i}" name="p" type="tel" placeholder="0912 345 678">
<button>Gửi</button></form></main></body></html>`;

async function timed(options) {
  const start = performance.now();
  const result = await audit(options);
  return { seconds: (performance.now() - start) / 1000, pages: result.pages.length };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'caremode-audit-bench-'));
  try {
    for (let i = 0; i < PAGES; i++) writeFileSync(join(dir, `p${i}.html`), page(i));
    const base = { targets: [dir], mode: 'default', viewport: 'phone', concurrency: 2, format: 'json' };
    const axeOnly = Object.fromEntries([...elderRuleIds, ...passRuleIds].map((id) => [id, false]));
    const both = await timed(base);
    const plain = await timed({ ...base, rules: axeOnly });
    console.log(`caremode-audit on ${PAGES} pages (phone, default mode, concurrency 2):`);
    console.log(`  axe + elder rules: ${both.seconds.toFixed(1)} s, ${((both.pages / both.seconds) * 60).toFixed(0)} pages/min`);
    console.log(`  axe alone:         ${plain.seconds.toFixed(1)} s, ${((plain.pages / plain.seconds) * 60).toFixed(0)} pages/min`);
    console.log(`  elder pack overhead: ${(both.seconds / plain.seconds).toFixed(2)}x (goal <= 1.25x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
