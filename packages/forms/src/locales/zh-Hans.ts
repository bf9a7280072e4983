import type { Messages } from '@caremode/core';

/** Simplified Chinese strings of @caremode/forms; loaded the first time an element on the page needs them. */
export default {
  // button/button.strings.ts
  'button.busy': '请稍候',
  // checkbox/checkbox.strings.ts
  'checkbox.required': '{label}：请勾选此项',
  'checkbox-group.required': '{label}：请至少选择一项',
  // code-field/code-field.strings.ts
  'code-field.expires-in': '验证码将于{time}失效',
  'code-field.expires-soon': '验证码将在1分钟内失效',
  'code-field.expired': '验证码已失效',
  'code-field.resend': '重新发送验证码',
  'code-field.extend': '我需要更多时间',
  'code-field.digits': '验证码只包含数字。请去掉字母或其他符号。',
  'code-field.characters': '验证码只包含字母和数字。',
  'code-field.length': { other: '验证码为{count}位数字，您输入了{actual}位。' },
  'code-field.length-characters': { other: '验证码为{count}位，您输入了{actual}位。' },
  // date-field/date-field.strings.ts
  'date-field.day': '日',
  'date-field.month': '月',
  'date-field.year': '年',
  'date-field.example': '例如：{example}',
  // error-summary/error-summary.strings.ts
  'summary.title': '有信息需要修改',
  'summary.fixed': '谢谢。所有信息都已正确填写。',
  // form-draft/form-draft.strings.ts
  'draft.title': '要继续上次未填完的内容吗？',
  'draft.saved': '您于{date}开始填写此表。已填写的内容保存在本设备上。',
  'draft.continue': '继续上次的填写',
  'draft.restart': '重新填写',
  'draft.restored': '您之前填写的内容已恢复到表格中。',
  // internal/field.strings.ts
  'field.error-prefix': '错误：',
  'field.optional': '（选填）',
  'field.required': '请填写{label}',
  'field.too-long': { other: '最多填写{count}个字' },
  'field.too-short': { other: '至少填写{count}个字' },
  'field.pattern': '请按提示中的格式填写',
  'field.email': '请填写电子邮箱地址，例如 name@example.com',
  'field.url': '请填写网址，例如 https://example.com',
  'field.count-left': { other: '还可以输入{count}个字' },
  'field.count-over': { other: '超出{count}个字' },
  // radio-group/radio-group.strings.ts
  'radio-group.required': '{label}：请选择一项',
  // select/select.strings.ts
  'select.choose': '请选择…',
  'select.required': '请从列表中选择{label}',
  // validators/cn-resident.strings.ts
  'validators.cn-resident.empty': '请输入居民身份证号码。',
  'validators.cn-resident.characters': '身份证号码只包含数字，最后一位可以是字母X。',
  'validators.cn-resident.length': { other: '身份证号码为{count}位，您输入了{actual}位。' },
  'validators.cn-resident.region': '前6位不是中国的地区代码。请核对身份证上的号码。',
  'validators.cn-resident.birth-date': '第7至14位应为出生日期（年、月、日），但这不是一个真实的日期。请核对身份证上的号码。',
  'validators.cn-resident.check': '最后一位与前面的号码对不上。请核对身份证上的号码。',
  // validators/date.strings.ts
  'validators.date.empty': '请输入日期。',
  'validators.date.missing-day': '请填写“日”。',
  'validators.date.missing-month': '请填写“月”。',
  'validators.date.missing-year': '请填写“年”。',
  'validators.date.day': '“日”必须在{min}到{max}之间。',
  'validators.date.month': '“月”必须在{min}到{max}之间。',
  'validators.date.year': { other: '“年”必须是{count}位数字，例如{example}。' },
  'validators.date.no-such-day': '{month}月没有{day}日。',
  'validators.date.not-leap': '{year}年2月没有29日。',
  'validators.date.before-min': '日期不能早于{min}。',
  'validators.date.after-max': '日期不能晚于{max}。',
  // validators/id-nik.strings.ts
  'validators.id-nik.empty': '请输入印度尼西亚居民身份号码（NIK）。',
  'validators.id-nik.characters': 'NIK只包含数字。请去掉字母或其他符号。',
  'validators.id-nik.length': { other: 'NIK为{count}位数字，您输入了{actual}位。' },
  'validators.id-nik.province': '前2位不是印度尼西亚的省份代码。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',
  'validators.id-nik.region': '第3至6位是县（市）代码和区代码，不能为00。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',
  'validators.id-nik.birth-date': '第7至12位应为出生日期（日、月、年；女性的日子加40），但这不是一个真实的日期。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',
  'validators.id-nik.serial': '最后4位不能是0000。请核对KTP身份证或家庭卡（Kartu Keluarga）上的号码。',
  // validators/phone.strings.ts
  'validators.phone.empty': '请输入电话号码。',
  'validators.phone.characters': '电话号码只能包含数字、空格、短横线，以及开头的加号（+）。',
  'validators.phone.country-code': '这个号码带有其他国家的代码。这里的号码以{expected}开头，或者不写国家代码。',
  'validators.phone.length': { other: '号码应为{count}位数字，例如 {example}。' },
  'validators.phone.length-range': { other: '号码应为{min}到{max}位数字，例如 {example}。' },
  'validators.phone.unknown.vn': '这不是越南的电话号码。越南手机号码以03、05、07、08或09开头，座机号码以02开头。',
  'validators.phone.unknown.cn': '这不是中国的电话号码。手机号码为11位，以13至19开头；座机号码以区号开头，例如010。',
  'validators.phone.unknown.id': '这不是印度尼西亚的手机号码。印尼手机号码以08开头，或以+62 8开头。',
  'validators.phone.landline': '这看起来是座机号码。请输入手机号码。',
  'validators.phone.vn-old-number': '这是旧的11位号码。从2018年起，这个号码已改为 {suggestion}。',
  'validators.phone.unsupported-country': '本表格无法核对这个国家的电话号码。',
  // validators/vn-cccd.strings.ts
  'validators.vn-cccd.empty': '请输入越南公民身份证（căn cước công dân）号码。',
  'validators.vn-cccd.characters': '证件号码只包含数字。请去掉字母或其他符号。',
  'validators.vn-cccd.length': { other: '证件号码为{count}位数字，您输入了{actual}位。' },
  'validators.vn-cccd.province': '前3位不是越南的省份代码。请核对证件上的号码。',
  'validators.vn-cccd.birth-year': '第4至6位不可能是出生年份。请核对证件上的号码。',
  'validators.vn-cccd.birth-year-mismatch': '这个证件号码属于{year}年出生的人。请核对号码和出生年份。',
} satisfies Messages;
