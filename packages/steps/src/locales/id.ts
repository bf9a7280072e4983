import type { Messages } from '@caremode/core';

/** Indonesian strings of @caremode/steps; loaded the first time an element on the page needs them. */
export default {
  // checklist/checklist.strings.ts
  'checklist.count': '{done} dari {total} siap',
  'checklist.all': 'Semua sudah siap',
  // guide-json.strings.ts
  'guide.problem-json': 'bukan JSON yang sah',
  'guide.problem-missing': 'tidak ada',
  'guide.problem-type': 'jenis nilainya salah',
  'guide.problem-unknown': 'bukan nilai yang diizinkan',
  // help/help.strings.ts
  'help.title': 'Butuh bantuan?',
  'help.phone': 'Telepon layanan bantuan',
  'help.hours': 'Jam layanan: {hours}',
  'help.centre': 'Dapatkan bantuan langsung di',
  'help.in-person': 'Anda selalu bisa mengurus ini secara langsung, dibantu petugas.',
  'help.assist': 'Minta bantuan orang yang Anda percaya',
  'help.code': 'Berikan kode ini kepada mereka: {code}',
  // internal/shared.strings.ts
  'steps.read': 'Bacakan',
  // step-guide/step-guide.strings.ts
  'guide.progress': 'Langkah {number} dari {total}',
  'guide.back': 'Kembali',
  'guide.continue': 'Lanjutkan',
  'guide.send': 'Konfirmasi dan kirim',
  'guide.sending': 'Sedang mengirim…',
  'guide.failed': 'Jawaban Anda belum terkirim, tetapi tetap tersimpan di perangkat ini. Coba lagi, atau minta bantuan di bawah.',
  'guide.resume-title': 'Lanjutkan yang belum selesai?',
  'guide.resume-text': 'Anda mulai pada {date}. Jawaban Anda tersimpan di perangkat ini.',
  'guide.resume': 'Lanjutkan yang tadi',
  'guide.restart': 'Mulai dari awal',
  'guide.broken': 'Panduan ini tidak dapat ditampilkan',
  'guide.broken-text': 'Ada kesalahan dalam pengaturan panduan ini, bukan karena Anda. Anda tetap bisa mendapat bantuan lewat telepon atau secara langsung.',
  'guide.problem': 'Untuk pengelola situs: {path} {problem}.',
  'guide.problem-load': 'tidak dapat dimuat',
  'guide.problem-duplicate': 'dipakai dua kali',
  'guide.problem-condition': 'bukan syarat yang sah',
  // step/step.strings.ts
  'step.change': 'Ubah',
  // timeout-warning/timeout-warning.strings.ts
  'timeout.title': 'Anda akan segera dikeluarkan',
  'timeout.text': 'Demi keamanan, Anda akan dikeluarkan pada pukul {time}, {left} lagi. Pilih “Tetap masuk” untuk melanjutkan.',
  'timeout.extend': 'Tetap masuk',
  'timeout.extending': 'Mohon tunggu…',
  'timeout.extended': 'Anda tetap masuk hingga pukul {time}.',
  'timeout.failed': 'Sesi belum dapat diperpanjang. Silakan coba lagi.',
  'timeout.ended-title': 'Anda sudah dikeluarkan',
  'timeout.ended': 'Demi keamanan, Anda dikeluarkan pada pukul {time}. Masuk lagi untuk melanjutkan.',
  'timeout.sign-in': 'Masuk lagi',
  'timeout.sign-out': 'Keluar sekarang',
  'timeout.minutes': { other: '{count} menit' },
  'timeout.seconds': { other: '{count} detik' },
} satisfies Messages;
