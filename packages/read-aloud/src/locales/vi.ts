import type { Messages } from '@caremode/core';

/** Vietnamese strings of @caremode/read-aloud; loaded the first time an element on the page needs them. */
export default {
  // read-aloud/read-aloud.strings.ts
  'readAloud.play': 'Đọc to',
  'readAloud.slower': 'Chậm hơn',
  'readAloud.faster': 'Nhanh hơn',
  'readAloud.speed': 'Tốc độ {rate}×',
  // tap-to-read/tap-to-read.strings.ts
  'tapToRead.label': 'Chạm để nghe',
  'tapToRead.on': 'Bật',
  'tapToRead.off': 'Tắt',
  'tapToRead.hint': 'Chạm hoặc trỏ vào chữ hay ô nhập bất kỳ để nghe đọc. Nút và liên kết vẫn dùng như bình thường. Phím Esc để dừng đọc.',
} satisfies Messages;
