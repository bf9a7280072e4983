import { getClock, type CareLocale } from '@caremode/core';
import { html, nothing } from 'lit';
import { qrPayloads } from '../qr-code/test-payloads.js';

/** People and passes the examples, tests and stories share. */
export const holders = {
  an: {
    name: 'Nguyễn Văn An',
    id: '079048001234',
    nickname: { en: 'Grandpa An', vi: 'Ông An', 'zh-Hans': '安爷爷', id: 'Kakek An' },
  },
  lan: {
    name: 'Trần Thị Lan',
    id: '079150004321',
    nickname: { en: 'Grandma Lan', vi: 'Bà Lan', 'zh-Hans': '兰奶奶', id: 'Nenek Lan' },
  },
  wei: { name: '张伟', id: '11010519491231002X', nickname: { en: 'Uncle Wei', vi: 'Chú Vĩ', 'zh-Hans': '伟叔叔', id: 'Paman Wei' } },
} satisfies Record<string, { name: string; id: string; nickname: Record<CareLocale, string> }>;

export type HolderName = keyof typeof holders;

export const passes = {
  health: {
    label: { en: 'Health code', vi: 'Mã sức khỏe', 'zh-Hans': '健康码', id: 'Kode kesehatan' },
    issuer: { en: 'City Department of Health', vi: 'Sở Y tế TP. Hồ Chí Minh', 'zh-Hans': '市卫生健康委员会', id: 'Dinas Kesehatan Kota' },
  },
  eid: {
    label: { en: 'Electronic ID (VNeID)', vi: 'Căn cước điện tử (VNeID)', 'zh-Hans': '电子身份证（VNeID）', id: 'KTP elektronik (VNeID)' },
    issuer: { en: 'Ministry of Public Security', vi: 'Bộ Công an', 'zh-Hans': '公安部', id: 'Kementerian Keamanan Publik' },
  },
} satisfies Record<string, Record<'label' | 'issuer', Record<CareLocale, string>>>;

export type PassKind = keyof typeof passes;

/** What the code of an e-ID holds: the fields of a Vietnamese citizen ID card's QR code. */
export const eidPayload = (holder: HolderName) =>
  `${holders[holder].id}||${holders[holder].name}|02031948|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15012021`;

export interface CredentialArgs {
  holder: HolderName;
  kind: PassKind;
  status?: string;
  /** Minutes since the last update (by core's clock). */
  updatedMinutesAgo?: number;
  /** Days until it expires; negative for an expired pass. */
  expiresInDays?: number;
  paper?: 'a6' | 'a4';
  id?: string;
}

const MINUTE = 60_000;

export const renderCredential = (args: CredentialArgs, locale: CareLocale) => {
  const holder = holders[args.holder];
  const pass = passes[args.kind];
  const now = getClock().now();
  return html`<care-credential
    id=${args.id ?? nothing}
    .value=${args.kind === 'eid' ? eidPayload(args.holder) : qrPayloads.json}
    status=${args.status ?? nothing}
    label=${pass.label[locale]}
    issuer=${pass.issuer[locale]}
    holder-name=${holder.name}
    id-number=${holder.id}
    nickname=${holder.nickname[locale]}
    last-updated=${new Date(now - (args.updatedMinutesAgo ?? 3) * MINUTE).toISOString()}
    expires=${new Date(now + (args.expiresInDays ?? 7) * 24 * 60 * MINUTE).toISOString()}
    paper=${args.paper ?? nothing}
  ></care-credential>`;
};
