import type { Messages } from '@caremode/core';

/** Indonesian strings of @caremode/read-aloud; loaded the first time an element on the page needs them. */
export default {
  // read-aloud/read-aloud.strings.ts
  'readAloud.play': 'Bacakan',
  'readAloud.slower': 'Lebih lambat',
  'readAloud.faster': 'Lebih cepat',
  'readAloud.speed': 'Kecepatan {rate}×',
  // tap-to-read/tap-to-read.strings.ts
  'tapToRead.label': 'Ketuk untuk dengar',
  'tapToRead.on': 'Aktif',
  'tapToRead.off': 'Mati',
  'tapToRead.hint': 'Ketuk atau arahkan ke teks atau kolom mana pun untuk mendengarnya. Tombol dan tautan tetap berfungsi seperti biasa. Tekan Esc untuk berhenti.',
} satisfies Messages;
