import type { Messages } from '@caremode/core';

/** Simplified Chinese strings of @caremode/steps; loaded the first time an element on the page needs them. */
export default {
  // checklist/checklist.strings.ts
  'checklist.count': '已准备 {done}/{total} 项',
  'checklist.all': '全部准备好了',
  // guide-json.strings.ts
  'guide.problem-json': '不是有效的 JSON',
  'guide.problem-missing': '缺失',
  'guide.problem-type': '值的类型不正确',
  'guide.problem-unknown': '不是允许的值',
  // help/help.strings.ts
  'help.title': '需要帮助吗？',
  'help.phone': '拨打服务热线',
  'help.hours': '服务时间：{hours}',
  'help.centre': '到现场咨询办理：',
  'help.in-person': '您随时可以改为到窗口办理，由工作人员协助。',
  'help.assist': '请您信任的人帮您办理',
  'help.code': '把这个代码告诉他们：{code}',
  // internal/shared.strings.ts
  'steps.read': '朗读',
  // step-guide/step-guide.strings.ts
  'guide.progress': '第{number}步，共{total}步',
  'guide.back': '上一步',
  'guide.continue': '继续',
  'guide.send': '确认并提交',
  'guide.sending': '正在提交…',
  'guide.failed': '您的信息未能提交，但仍保存在本设备上。请重试，或通过下方方式获得帮助。',
  'guide.resume-title': '要继续上次未完成的办理吗？',
  'guide.resume-text': '您于{date}开始办理。已填写的内容保存在本设备上。',
  'guide.resume': '继续上次的办理',
  'guide.restart': '重新开始',
  'guide.broken': '无法显示此办事指南',
  'guide.broken-text': '此指南的设置有误，不是您的操作问题。您仍可以通过电话或到窗口获得帮助。',
  'guide.problem': '供网站管理人员参考：{path} {problem}。',
  'guide.problem-load': '无法加载',
  'guide.problem-duplicate': '重复',
  'guide.problem-condition': '不是有效的条件',
  // step/step.strings.ts
  'step.change': '修改',
  // timeout-warning/timeout-warning.strings.ts
  'timeout.title': '您即将退出登录',
  'timeout.text': '为保护您的账户安全，系统将于{time}（{left}后）自动退出登录。如需继续办理，请选择“继续使用”。',
  'timeout.extend': '继续使用',
  'timeout.extending': '请稍候…',
  'timeout.extended': '您仍处于登录状态，有效期至{time}。',
  'timeout.failed': '未能延长登录时间，请重试。',
  'timeout.ended-title': '您已退出登录',
  'timeout.ended': '为保护您的账户安全，系统已于{time}自动退出登录。请重新登录后继续办理。',
  'timeout.sign-in': '重新登录',
  'timeout.sign-out': '立即退出',
  'timeout.minutes': { other: '{count}分钟' },
  'timeout.seconds': { other: '{count}秒' },
} satisfies Messages;
