import type { Messages } from '@caremode/core';

/** Indonesian strings of @caremode/qr; loaded the first time an element on the page needs them. */
export default {
  // credential-wallet/credential-wallet.strings.ts
  'wallet.choose': 'Tampilkan kode milik siapa',
  // credential/credential.strings.ts
  'cred.label': 'Kartu QR',
  'cred.qr': '{label}: kode QR untuk dipindai',
  'cred.status': 'Status',
  'cred.valid': 'Berlaku',
  'cred.caution': 'Perhatian',
  'cred.stop': 'Berhenti',
  'cred.expired': 'Kedaluwarsa',
  'cred.unknown': 'Status tidak diketahui',
  'cred.name': 'Nama',
  'cred.id': 'Nomor identitas',
  'cred.reveal': 'Tampilkan nama dan nomor',
  'cred.conceal': 'Sembunyikan nama dan nomor',
  'cred.updated': 'Diperbarui {time}',
  'cred.until': 'Berlaku sampai {date}',
  'cred.ended': 'Kedaluwarsa pada {date}',
  'cred.issuer': 'Diterbitkan oleh {issuer}',
  'cred.show': 'Tunjukkan ke petugas',
  'cred.print': 'Cetak salinan kertas',
  'cred.saved': 'Salinan tersimpan di perangkat ini {time}',
  'cred.printed': 'Dicetak {date}',
  'cred.paper': 'Tunjukkan kertas ini kepada petugas. Petugas dapat memindai kode atau memeriksanya secara manual.',
  // qr-code/qr-code.strings.ts
  'qr.label': 'Kode QR untuk dipindai',
  'qr.full': 'Layar penuh',
  'qr.close': 'Tutup',
  'qr.bright': 'Naikkan kecerahan layar agar kode mudah dipindai.',
  'qr.small': 'Terlalu kecil untuk dipindai di sini. Buka dalam layar penuh.',
  'qr.empty': 'Tidak ada kode untuk ditampilkan.',
  'qr.long': 'Isinya terlalu banyak untuk dijadikan kode QR.',
  'qr.text': 'Isinya memuat karakter yang tidak dapat ditampilkan kode QR.',
  'qr.load': 'Kode tidak dapat ditampilkan. Periksa koneksi lalu muat ulang halaman.',
} satisfies Messages;
