import type { CareLocale } from '@caremode/core';
import { html } from 'lit';
import { inLocale, texts } from './text.examples.js';

// Activating a level-2 electronic identification account (tài khoản định danh điện tử mức độ 2)
// in the VNeID app: the person applies at the police in person, receives an activation code by
// text message, then activates on their phone. Written as a volunteer would explain it.
const table = texts({
  beforeHeading: { en: 'What you need', vi: 'Bạn cần chuẩn bị gì', 'zh-Hans': '您需要准备什么', id: 'Yang perlu disiapkan' },
  beforeIntro: {
    en: 'A level-2 electronic identity lets you use public services online with the VNeID app instead of paper documents. You apply at the police in person, then activate the account on your phone.',
    vi: 'Tài khoản định danh điện tử mức 2 giúp bạn làm thủ tục hành chính trực tuyến bằng ứng dụng VNeID, thay cho giấy tờ. Bạn đăng ký trực tiếp tại cơ quan Công an, sau đó kích hoạt tài khoản trên điện thoại.',
    'zh-Hans': '二级电子身份账户让您可以用 VNeID 应用在网上办理政务服务，不必再带纸质证件。您需要先到公安机关当面申请，然后在手机上激活账户。',
    id: 'Identitas elektronik tingkat 2 memungkinkan Anda mengurus layanan publik secara daring dengan aplikasi VNeID, tanpa dokumen kertas. Anda mendaftar langsung di kantor polisi, lalu mengaktifkan akun di ponsel.',
  },
  listLabel: { en: 'Have these ready', vi: 'Những thứ cần có', 'zh-Hans': '请准备好', id: 'Siapkan ini' },
  card: {
    en: 'Your chip-based citizen identity card',
    vi: 'Thẻ căn cước công dân gắn chip hoặc thẻ căn cước',
    'zh-Hans': '带芯片的公民身份证',
    id: 'Kartu identitas warga negara (CCCD) berchip',
  },
  sim: {
    en: 'A mobile number registered in your own name',
    vi: 'Số điện thoại di động đứng tên chính chủ của bạn',
    'zh-Hans': '以您本人名义登记的手机号码',
    id: 'Nomor HP yang terdaftar atas nama Anda sendiri',
  },
  smartphone: {
    en: 'A smartphone with the VNeID app installed',
    vi: 'Điện thoại thông minh đã cài ứng dụng VNeID',
    'zh-Hans': '已安装 VNeID 应用的智能手机',
    id: 'Ponsel pintar yang sudah terpasang aplikasi VNeID',
  },
  appliedHeading: { en: 'Applying at the police', vi: 'Đăng ký tại cơ quan Công an', 'zh-Hans': '到公安机关申请', id: 'Mendaftar di kantor polisi' },
  appliedLabel: {
    en: 'Have you already applied for a level-2 account at the police?',
    vi: 'Bạn đã nộp hồ sơ đăng ký tài khoản định danh điện tử mức 2 tại cơ quan Công an chưa?',
    'zh-Hans': '您是否已经在公安机关申请了二级电子身份账户？',
    id: 'Apakah Anda sudah mengajukan akun tingkat 2 di kantor polisi?',
  },
  yesApplied: { en: 'Yes, I have applied', vi: 'Rồi, tôi đã nộp hồ sơ', 'zh-Hans': '是，已经申请了', id: 'Ya, sudah' },
  notYet: { en: 'No, not yet', vi: 'Chưa', 'zh-Hans': '还没有', id: 'Belum' },
  policeHeading: { en: 'Apply at the police first', vi: 'Trước tiên, hãy đến cơ quan Công an', 'zh-Hans': '请先到公安机关申请', id: 'Ajukan dulu di kantor polisi' },
  police1: {
    en: 'Go to the police of the commune or ward where you live. Bring your identity card and your phone.',
    vi: 'Bạn đến Công an xã, phường nơi đang cư trú. Mang theo thẻ căn cước và điện thoại của bạn.',
    'zh-Hans': '请到您居住地的乡、坊公安机关，带上身份证和手机。',
    id: 'Datanglah ke kantor polisi di kelurahan atau desa tempat Anda tinggal. Bawa kartu identitas dan ponsel Anda.',
  },
  police2: {
    en: 'Staff take your photo and fingerprints and fill in the form with you. It costs nothing.',
    vi: 'Cán bộ sẽ chụp ảnh chân dung, thu nhận vân tay và cùng bạn điền phiếu đề nghị. Bạn không phải trả phí.',
    'zh-Hans': '工作人员会为您拍照、采集指纹，并和您一起填写申请表，不收任何费用。',
    id: 'Petugas akan memotret wajah dan mengambil sidik jari Anda, lalu mengisi formulir bersama Anda. Tidak ada biaya.',
  },
  police3: {
    en: 'When your account is approved you get a text message with an activation code. Come back to this guide then: your place is kept.',
    vi: 'Khi hồ sơ được duyệt, bạn sẽ nhận tin nhắn có mã kích hoạt. Lúc đó hãy quay lại hướng dẫn này: phần bạn đã làm vẫn được giữ.',
    'zh-Hans': '账户审核通过后，您会收到含有激活码的短信。届时请回到本指南，您的进度会被保留。',
    id: 'Setelah akun disetujui, Anda akan menerima SMS berisi kode aktivasi. Kembalilah ke panduan ini saat itu: langkah Anda tetap tersimpan.',
  },
  smsHeading: { en: 'Your activation code', vi: 'Mã kích hoạt', 'zh-Hans': '激活码', id: 'Kode aktivasi Anda' },
  smsLabel: {
    en: 'Have you received the text message with your activation code?',
    vi: 'Bạn đã nhận được tin nhắn có mã kích hoạt chưa?',
    'zh-Hans': '您是否已收到含有激活码的短信？',
    id: 'Apakah Anda sudah menerima SMS berisi kode aktivasi?',
  },
  smsYes: { en: 'Yes, I have the message', vi: 'Rồi, tôi đã nhận được', 'zh-Hans': '是，已经收到', id: 'Ya, sudah saya terima' },
  waitHeading: { en: 'Wait for the text message', vi: 'Chờ tin nhắn kích hoạt', 'zh-Hans': '请等待激活短信', id: 'Tunggu SMS aktivasi' },
  wait1: {
    en: 'Checking your application takes some working days. The message comes from the Ministry of Public Security to the number you gave the police.',
    vi: 'Việc xét duyệt hồ sơ cần một số ngày làm việc. Tin nhắn do Bộ Công an gửi đến số điện thoại bạn đã đăng ký.',
    'zh-Hans': '审核申请需要几个工作日。短信由公安部发送到您申请时登记的手机号码。',
    id: 'Pemeriksaan permohonan memerlukan beberapa hari kerja. SMS dikirim oleh Kementerian Keamanan Publik ke nomor yang Anda daftarkan.',
  },
  wait2: {
    en: 'If you have waited a long time, call the help line below or ask at the police where you applied.',
    vi: 'Nếu đã chờ lâu mà chưa nhận được, hãy gọi tổng đài ở dưới hoặc hỏi tại nơi bạn đã nộp hồ sơ.',
    'zh-Hans': '如果等了很久仍未收到，请拨打下方的服务热线，或到您申请的公安机关询问。',
    id: 'Jika sudah lama menunggu, hubungi layanan bantuan di bawah atau tanyakan di kantor polisi tempat Anda mendaftar.',
  },
  detailsHeading: { en: 'Check your numbers', vi: 'Kiểm tra số của bạn', 'zh-Hans': '核对您的号码', id: 'Periksa nomor Anda' },
  detailsIntro: {
    en: 'Type them here first: we check they have the right form, so the app does not turn them away. They stay on this device.',
    vi: 'Hãy nhập thử ở đây trước: chúng tôi kiểm tra số có đúng dạng không, để ứng dụng không báo lỗi. Thông tin chỉ lưu trên thiết bị này.',
    'zh-Hans': '请先在这里输入一遍：我们会检查格式是否正确，以免应用拒绝。这些信息只保存在本设备上。',
    id: 'Ketik dulu di sini: kami memeriksa bentuknya agar aplikasi tidak menolaknya. Data ini hanya tersimpan di perangkat ini.',
  },
  idLabel: { en: 'Personal identification number', vi: 'Số định danh cá nhân', 'zh-Hans': '个人身份号码', id: 'Nomor identitas pribadi' },
  idHint: {
    en: 'The 12 digits on your identity card',
    vi: '12 chữ số in trên thẻ căn cước của bạn',
    'zh-Hans': '身份证上的 12 位数字',
    id: '12 angka yang tertera di kartu identitas Anda',
  },
  phoneLabel: { en: 'The mobile number you gave the police', vi: 'Số điện thoại bạn đã đăng ký với Công an', 'zh-Hans': '您向公安机关登记的手机号码', id: 'Nomor HP yang Anda daftarkan ke polisi' },
  appHeading: { en: 'Activate in the VNeID app', vi: 'Kích hoạt trên ứng dụng VNeID', 'zh-Hans': '在 VNeID 应用中激活', id: 'Aktifkan di aplikasi VNeID' },
  app1: {
    en: 'Open VNeID and tap “Kích hoạt tài khoản định danh điện tử” (activate electronic identity account).',
    vi: 'Mở ứng dụng VNeID, chọn “Kích hoạt tài khoản định danh điện tử”.',
    'zh-Hans': '打开 VNeID，点击“Kích hoạt tài khoản định danh điện tử”（激活电子身份账户）。',
    id: 'Buka VNeID, lalu ketuk “Kích hoạt tài khoản định danh điện tử” (aktifkan akun identitas elektronik).',
  },
  app2: {
    en: 'Type your personal identification number and mobile number, then tap “Gửi yêu cầu” (send request).',
    vi: 'Nhập số định danh cá nhân và số điện thoại, rồi chọn “Gửi yêu cầu”.',
    'zh-Hans': '输入个人身份号码和手机号码，然后点击“Gửi yêu cầu”（发送请求）。',
    id: 'Ketik nomor identitas pribadi dan nomor HP Anda, lalu ketuk “Gửi yêu cầu” (kirim permintaan).',
  },
  app3: {
    en: 'Type the activation code from the text message.',
    vi: 'Nhập mã kích hoạt trong tin nhắn.',
    'zh-Hans': '输入短信中的激活码。',
    id: 'Ketik kode aktivasi dari SMS.',
  },
  app4: {
    en: 'Choose a password and a 6-digit passcode that only you know, and type each twice.',
    vi: 'Đặt mật khẩu và mã passcode 6 số chỉ mình bạn biết, nhập mỗi loại hai lần.',
    'zh-Hans': '设置只有您自己知道的密码和 6 位数字密码，每个输入两遍。',
    id: 'Buat kata sandi dan kode sandi 6 angka yang hanya Anda ketahui, lalu ketik masing-masing dua kali.',
  },
  appWarning: {
    en: 'Never tell anyone your passcode or the code in the text message. The police and officials never ask for them.',
    vi: 'Không bao giờ cho ai biết passcode hoặc mã trong tin nhắn. Công an và cán bộ không bao giờ hỏi những mã này.',
    'zh-Hans': '千万不要把密码或短信验证码告诉任何人。公安和工作人员从不会索要这些号码。',
    id: 'Jangan pernah memberi tahu siapa pun kode sandi atau kode dari SMS. Polisi dan petugas tidak pernah memintanya.',
  },
  appDone: { en: 'I have activated my account', vi: 'Tôi đã kích hoạt xong', 'zh-Hans': '我已完成激活', id: 'Akun saya sudah aktif' },
  doneHeading: { en: 'Your account is ready', vi: 'Tài khoản của bạn đã sẵn sàng', 'zh-Hans': '您的账户已可以使用', id: 'Akun Anda sudah siap' },
  done1: {
    en: 'You can now sign in to the National Public Service Portal and other public services with VNeID, and show your identity card in the app.',
    vi: 'Từ nay bạn có thể đăng nhập Cổng Dịch vụ công quốc gia và các dịch vụ công khác bằng VNeID, và xuất trình thẻ căn cước trên ứng dụng.',
    'zh-Hans': '现在您可以用 VNeID 登录国家公共服务门户和其他政务服务，也可以在应用中出示身份证。',
    id: 'Sekarang Anda bisa masuk ke Portal Layanan Publik Nasional dan layanan publik lain dengan VNeID, serta menunjukkan kartu identitas di aplikasi.',
  },
  helpHours: { en: 'every day', vi: 'tất cả các ngày trong tuần', 'zh-Hans': '每天', id: 'setiap hari' },
  helpCentre: {
    en: 'The police of the commune or ward where you live',
    vi: 'Công an xã, phường nơi bạn cư trú',
    'zh-Hans': '您居住地的乡、坊公安机关',
    id: 'Kantor polisi di kelurahan atau desa tempat Anda tinggal',
  },
});

export interface VneidOptions {
  guideId?: string;
  urlHash?: boolean;
}

/** The VNeID level-2 activation guide, written in HTML (the way a portal's own templates would). */
export function renderVneid(locale: CareLocale, { guideId = `vneid-level2-${locale}`, urlHash = false }: VneidOptions = {}) {
  const t = inLocale(table, locale);
  const ready = 'applied=yes & sms=yes';
  return html`<care-step-guide guide-id=${guideId} ?url-hash=${urlHash}>
    <care-step name="before" heading=${t.beforeHeading}>
      <p>${t.beforeIntro}</p>
      <care-checklist label=${t.listLabel} list-id="${guideId}-documents">
        <span data-key="card">${t.card}</span>
        <span data-key="sim">${t.sim}</span>
        <span data-key="smartphone">${t.smartphone}</span>
      </care-checklist>
    </care-step>
    <care-step name="applied" heading=${t.appliedHeading}>
      <form>
        <care-error-summary></care-error-summary>
        <care-radio-group name="applied" label=${t.appliedLabel} required>
          <care-radio value="yes">${t.yesApplied}</care-radio>
          <care-radio value="no">${t.notYet}</care-radio>
        </care-radio-group>
      </form>
    </care-step>
    <care-step name="go-to-police" heading=${t.policeHeading} show-if="applied=no">
      <p>${t.police1}</p>
      <p>${t.police2}</p>
      <p>${t.police3}</p>
    </care-step>
    <care-step name="sms" heading=${t.smsHeading} show-if="applied=yes">
      <form>
        <care-error-summary></care-error-summary>
        <care-radio-group name="sms" label=${t.smsLabel} required>
          <care-radio value="yes">${t.smsYes}</care-radio>
          <care-radio value="no">${t.notYet}</care-radio>
        </care-radio-group>
      </form>
    </care-step>
    <care-step name="wait" heading=${t.waitHeading} show-if="applied=yes & sms=no">
      <p>${t.wait1}</p>
      <p>${t.wait2}</p>
    </care-step>
    <care-step name="numbers" heading=${t.detailsHeading} show-if=${ready}>
      <p>${t.detailsIntro}</p>
      <form>
        <care-error-summary></care-error-summary>
        <care-id-number-field name="idNumber" kind="vn-cccd" label=${t.idLabel} hint=${t.idHint} required></care-id-number-field>
        <care-phone-field name="phone" country="vn" mobile-only label=${t.phoneLabel} required></care-phone-field>
      </form>
    </care-step>
    <care-step name="activate" heading=${t.appHeading} show-if=${ready} continue-label=${t.appDone}>
      <ol>
        <li>${t.app1}</li>
        <li>${t.app2}</li>
        <li>${t.app3}</li>
        <li>${t.app4}</li>
      </ol>
      <p><strong>${t.appWarning}</strong></p>
    </care-step>
    <care-step name="done" kind="done" heading=${t.doneHeading} show-if=${ready}>
      <p>${t.done1}</p>
    </care-step>
    <care-help slot="help" phone="1900 0368" hours=${t.helpHours} centre=${t.helpCentre}></care-help>
  </care-step-guide>`;
}
