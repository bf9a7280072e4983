import { careLocales, type CareLocale } from '@caremode/core';
import type { GuideDefinition } from '../internal/definition.js';
import { inLocale, texts } from './text.examples.js';

// Registering a birth online in Vietnam (đăng ký khai sinh trực tuyến), as the National Public
// Service Portal offers it together with permanent residence and the child's health insurance
// card. Within 60 days of the birth it is free. A grandparent or other relative may register
// with a parent's written authorisation, which then needs no certification.
/** The guide's words in four languages; the single-step examples reuse them. */
export const birthRegistrationTexts = texts({
  beforeHeading: { en: 'Before you start', vi: 'Trước khi bắt đầu', 'zh-Hans': '开始之前', id: 'Sebelum mulai' },
  before1: {
    en: 'Register the birth within 60 days. Registering on time costs nothing. It takes about 15 minutes.',
    vi: 'Hãy đăng ký khai sinh trong vòng 60 ngày kể từ ngày sinh. Đăng ký đúng hạn không mất phí. Việc khai mất khoảng 15 phút.',
    'zh-Hans': '请在孩子出生后 60 天内办理出生登记。按时登记免费，填写大约需要 15 分钟。',
    id: 'Daftarkan kelahiran dalam 60 hari. Pendaftaran tepat waktu tidak dipungut biaya. Pengisiannya sekitar 15 menit.',
  },
  before2: {
    en: 'With the birth certificate, your child is also registered at your permanent address and gets a health insurance card.',
    vi: 'Cùng với giấy khai sinh, trẻ được đăng ký thường trú và cấp thẻ bảo hiểm y tế.',
    'zh-Hans': '办理出生证明的同时，孩子也会登记常住户口并领取医疗保险卡。',
    id: 'Bersama akta kelahiran, anak juga didaftarkan di alamat tetap Anda dan mendapat kartu asuransi kesehatan.',
  },
  listLabel: { en: 'Have these ready (a clear photo of each)', vi: 'Chuẩn bị sẵn (ảnh chụp rõ nét từng giấy tờ)', 'zh-Hans': '请准备好（每份材料拍一张清晰的照片）', id: 'Siapkan ini (foto yang jelas dari masing-masing)' },
  notice: { en: 'The birth notice from the hospital or health station', vi: 'Giấy chứng sinh do bệnh viện hoặc trạm y tế cấp', 'zh-Hans': '医院或卫生站出具的出生医学证明', id: 'Surat keterangan lahir dari rumah sakit atau puskesmas' },
  cards: { en: 'The parents’ identity cards', vi: 'Thẻ căn cước của cha, mẹ', 'zh-Hans': '父母的身份证', id: 'Kartu identitas ayah dan ibu' },
  marriage: { en: 'The marriage certificate, if the parents are married', vi: 'Giấy chứng nhận kết hôn, nếu cha mẹ đã đăng ký kết hôn', 'zh-Hans': '结婚证（如父母已登记结婚）', id: 'Akta nikah, jika orang tua sudah menikah' },
  whoHeading: { en: 'Who is registering', vi: 'Người đi khai sinh', 'zh-Hans': '申报人', id: 'Siapa yang mendaftarkan' },
  relation: { en: 'Your relationship to the child', vi: 'Quan hệ của bạn với trẻ', 'zh-Hans': '您与孩子的关系', id: 'Hubungan Anda dengan anak' },
  mother: { en: 'Mother', vi: 'Mẹ', 'zh-Hans': '母亲', id: 'Ibu' },
  father: { en: 'Father', vi: 'Cha', 'zh-Hans': '父亲', id: 'Ayah' },
  grandparent: { en: 'Grandparent', vi: 'Ông, bà', 'zh-Hans': '祖父母或外祖父母', id: 'Kakek atau nenek' },
  relative: { en: 'Another relative', vi: 'Người thân khác', 'zh-Hans': '其他亲属', id: 'Kerabat lain' },
  declarantName: { en: 'Your full name', vi: 'Họ, chữ đệm và tên của bạn', 'zh-Hans': '您的姓名', id: 'Nama lengkap Anda' },
  declarantId: { en: 'Your identity card number', vi: 'Số căn cước của bạn', 'zh-Hans': '您的身份证号码', id: 'Nomor kartu identitas Anda' },
  idHint: { en: '12 digits', vi: 'Gồm 12 chữ số', 'zh-Hans': '12 位数字', id: '12 angka' },
  authHeading: { en: 'Permission from a parent', vi: 'Văn bản ủy quyền của cha hoặc mẹ', 'zh-Hans': '父母的委托书', id: 'Surat kuasa dari orang tua' },
  auth1: {
    en: 'A grandparent or other relative can register the birth with a written authorisation from the child’s mother or father. For a relative it does not need to be certified.',
    vi: 'Ông, bà hoặc người thân khác có thể đi khai sinh thay nếu có văn bản ủy quyền của cha hoặc mẹ của trẻ. Nếu người được ủy quyền là người thân thích thì văn bản ủy quyền không cần chứng thực.',
    'zh-Hans': '祖父母或其他亲属可以凭孩子父亲或母亲的书面委托代为办理。亲属代办时，委托书无需公证。',
    id: 'Kakek, nenek, atau kerabat lain boleh mendaftarkan kelahiran dengan surat kuasa tertulis dari ayah atau ibu anak. Untuk kerabat, surat kuasa tidak perlu dilegalisasi.',
  },
  authLabel: { en: 'I have a written authorisation from the child’s mother or father', vi: 'Tôi có văn bản ủy quyền của cha hoặc mẹ của trẻ', 'zh-Hans': '我有孩子父亲或母亲的书面委托书', id: 'Saya punya surat kuasa tertulis dari ayah atau ibu anak' },
  childHeading: { en: 'About the child', vi: 'Thông tin của trẻ', 'zh-Hans': '孩子的信息', id: 'Tentang anak' },
  childName: { en: 'Child’s full name', vi: 'Họ, chữ đệm và tên của trẻ', 'zh-Hans': '孩子的姓名', id: 'Nama lengkap anak' },
  childNameHint: { en: 'As it should appear on the birth certificate', vi: 'Viết có dấu, đúng như muốn ghi trên giấy khai sinh', 'zh-Hans': '与希望登记在出生证明上的一致', id: 'Seperti yang akan tertulis di akta kelahiran' },
  born: { en: 'Date of birth', vi: 'Ngày, tháng, năm sinh', 'zh-Hans': '出生日期', id: 'Tanggal lahir' },
  sex: { en: 'Sex', vi: 'Giới tính', 'zh-Hans': '性别', id: 'Jenis kelamin' },
  female: { en: 'Female', vi: 'Nữ', 'zh-Hans': '女', id: 'Perempuan' },
  male: { en: 'Male', vi: 'Nam', 'zh-Hans': '男', id: 'Laki-laki' },
  place: { en: 'Place of birth', vi: 'Nơi sinh', 'zh-Hans': '出生地点', id: 'Tempat lahir' },
  placeHint: { en: 'The hospital or health station, as on the birth notice', vi: 'Tên bệnh viện hoặc trạm y tế, ghi như trên giấy chứng sinh', 'zh-Hans': '医院或卫生站名称，与出生医学证明一致', id: 'Nama rumah sakit atau puskesmas, sesuai surat keterangan lahir' },
  parentsHeading: { en: 'The parents', vi: 'Cha mẹ của trẻ', 'zh-Hans': '孩子的父母', id: 'Orang tua anak' },
  married: { en: 'Are the child’s parents married to each other?', vi: 'Cha và mẹ của trẻ đã đăng ký kết hôn chưa?', 'zh-Hans': '孩子的父母是否已登记结婚？', id: 'Apakah ayah dan ibu anak sudah menikah secara resmi?' },
  yes: { en: 'Yes', vi: 'Đã đăng ký kết hôn', 'zh-Hans': '是', id: 'Ya' },
  no: { en: 'No', vi: 'Chưa đăng ký kết hôn', 'zh-Hans': '否', id: 'Tidak' },
  motherName: { en: 'Mother’s full name', vi: 'Họ, chữ đệm và tên của mẹ', 'zh-Hans': '母亲姓名', id: 'Nama lengkap ibu' },
  motherId: { en: 'Mother’s identity card number', vi: 'Số căn cước của mẹ', 'zh-Hans': '母亲的身份证号码', id: 'Nomor kartu identitas ibu' },
  fatherHeading: { en: 'The child’s father', vi: 'Thông tin của cha', 'zh-Hans': '孩子的父亲', id: 'Ayah anak' },
  fatherName: { en: 'Father’s full name', vi: 'Họ, chữ đệm và tên của cha', 'zh-Hans': '父亲姓名', id: 'Nama lengkap ayah' },
  fatherId: { en: 'Father’s identity card number', vi: 'Số căn cước của cha', 'zh-Hans': '父亲的身份证号码', id: 'Nomor kartu identitas ayah' },
  resultHeading: { en: 'Getting the birth certificate', vi: 'Nhận kết quả', 'zh-Hans': '领取出生证明', id: 'Menerima akta kelahiran' },
  delivery: { en: 'How do you want to get the birth certificate?', vi: 'Bạn muốn nhận giấy khai sinh bằng cách nào?', 'zh-Hans': '您想怎样领取出生证明？', id: 'Bagaimana Anda ingin menerima akta kelahiran?' },
  office: { en: 'Collect it at the commune People’s Committee', vi: 'Nhận trực tiếp tại Ủy ban nhân dân xã, phường', 'zh-Hans': '到乡、坊人民委员会领取', id: 'Ambil langsung di kantor Komite Rakyat kelurahan' },
  post: { en: 'By post, paying the postage', vi: 'Nhận qua bưu điện (trả phí bưu chính)', 'zh-Hans': '邮寄（需支付邮费）', id: 'Lewat pos (membayar ongkos kirim)' },
  phone: { en: 'Mobile number', vi: 'Số điện thoại di động', 'zh-Hans': '手机号码', id: 'Nomor HP' },
  phoneHint: { en: 'We text you when the birth certificate is ready', vi: 'Chúng tôi sẽ nhắn tin khi có kết quả', 'zh-Hans': '出生证明办好后我们会发短信通知您', id: 'Kami mengirim SMS saat akta kelahiran siap' },
  addressHeading: { en: 'Postal address', vi: 'Địa chỉ nhận qua bưu điện', 'zh-Hans': '邮寄地址', id: 'Alamat pengiriman' },
  address: { en: 'Address to send the birth certificate to', vi: 'Địa chỉ nhận giấy khai sinh', 'zh-Hans': '出生证明的收件地址', id: 'Alamat untuk mengirim akta kelahiran' },
  addressHint: { en: 'House number, street, commune or ward, province', vi: 'Số nhà, đường, xã/phường, tỉnh/thành phố', 'zh-Hans': '门牌号、街道、乡/坊、省/市', id: 'Nomor rumah, jalan, kelurahan, provinsi' },
  reviewHeading: { en: 'Check your answers', vi: 'Kiểm tra lại thông tin', 'zh-Hans': '核对您填写的信息', id: 'Periksa jawaban Anda' },
  declaration: { en: 'I declare that the information I have given is true', vi: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật', 'zh-Hans': '本人承诺以上填写的信息真实无误', id: 'Saya menyatakan bahwa data yang saya berikan adalah benar' },
  doneHeading: { en: 'Application sent', vi: 'Đã gửi hồ sơ', 'zh-Hans': '申请已提交', id: 'Permohonan terkirim' },
  done1: {
    en: 'The commune People’s Committee will check your application, usually within one working day. We will text you when the birth certificate is ready.',
    vi: 'Ủy ban nhân dân xã, phường sẽ xem xét hồ sơ, thường trong một ngày làm việc. Chúng tôi sẽ nhắn tin khi giấy khai sinh đã có.',
    'zh-Hans': '乡、坊人民委员会通常会在一个工作日内审核您的申请。出生证明办好后我们会发短信通知您。',
    id: 'Komite Rakyat kelurahan akan memeriksa permohonan Anda, biasanya dalam satu hari kerja. Kami akan mengirim SMS saat akta kelahiran siap.',
  },
  done2: {
    en: 'If something is missing, staff will call you. You can always go to the office in person.',
    vi: 'Nếu hồ sơ còn thiếu, cán bộ sẽ gọi điện cho bạn. Bạn luôn có thể đến làm thủ tục trực tiếp.',
    'zh-Hans': '如材料不全，工作人员会给您打电话。您也随时可以到窗口当面办理。',
    id: 'Jika ada yang kurang, petugas akan menelepon Anda. Anda selalu bisa datang langsung ke kantor.',
  },
  hours: { en: '7:30–17:00, Monday to Friday', vi: '7 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu', 'zh-Hans': '周一至周五 7:30–17:00', id: 'Senin–Jumat, 07.30–17.00' },
  centre: {
    en: 'The one-stop desk of your commune or ward People’s Committee',
    vi: 'Bộ phận Một cửa, Ủy ban nhân dân xã, phường nơi bạn cư trú',
    'zh-Hans': '您居住地乡、坊人民委员会的“一站式”窗口',
    id: 'Loket layanan terpadu Komite Rakyat kelurahan tempat Anda tinggal',
  },
});

/** The birth-registration guide as a JSON definition (the same as packages/steps/guides/birth-registration.<locale>.json). */
export function birthRegistrationDefinition(locale: CareLocale): GuideDefinition {
  const t = inLocale(birthRegistrationTexts, locale);
  const id = (name: string, label: string) => ({ type: 'id-number' as const, name, label, hint: t.idHint, kind: 'vn-cccd', required: true });
  return {
    $schema: '../schema/guide.schema.json',
    id: 'birth-registration',
    lang: locale,
    steps: [
      { name: 'before', heading: t.beforeHeading, text: [t.before1, t.before2], checklist: { id: 'birth-registration-documents', label: t.listLabel, items: [t.notice, t.cards, t.marriage] } },
      {
        name: 'declarant',
        heading: t.whoHeading,
        fields: [
          {
            type: 'radio',
            name: 'relation',
            label: t.relation,
            required: true,
            options: [
              { value: 'mother', label: t.mother },
              { value: 'father', label: t.father },
              { value: 'grandparent', label: t.grandparent },
              { value: 'relative', label: t.relative },
            ],
          },
          { type: 'text', name: 'declarantName', label: t.declarantName, autocomplete: 'name', required: true },
          id('declarantId', t.declarantId),
        ],
      },
      {
        name: 'authorisation',
        heading: t.authHeading,
        showIf: 'relation=grandparent|relative',
        text: t.auth1,
        fields: [{ type: 'checkbox', name: 'authorisation', label: t.authLabel, value: 'yes', required: true }],
      },
      {
        name: 'child',
        heading: t.childHeading,
        fields: [
          { type: 'text', name: 'childName', label: t.childName, hint: t.childNameHint, autocomplete: 'off', required: true },
          { type: 'date', name: 'birthDate', label: t.born, max: 'today', required: true },
          { type: 'radio', name: 'sex', label: t.sex, required: true, options: [{ value: 'female', label: t.female }, { value: 'male', label: t.male }] },
          { type: 'text', name: 'birthPlace', label: t.place, hint: t.placeHint, required: true },
        ],
      },
      {
        name: 'parents',
        heading: t.parentsHeading,
        fields: [
          { type: 'radio', name: 'married', label: t.married, required: true, options: [{ value: 'yes', label: t.yes }, { value: 'no', label: t.no }] },
          { type: 'text', name: 'motherName', label: t.motherName, required: true },
          id('motherId', t.motherId),
        ],
      },
      { name: 'father', heading: t.fatherHeading, showIf: 'married=yes', fields: [{ type: 'text', name: 'fatherName', label: t.fatherName, required: true }, id('fatherId', t.fatherId)] },
      {
        name: 'result',
        heading: t.resultHeading,
        fields: [
          { type: 'radio', name: 'delivery', label: t.delivery, required: true, options: [{ value: 'office', label: t.office }, { value: 'post', label: t.post }] },
          { type: 'phone', name: 'phone', label: t.phone, hint: t.phoneHint, country: 'vn', mobileOnly: true, required: true },
        ],
      },
      { name: 'address', heading: t.addressHeading, showIf: 'delivery=post', fields: [{ type: 'textarea', name: 'postAddress', label: t.address, hint: t.addressHint, autocomplete: 'street-address', required: true }] },
      { name: 'check', kind: 'review', heading: t.reviewHeading, fields: [{ type: 'checkbox', name: 'declaration', label: t.declaration, value: 'yes', required: true }] },
      { name: 'sent', kind: 'done', heading: t.doneHeading, text: [t.done1, t.done2] },
    ],
    help: { phone: '1800 1096', hours: t.hours, centre: t.centre },
  };
}

export const birthRegistrationDefinitions = Object.fromEntries(careLocales.map((l) => [l, birthRegistrationDefinition(l)])) as Record<CareLocale, GuideDefinition>;
