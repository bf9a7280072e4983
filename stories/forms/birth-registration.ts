import type { CareLocale } from '@caremode/core';
import { html } from 'lit';

type Text = Record<CareLocale, string>;
const T = <K extends string>(table: Record<K, Text>) => table;

// Real wording for a birth registration, as portals in each country ask it.
const t = T({
  title: { en: 'Register a birth', vi: 'Đăng ký khai sinh', 'zh-Hans': '出生登记', id: 'Pendaftaran kelahiran' },
  intro: {
    en: 'Register your child within 60 days of the birth. It takes about 10 minutes. You need the birth certificate from the hospital.',
    vi: 'Đăng ký khai sinh cho trẻ trong vòng 60 ngày kể từ ngày sinh. Mất khoảng 10 phút. Bạn cần có giấy chứng sinh do bệnh viện cấp.',
    'zh-Hans': '请在婴儿出生后60天内办理出生登记，大约需要10分钟。您需要医院出具的出生医学证明。',
    id: 'Daftarkan kelahiran anak dalam 60 hari sejak lahir. Perlu sekitar 10 menit. Anda memerlukan surat keterangan lahir dari rumah sakit.',
  },
  child: { en: "Child's full name", vi: 'Họ, chữ đệm và tên của trẻ', 'zh-Hans': '婴儿姓名', id: 'Nama lengkap anak' },
  childHint: { en: 'One name is enough if that is the family custom', vi: 'Viết có dấu, đúng như tên gia đình đã chọn', 'zh-Hans': '与出生医学证明上的姓名一致', id: 'Satu kata saja boleh jika memang demikian' },
  born: { en: 'Date of birth', vi: 'Ngày, tháng, năm sinh', 'zh-Hans': '出生日期', id: 'Tanggal lahir' },
  sex: { en: 'Sex', vi: 'Giới tính', 'zh-Hans': '性别', id: 'Jenis kelamin' },
  female: { en: 'Female', vi: 'Nữ', 'zh-Hans': '女', id: 'Perempuan' },
  male: { en: 'Male', vi: 'Nam', 'zh-Hans': '男', id: 'Laki-laki' },
  place: { en: 'Place of birth', vi: 'Nơi sinh', 'zh-Hans': '出生地点', id: 'Tempat lahir' },
  placeHint: {
    en: 'The hospital or health centre, as on the birth certificate',
    vi: 'Tên bệnh viện hoặc trạm y tế, ghi như trên giấy chứng sinh',
    'zh-Hans': '医院或卫生院名称，与出生医学证明一致',
    id: 'Nama rumah sakit atau puskesmas, sesuai surat keterangan lahir',
  },
  parentId: { en: "Parent's identity card number", vi: 'Số căn cước công dân của cha hoặc mẹ', 'zh-Hans': '父亲或母亲的居民身份证号码', id: 'NIK ayah atau ibu' },
  phone: { en: 'Mobile phone number', vi: 'Số điện thoại di động', 'zh-Hans': '手机号码', id: 'Nomor HP' },
  phoneHint: {
    en: 'We will text you when the birth certificate is ready',
    vi: 'Chúng tôi sẽ nhắn tin khi giấy khai sinh đã có kết quả',
    'zh-Hans': '出生证明办好后我们会发短信通知您',
    id: 'Kami akan mengirim SMS saat akta kelahiran selesai',
  },
  declaration: {
    en: 'I declare that the information I have given is true',
    vi: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật',
    'zh-Hans': '本人承诺以上填写的信息真实无误',
    id: 'Saya menyatakan bahwa data yang saya isi adalah benar',
  },
  declarationLabel: { en: 'Declaration', vi: 'Lời cam đoan', 'zh-Hans': '承诺', id: 'Pernyataan' },
  send: { en: 'Send the application', vi: 'Gửi hồ sơ', 'zh-Hans': '提交申请', id: 'Kirim permohonan' },
});

const kindFor: Record<CareLocale, string> = { en: 'vn-cccd', vi: 'vn-cccd', 'zh-Hans': 'cn-resident', id: 'id-nik' };
const countryFor: Record<CareLocale, string> = { en: 'vn', vi: 'vn', 'zh-Hans': 'cn', id: 'id' };

/** A complete public-service form built from Caremode's controls, with its error summary and draft keeper. */
export const renderBirthRegistration = (locale: CareLocale, draftId = 'birth-registration-story') => {
  const today = new Date().toISOString().slice(0, 10);
  return html`<care-form-draft draft-id=${draftId}>
    <form id="birth-registration" action="#" @submit=${(e: Event) => e.preventDefault()}>
      <h1 style="font-size:var(--care-font-size-heading);line-height:1.3;margin:0 0 var(--care-space-3)">${t.title[locale]}</h1>
      <p style="margin:0 0 var(--care-space-5)">${t.intro[locale]}</p>
      <care-error-summary></care-error-summary>
      <care-text-field name="childName" label=${t.child[locale]} hint=${t.childHint[locale]} required autocomplete="off"></care-text-field>
      <care-date-field name="birthDate" label=${t.born[locale]} required max=${today}></care-date-field>
      <care-radio-group name="sex" label=${t.sex[locale]} required>
        <care-radio value="female">${t.female[locale]}</care-radio>
        <care-radio value="male">${t.male[locale]}</care-radio>
      </care-radio-group>
      <care-text-field name="birthPlace" label=${t.place[locale]} hint=${t.placeHint[locale]} required></care-text-field>
      <care-id-number-field name="parentIdNumber" label=${t.parentId[locale]} kind=${kindFor[locale]} required></care-id-number-field>
      <care-phone-field name="phone" label=${t.phone[locale]} hint=${t.phoneHint[locale]} country=${countryFor[locale]} required mobile-only></care-phone-field>
      <care-checkbox name="declaration" value="yes" label=${t.declarationLabel[locale]} required>${t.declaration[locale]}</care-checkbox>
      <care-button type="submit" variant="primary" full-width="narrow">${t.send[locale]}</care-button>
    </form>
  </care-form-draft>`;
};
