import type { CareExample, ExampleRender } from '@caremode/core';
import { html } from 'lit';
import { inLocale, texts } from '../guides/text.examples.js';

export interface HelpArgs {
  /** Which details the portal gives. */
  details: 'full' | 'phone' | 'none';
}

const t = texts({
  hours: { en: '7:30–17:00, Monday to Friday', vi: '7 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu', 'zh-Hans': '周一至周五 7:30–17:00', id: 'Senin–Jumat, 07.30–17.00' },
  centre: {
    en: 'One-stop desk, Tân Lập commune People’s Committee, Sơn Dương',
    vi: 'Bộ phận Một cửa, Ủy ban nhân dân xã Tân Lập, Sơn Dương',
    'zh-Hans': '山阳县新立乡人民委员会“一站式”窗口',
    id: 'Loket terpadu, Komite Rakyat Desa Tân Lập, Sơn Dương',
  },
});

export const renderHelp: ExampleRender<HelpArgs> = ({ details }, locale) => {
  const l = inLocale(t, locale);
  if (details === 'none') return html`<care-help></care-help>`;
  if (details === 'phone') return html`<care-help phone="1800 1096" hours=${l.hours}></care-help>`;
  return html`<care-help
    phone="1800 1096"
    hours=${l.hours}
    centre=${l.centre}
    centre-href="https://dichvucong.gov.vn/p/home/dvc-tra-cuu-co-quan.html"
    assist-href="https://dichvucong.gov.vn/p/home/dvc-huong-dan.html"
    assist-code="TL-4821"
  ></care-help>`;
};

export const helpExamples = {
  full: { description: 'Every way to get help: the help line and its hours, the service centre, someone to ask with a code.', args: { details: 'full' } },
  phoneOnly: { description: 'Only a help line given: in-person service is still offered.', args: { details: 'phone' } },
  nothingGiven: { description: 'No details from the portal: the element still says the procedure can be done in person.', args: { details: 'none' } },
} satisfies Record<string, CareExample<HelpArgs>>;
