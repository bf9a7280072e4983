import type { Catalog } from '@caremode/core';

export const helpStrings = {
  en: {
    'help.title': 'Need help?',
    'help.phone': 'Call the help line',
    'help.hours': 'Open {hours}',
    'help.centre': 'Get help in person at',
    'help.in-person': 'You can always do this in person instead, with staff to help you.',
    'help.assist': 'Ask someone you trust to help you',
    'help.code': 'Give them this code: {code}',
  },
  vi: {
    'help.title': 'Cần hỗ trợ?',
    'help.phone': 'Gọi tổng đài hỗ trợ',
    'help.hours': 'Thời gian làm việc: {hours}',
    'help.centre': 'Được hướng dẫn trực tiếp tại',
    'help.in-person': 'Bạn luôn có thể làm thủ tục này trực tiếp, có cán bộ hướng dẫn.',
    'help.assist': 'Nhờ người thân tin cậy giúp bạn',
    'help.code': 'Đưa họ mã này: {code}',
  },
  'zh-Hans': {
    'help.title': '需要帮助吗？',
    'help.phone': '拨打服务热线',
    'help.hours': '服务时间：{hours}',
    'help.centre': '到现场咨询办理：',
    'help.in-person': '您随时可以改为到窗口办理，由工作人员协助。',
    'help.assist': '请您信任的人帮您办理',
    'help.code': '把这个代码告诉他们：{code}',
  },
  id: {
    'help.title': 'Butuh bantuan?',
    'help.phone': 'Telepon layanan bantuan',
    'help.hours': 'Jam layanan: {hours}',
    'help.centre': 'Dapatkan bantuan langsung di',
    'help.in-person': 'Anda selalu bisa mengurus ini secara langsung, dibantu petugas.',
    'help.assist': 'Minta bantuan orang yang Anda percaya',
    'help.code': 'Berikan kode ini kepada mereka: {code}',
  },
} satisfies Catalog;
