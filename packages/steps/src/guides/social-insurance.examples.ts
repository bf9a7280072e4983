import type { CareLocale } from '@caremode/core';
import { html } from 'lit';
import { inLocale, texts } from './text.examples.js';

// Paying voluntary social insurance (bảo hiểm xã hội tự nguyện) in Vietnam: the person pays a
// share of an income level they choose (22%), the State pays part of it (30% for poor
// households, 25% for near-poor, 10% for others), monthly or for several months at once,
// online or in person at a post office or collection agent.
const table = texts({
  aboutHeading: { en: 'Before you pay', vi: 'Trước khi đóng tiền', 'zh-Hans': '缴费之前', id: 'Sebelum membayar' },
  about1: {
    en: 'Voluntary social insurance builds your pension, and pays a funeral allowance and survivors’ benefit to your family. You choose the income you pay on and how often you pay.',
    vi: 'Bảo hiểm xã hội tự nguyện giúp bạn có lương hưu khi về già, và gia đình được hưởng trợ cấp mai táng, tử tuất. Bạn tự chọn mức thu nhập làm căn cứ đóng và cách đóng.',
    'zh-Hans': '自愿社会保险让您老了有养老金，家人也能领取丧葬补助和遗属抚恤金。缴费基数和缴费方式由您自己选择。',
    id: 'Asuransi sosial sukarela memberi Anda pensiun di hari tua, serta tunjangan pemakaman dan santunan bagi keluarga. Anda sendiri memilih dasar penghasilan dan cara membayarnya.',
  },
  about2: {
    en: 'You pay 22% of the income you choose. On the lowest level, 1,500,000 đồng a month, that is 330,000 đồng a month before the State’s support.',
    vi: 'Mức đóng bằng 22% mức thu nhập bạn chọn. Với mức thấp nhất là 1.500.000 đồng/tháng, bạn đóng 330.000 đồng/tháng, chưa trừ phần Nhà nước hỗ trợ.',
    'zh-Hans': '缴费金额为所选收入的 22%。按最低档每月 1,500,000 越南盾计算，每月缴纳 330,000 越南盾（未扣除国家补贴）。',
    id: 'Iurannya 22% dari penghasilan yang Anda pilih. Pada tingkat terendah, 1.500.000 đồng per bulan, iurannya 330.000 đồng per bulan sebelum dikurangi bantuan negara.',
  },
  numberHeading: { en: 'Your social insurance number', vi: 'Mã số bảo hiểm xã hội', 'zh-Hans': '您的社会保险号码', id: 'Nomor asuransi sosial Anda' },
  nameLabel: { en: 'Full name', vi: 'Họ, chữ đệm và tên', 'zh-Hans': '姓名', id: 'Nama lengkap' },
  numberLabel: { en: 'Social insurance number', vi: 'Mã số bảo hiểm xã hội', 'zh-Hans': '社会保险号码', id: 'Nomor asuransi sosial' },
  numberHint: {
    en: '10 digits, in the VssID app or on your social insurance book',
    vi: 'Gồm 10 chữ số, có trên ứng dụng VssID hoặc sổ bảo hiểm xã hội',
    'zh-Hans': '10 位数字，可在 VssID 应用或社会保险手册上找到',
    id: '10 angka, ada di aplikasi VssID atau buku asuransi sosial Anda',
  },
  supportHeading: { en: 'Support from the State', vi: 'Nhà nước hỗ trợ', 'zh-Hans': '国家补贴', id: 'Bantuan dari negara' },
  supportLabel: { en: 'Which applies to your household?', vi: 'Hộ gia đình bạn thuộc diện nào?', 'zh-Hans': '您的家庭属于哪一类？', id: 'Mana yang sesuai untuk rumah tangga Anda?' },
  poor: { en: 'Poor household', vi: 'Hộ nghèo', 'zh-Hans': '贫困户', id: 'Rumah tangga miskin' },
  poorNote: { en: 'The State pays 30% of your contribution', vi: 'Nhà nước hỗ trợ 30% mức đóng', 'zh-Hans': '国家补贴缴费的 30%', id: 'Negara membayar 30% iuran Anda' },
  nearPoor: { en: 'Near-poor household', vi: 'Hộ cận nghèo', 'zh-Hans': '近贫困户', id: 'Rumah tangga hampir miskin' },
  nearPoorNote: { en: 'The State pays 25% of your contribution', vi: 'Nhà nước hỗ trợ 25% mức đóng', 'zh-Hans': '国家补贴缴费的 25%', id: 'Negara membayar 25% iuran Anda' },
  other: { en: 'Neither', vi: 'Không thuộc hai diện trên', 'zh-Hans': '都不是', id: 'Bukan keduanya' },
  otherNote: { en: 'The State pays 10% of your contribution', vi: 'Nhà nước hỗ trợ 10% mức đóng', 'zh-Hans': '国家补贴缴费的 10%', id: 'Negara membayar 10% iuran Anda' },
  periodHeading: { en: 'How often you pay', vi: 'Phương thức đóng', 'zh-Hans': '缴费周期', id: 'Seberapa sering membayar' },
  periodLabel: { en: 'How often do you want to pay?', vi: 'Bạn muốn đóng theo phương thức nào?', 'zh-Hans': '您想多久缴一次？', id: 'Seberapa sering Anda ingin membayar?' },
  monthly: { en: 'Every month', vi: 'Hằng tháng', 'zh-Hans': '每月', id: 'Setiap bulan' },
  quarterly: { en: 'Every 3 months', vi: '3 tháng một lần', 'zh-Hans': '每 3 个月', id: 'Setiap 3 bulan' },
  halfYearly: { en: 'Every 6 months', vi: '6 tháng một lần', 'zh-Hans': '每 6 个月', id: 'Setiap 6 bulan' },
  yearly: { en: 'Once a year', vi: '12 tháng một lần', 'zh-Hans': '每年一次', id: 'Setahun sekali' },
  incomeLabel: { en: 'Income you pay on, in đồng a month', vi: 'Mức thu nhập làm căn cứ đóng (đồng/tháng)', 'zh-Hans': '缴费基数（越南盾/月）', id: 'Dasar penghasilan (đồng per bulan)' },
  incomeHint: { en: 'At least 1,500,000', vi: 'Thấp nhất 1.500.000', 'zh-Hans': '最低 1,500,000', id: 'Paling sedikit 1.500.000' },
  methodHeading: { en: 'How you pay', vi: 'Cách nộp tiền', 'zh-Hans': '付款方式', id: 'Cara membayar' },
  methodLabel: { en: 'How do you want to pay?', vi: 'Bạn muốn nộp tiền bằng cách nào?', 'zh-Hans': '您想怎样付款？', id: 'Bagaimana Anda ingin membayar?' },
  online: { en: 'Online now, by bank card, banking app or e-wallet', vi: 'Trực tuyến ngay, bằng thẻ ngân hàng, ứng dụng ngân hàng hoặc ví điện tử', 'zh-Hans': '现在在线支付：银行卡、手机银行或电子钱包', id: 'Daring sekarang, dengan kartu bank, aplikasi bank, atau dompet digital' },
  inPerson: { en: 'In person, at a post office or collection agent', vi: 'Trực tiếp tại bưu điện hoặc đại lý thu', 'zh-Hans': '到邮局或代收点当面缴纳', id: 'Langsung di kantor pos atau agen penerimaan' },
  inPersonNote: { en: 'Staff fill in the form with you', vi: 'Nhân viên sẽ cùng bạn điền tờ khai', 'zh-Hans': '工作人员会和您一起填写表格', id: 'Petugas akan mengisi formulir bersama Anda' },
  reviewHeading: { en: 'Check your answers', vi: 'Kiểm tra lại thông tin', 'zh-Hans': '核对您填写的信息', id: 'Periksa jawaban Anda' },
  reviewText: {
    en: 'Choose “Change” next to anything that is wrong. Nothing is paid until you confirm.',
    vi: 'Chọn “Thay đổi” ở mục cần sửa. Bạn chưa phải trả tiền cho đến khi xác nhận.',
    'zh-Hans': '如有错误，请点击旁边的“修改”。确认之前不会扣款。',
    id: 'Pilih “Ubah” di samping jawaban yang salah. Belum ada pembayaran sebelum Anda mengonfirmasi.',
  },
  onlineDoneHeading: { en: 'Go to the payment page', vi: 'Chuyển đến trang thanh toán', 'zh-Hans': '前往付款页面', id: 'Lanjut ke halaman pembayaran' },
  onlineDone: {
    en: 'Your request is recorded. On the payment page, check that the amount is right and that the money goes to Bảo hiểm xã hội Việt Nam before you pay. The payment shows in VssID within a few working days.',
    vi: 'Yêu cầu của bạn đã được ghi nhận. Ở trang thanh toán, hãy kiểm tra số tiền và đơn vị nhận là Bảo hiểm xã hội Việt Nam trước khi trả. Khoản đóng sẽ hiện trên VssID sau vài ngày làm việc.',
    'zh-Hans': '您的申请已记录。付款前请在付款页面核对金额，并确认收款单位是越南社会保险（Bảo hiểm xã hội Việt Nam）。缴费记录会在几个工作日内显示在 VssID 中。',
    id: 'Permintaan Anda sudah dicatat. Di halaman pembayaran, periksa jumlahnya dan pastikan penerimanya Bảo hiểm xã hội Việt Nam sebelum membayar. Pembayaran akan muncul di VssID dalam beberapa hari kerja.',
  },
  payBefore: { en: 'Pay on the ', vi: 'Thanh toán trên ', 'zh-Hans': '请在', id: 'Bayar di ' },
  payLink: { en: 'National Public Service Portal', vi: 'Cổng Dịch vụ công quốc gia', 'zh-Hans': '国家公共服务门户', id: 'Portal Layanan Publik Nasional' },
  payAfter: { en: '.', vi: '.', 'zh-Hans': '上付款。', id: '.' },
  agentDoneHeading: { en: 'Pay at a post office', vi: 'Nộp tiền tại bưu điện', 'zh-Hans': '到邮局缴费', id: 'Bayar di kantor pos' },
  agentDone: {
    en: 'Your request is recorded. Take your identity card and your social insurance number to a post office or collection agent. Keep the receipt they give you.',
    vi: 'Yêu cầu của bạn đã được ghi nhận. Hãy mang thẻ căn cước và mã số bảo hiểm xã hội đến bưu điện hoặc đại lý thu. Giữ lại biên lai được đưa cho bạn.',
    'zh-Hans': '您的申请已记录。请带上身份证和社会保险号码到邮局或代收点缴费，并保存好收据。',
    id: 'Permintaan Anda sudah dicatat. Bawa kartu identitas dan nomor asuransi sosial Anda ke kantor pos atau agen penerimaan. Simpan tanda terima yang diberikan.',
  },
  helpHours: { en: 'working days, office hours', vi: 'giờ hành chính các ngày làm việc', 'zh-Hans': '工作日办公时间', id: 'hari kerja, jam kantor' },
  helpCentre: {
    en: 'Your district social insurance office, or the nearest post office',
    vi: 'Bảo hiểm xã hội cơ sở nơi bạn cư trú, hoặc bưu điện gần nhất',
    'zh-Hans': '您所在地的基层社会保险机构，或最近的邮局',
    id: 'Kantor asuransi sosial setempat, atau kantor pos terdekat',
  },
});

export interface SocialInsuranceOptions {
  guideId?: string;
}

/** Paying voluntary social insurance: review with Change links, and a completion step per way of paying. */
export function renderSocialInsurance(locale: CareLocale, { guideId = `voluntary-social-insurance-${locale}` }: SocialInsuranceOptions = {}) {
  const t = inLocale(table, locale);
  return html`<care-step-guide guide-id=${guideId}>
    <care-step name="about" heading=${t.aboutHeading}>
      <p>${t.about1}</p>
      <p>${t.about2}</p>
    </care-step>
    <care-step name="number" heading=${t.numberHeading}>
      <form>
        <care-error-summary></care-error-summary>
        <care-text-field name="fullName" label=${t.nameLabel} autocomplete="name" required></care-text-field>
        <care-text-field name="insuranceNumber" label=${t.numberLabel} hint=${t.numberHint} inputmode="numeric" pattern="[0-9]{10}" maxlength="10" required></care-text-field>
      </form>
    </care-step>
    <care-step name="support" heading=${t.supportHeading}>
      <form>
        <care-error-summary></care-error-summary>
        <care-radio-group name="household" label=${t.supportLabel} required>
          <care-radio value="poor" description=${t.poorNote}>${t.poor}</care-radio>
          <care-radio value="near-poor" description=${t.nearPoorNote}>${t.nearPoor}</care-radio>
          <care-radio value="other" description=${t.otherNote}>${t.other}</care-radio>
        </care-radio-group>
      </form>
    </care-step>
    <care-step name="period" heading=${t.periodHeading}>
      <form>
        <care-error-summary></care-error-summary>
        <care-radio-group name="period" label=${t.periodLabel} required>
          <care-radio value="1">${t.monthly}</care-radio>
          <care-radio value="3">${t.quarterly}</care-radio>
          <care-radio value="6">${t.halfYearly}</care-radio>
          <care-radio value="12">${t.yearly}</care-radio>
        </care-radio-group>
        <care-text-field name="income" label=${t.incomeLabel} hint=${t.incomeHint} inputmode="numeric" value="1500000" required></care-text-field>
      </form>
    </care-step>
    <care-step name="method" heading=${t.methodHeading}>
      <form>
        <care-error-summary></care-error-summary>
        <care-radio-group name="method" label=${t.methodLabel} required>
          <care-radio value="online">${t.online}</care-radio>
          <care-radio value="in-person" description=${t.inPersonNote}>${t.inPerson}</care-radio>
        </care-radio-group>
      </form>
    </care-step>
    <care-step name="check" kind="review" heading=${t.reviewHeading}>
      <p>${t.reviewText}</p>
    </care-step>
    <care-step name="pay-online" kind="done" heading=${t.onlineDoneHeading} show-if="method=online">
      <p>${t.onlineDone}</p>
      <p>${t.payBefore}<a href="https://dichvucong.gov.vn/p/home/dvc-thanh-toan-truc-tuyen.html">${t.payLink}</a>${t.payAfter}</p>
    </care-step>
    <care-step name="pay-in-person" kind="done" heading=${t.agentDoneHeading} show-if="method=in-person">
      <p>${t.agentDone}</p>
    </care-step>
    <care-help slot="help" phone="1900 9068" hours=${t.helpHours} centre=${t.helpCentre}></care-help>
  </care-step-guide>`;
}
