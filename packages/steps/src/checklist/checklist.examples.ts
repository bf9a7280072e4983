import { PersistentRecord, type CareExample, type ExampleRender } from '@caremode/core';
import { html } from 'lit';
import { inLocale, texts } from '../guides/text.examples.js';

export interface ChecklistArgs {
  /** Tick two items first, as if the person had started at home. */
  started?: boolean;
}

const t = texts({
  label: { en: 'Documents to bring to the People’s Committee', vi: 'Giấy tờ mang đến Ủy ban nhân dân xã', 'zh-Hans': '到乡人民委员会需携带的材料', id: 'Dokumen yang dibawa ke kantor kelurahan' },
  notice: { en: 'The birth notice from the hospital (original)', vi: 'Bản chính giấy chứng sinh', 'zh-Hans': '医院出具的出生医学证明（原件）', id: 'Surat keterangan lahir dari rumah sakit (asli)' },
  card: { en: 'Your identity card', vi: 'Thẻ căn cước của người đi khai', 'zh-Hans': '申报人的身份证', id: 'Kartu identitas Anda' },
  marriage: { en: 'The marriage certificate, if the parents are married', vi: 'Giấy chứng nhận kết hôn, nếu cha mẹ đã đăng ký kết hôn', 'zh-Hans': '结婚证（如父母已登记结婚）', id: 'Akta nikah, jika orang tua sudah menikah' },
  authorisation: {
    en: 'A written authorisation from a parent, if you register for them',
    vi: 'Văn bản ủy quyền của cha hoặc mẹ, nếu bạn đi khai thay',
    'zh-Hans': '如代父母办理，需带父亲或母亲的书面委托书',
    id: 'Surat kuasa dari orang tua, jika Anda mendaftarkan atas nama mereka',
  },
});

export const renderChecklist: ExampleRender<ChecklistArgs> = (args, locale) => {
  const id = `example-documents-${args.started ? 'started' : 'new'}-${locale}`;
  const record = new PersistentRecord<string[]>('checklist', id);
  if (args.started) record.write(['notice', 'card']);
  else record.remove();
  const l = inLocale(t, locale);
  return html`<care-checklist label=${l.label} list-id=${id}>
    <span data-key="notice">${l.notice}</span>
    <span data-key="card">${l.card}</span>
    <span data-key="marriage">${l.marriage}</span>
    <span data-key="authorisation">${l.authorisation}</span>
  </care-checklist>`;
};

export const checklistExamples = {
  documents: { description: 'Documents to bring, none ticked yet.', args: {} },
  started: { description: 'Ticked at home two days ago: the ticks are still there at the service centre.', args: { started: true } },
} satisfies Record<string, CareExample<ChecklistArgs>>;
