import type { Messages } from '@caremode/core';

/** Indonesian strings of @caremode/forms; loaded the first time an element on the page needs them. */
export default {
  // button/button.strings.ts
  'button.busy': 'Mohon tunggu',
  // checkbox/checkbox.strings.ts
  'checkbox.required': '{label}: mohon centang kotak ini',
  'checkbox-group.required': '{label}: mohon pilih paling sedikit satu',
  // code-field/code-field.strings.ts
  'code-field.expires-in': 'Kode kedaluwarsa {time}',
  'code-field.expires-soon': 'Kode kedaluwarsa dalam kurang dari satu menit',
  'code-field.expired': 'Kode sudah kedaluwarsa',
  'code-field.resend': 'Kirim kode baru',
  'code-field.extend': 'Minta tambahan waktu',
  'code-field.digits': 'Kode hanya berisi angka. Hapus huruf atau tanda lainnya.',
  'code-field.characters': 'Kode hanya berisi huruf dan angka.',
  'code-field.length': { other: 'Kode terdiri dari {count} angka. Anda memasukkan {actual} angka.' },
  'code-field.length-characters': { other: 'Kode terdiri dari {count} karakter. Anda memasukkan {actual} karakter.' },
  // date-field/date-field.strings.ts
  'date-field.day': 'Tanggal',
  'date-field.month': 'Bulan',
  'date-field.year': 'Tahun',
  'date-field.example': 'Contoh: {example}',
  // error-summary/error-summary.strings.ts
  'summary.title': 'Ada yang perlu diperbaiki',
  'summary.fixed': 'Terima kasih. Semua sudah diisi dengan benar.',
  // form-draft/form-draft.strings.ts
  'draft.title': 'Lanjutkan yang belum selesai?',
  'draft.saved': 'Anda mulai mengisi formulir ini pada {date}. Isian Anda disimpan di perangkat ini.',
  'draft.continue': 'Lanjutkan isian saya',
  'draft.restart': 'Mulai dari awal',
  'draft.restored': 'Isian Anda sudah dikembalikan ke formulir.',
  // internal/field.strings.ts
  'field.error-prefix': 'Kesalahan:',
  'field.optional': '(tidak wajib)',
  'field.required': '{label}: mohon diisi',
  'field.too-long': { other: 'Gunakan paling banyak {count} karakter' },
  'field.too-short': { other: 'Gunakan paling sedikit {count} karakter' },
  'field.pattern': 'Isi sesuai format pada petunjuk',
  'field.email': 'Masukkan alamat email seperti nama@example.com',
  'field.url': 'Masukkan alamat situs seperti https://example.com',
  'field.count-left': { other: 'Sisa {count} karakter' },
  'field.count-over': { other: 'Kelebihan {count} karakter' },
  // radio-group/radio-group.strings.ts
  'radio-group.required': '{label}: mohon pilih salah satu jawaban',
  // select/select.strings.ts
  'select.choose': 'Pilih…',
  'select.required': '{label}: mohon pilih dari daftar',
  // validators/cn-resident.strings.ts
  'validators.cn-resident.empty': 'Masukkan nomor kartu identitas penduduk Tiongkok (居民身份证).',
  'validators.cn-resident.characters': 'Nomor kartu hanya berisi angka; karakter terakhir boleh huruf X.',
  'validators.cn-resident.length': { other: 'Nomor kartu terdiri dari {count} karakter. Anda memasukkan {actual} karakter.' },
  'validators.cn-resident.region': '6 angka pertama bukan kode wilayah di Tiongkok. Periksa lagi nomor pada kartu Anda.',
  'validators.cn-resident.birth-date': 'Angka ke-7 sampai ke-14 seharusnya tanggal lahir (tahun, bulan, tanggal), tetapi ini bukan tanggal yang ada. Periksa lagi nomor pada kartu Anda.',
  'validators.cn-resident.check': 'Karakter terakhir tidak cocok dengan angka lainnya. Periksa lagi nomor pada kartu Anda.',
  // validators/date.strings.ts
  'validators.date.empty': 'Masukkan tanggal.',
  'validators.date.missing-day': 'Isi kolom tanggal.',
  'validators.date.missing-month': 'Isi kolom bulan.',
  'validators.date.missing-year': 'Isi kolom tahun.',
  'validators.date.day': 'Tanggal harus antara {min} dan {max}.',
  'validators.date.month': 'Bulan harus antara {min} dan {max}.',
  'validators.date.year': { other: 'Tahun harus terdiri dari {count} angka, misalnya {example}.' },
  'validators.date.no-such-day': 'Tidak ada tanggal {day} {monthName}.',
  'validators.date.not-leap': 'Tidak ada tanggal 29 Februari pada tahun {year}.',
  'validators.date.before-min': 'Tanggal harus {min} atau sesudahnya.',
  'validators.date.after-max': 'Tanggal harus {max} atau sebelumnya.',
  // validators/id-nik.strings.ts
  'validators.id-nik.empty': 'Masukkan NIK (Nomor Induk Kependudukan).',
  'validators.id-nik.characters': 'NIK hanya berisi angka. Hapus huruf atau tanda lainnya.',
  'validators.id-nik.length': { other: 'NIK terdiri dari {count} angka. Anda memasukkan {actual} angka.' },
  'validators.id-nik.province': '2 angka pertama bukan kode provinsi. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',
  'validators.id-nik.region': 'Angka ke-3 sampai ke-6 adalah kode kabupaten/kota dan kecamatan, dan tidak boleh 00. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',
  'validators.id-nik.birth-date': 'Angka ke-7 sampai ke-12 seharusnya tanggal lahir (tanggal, bulan, tahun; untuk perempuan tanggalnya ditambah 40), tetapi ini bukan tanggal yang ada. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',
  'validators.id-nik.serial': '4 angka terakhir tidak boleh 0000. Periksa lagi nomor pada KTP atau Kartu Keluarga Anda.',
  // validators/phone.strings.ts
  'validators.phone.empty': 'Masukkan nomor telepon.',
  'validators.phone.characters': 'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, dan tanda + di depan.',
  'validators.phone.country-code': 'Nomor ini memakai kode negara lain. Nomor di sini diawali {expected}, atau tanpa kode negara.',
  'validators.phone.length': { other: 'Nomor harus terdiri dari {count} angka, misalnya {example}.' },
  'validators.phone.length-range': { other: 'Nomor harus terdiri dari {min} sampai {max} angka, misalnya {example}.' },
  'validators.phone.unknown.vn': 'Ini bukan nomor telepon Vietnam. Nomor HP di sana diawali 03, 05, 07, 08 atau 09. Nomor telepon rumah diawali 02.',
  'validators.phone.unknown.cn': 'Ini bukan nomor telepon Tiongkok. Nomor HP di sana terdiri dari 11 angka dan diawali 13 sampai 19. Nomor telepon rumah diawali kode wilayah, misalnya 010.',
  'validators.phone.unknown.id': 'Ini bukan nomor HP Indonesia. Nomor HP diawali 08, atau +62 8.',
  'validators.phone.landline': 'Ini sepertinya nomor telepon rumah. Silakan masukkan nomor HP.',
  'validators.phone.vn-old-number': 'Ini nomor lama dengan 11 angka. Sejak 2018 nomornya menjadi {suggestion}.',
  'validators.phone.unsupported-country': 'Formulir ini tidak dapat memeriksa nomor telepon dari negara ini.',
  // validators/vn-cccd.strings.ts
  'validators.vn-cccd.empty': 'Masukkan nomor kartu identitas warga Vietnam (căn cước công dân).',
  'validators.vn-cccd.characters': 'Nomor kartu hanya berisi angka. Hapus huruf atau tanda lainnya.',
  'validators.vn-cccd.length': { other: 'Nomor kartu terdiri dari {count} angka. Anda memasukkan {actual} angka.' },
  'validators.vn-cccd.province': '3 angka pertama bukan kode provinsi. Periksa lagi nomor pada kartu Anda.',
  'validators.vn-cccd.birth-year': 'Angka ke-4 sampai ke-6 tidak mungkin tahun lahir. Periksa lagi nomor pada kartu Anda.',
  'validators.vn-cccd.birth-year-mismatch': 'Nomor kartu ini milik orang yang lahir tahun {year}. Periksa lagi nomor kartu dan tahun lahir.',
} satisfies Messages;
