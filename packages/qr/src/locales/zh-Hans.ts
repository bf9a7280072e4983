import type { Messages } from '@caremode/core';

/** Simplified Chinese strings of @caremode/qr; loaded the first time an element on the page needs them. */
export default {
  // credential-wallet/credential-wallet.strings.ts
  'wallet.choose': '显示谁的码',
  // credential/credential.strings.ts
  'cred.label': '二维码凭证',
  'cred.qr': '{label}：供扫描的二维码',
  'cred.status': '状态',
  'cred.valid': '有效',
  'cred.caution': '注意',
  'cred.stop': '禁止通行',
  'cred.expired': '已过期',
  'cred.unknown': '状态不明',
  'cred.name': '姓名',
  'cred.id': '证件号码',
  'cred.reveal': '显示姓名和号码',
  'cred.conceal': '隐藏姓名和号码',
  'cred.updated': '{time}更新',
  'cred.until': '有效期至 {date}',
  'cred.ended': '已于 {date} 过期',
  'cred.issuer': '签发机关：{issuer}',
  'cred.show': '出示给工作人员',
  'cred.print': '打印纸质版',
  'cred.saved': '本机保存的副本（{time}）',
  'cred.printed': '打印于 {date}',
  'cred.paper': '请向工作人员出示此纸。工作人员可扫码或人工核验。',
  // qr-code/qr-code.strings.ts
  'qr.label': '供扫描的二维码',
  'qr.full': '全屏显示',
  'qr.close': '关闭',
  'qr.bright': '请调高屏幕亮度，便于扫码。',
  'qr.small': '此处太小，无法扫码。请全屏显示。',
  'qr.empty': '没有可显示的二维码。',
  'qr.long': '内容太长，无法生成二维码。',
  'qr.text': '内容含有二维码无法表示的字符。',
  'qr.load': '无法显示二维码。请检查网络后刷新页面。',
} satisfies Messages;
