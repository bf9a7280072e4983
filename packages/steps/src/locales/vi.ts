import type { Messages } from '@caremode/core';

/** Vietnamese strings of @caremode/steps; loaded the first time an element on the page needs them. */
export default {
  // checklist/checklist.strings.ts
  'checklist.count': 'Đã chuẩn bị {done}/{total}',
  'checklist.all': 'Đã chuẩn bị đủ',
  // guide-json.strings.ts
  'guide.problem-json': 'không phải JSON hợp lệ',
  'guide.problem-missing': 'bị thiếu',
  'guide.problem-type': 'có kiểu giá trị không đúng',
  'guide.problem-unknown': 'không phải giá trị được phép',
  // help/help.strings.ts
  'help.title': 'Cần hỗ trợ?',
  'help.phone': 'Gọi tổng đài hỗ trợ',
  'help.hours': 'Thời gian làm việc: {hours}',
  'help.centre': 'Được hướng dẫn trực tiếp tại',
  'help.in-person': 'Bạn luôn có thể làm thủ tục này trực tiếp, có cán bộ hướng dẫn.',
  'help.assist': 'Nhờ người thân tin cậy giúp bạn',
  'help.code': 'Đưa họ mã này: {code}',
  // internal/shared.strings.ts
  'steps.read': 'Đọc to',
  // step-guide/step-guide.strings.ts
  'guide.progress': 'Bước {number} trên {total}',
  'guide.back': 'Quay lại',
  'guide.continue': 'Tiếp tục',
  'guide.send': 'Xác nhận và gửi',
  'guide.sending': 'Đang gửi…',
  'guide.failed': 'Chưa gửi được thông tin của bạn. Thông tin vẫn được lưu trên thiết bị này. Vui lòng thử lại hoặc xem cách được hỗ trợ ở dưới.',
  'guide.resume-title': 'Tiếp tục phần đang làm dở?',
  'guide.resume-text': 'Bạn đã bắt đầu lúc {date}. Thông tin đã nhập được lưu trên thiết bị này.',
  'guide.resume': 'Tiếp tục phần đang làm',
  'guide.restart': 'Làm lại từ đầu',
  'guide.broken': 'Không hiển thị được hướng dẫn này',
  'guide.broken-text': 'Hướng dẫn này được thiết lập chưa đúng, không phải do bạn. Bạn vẫn có thể được hỗ trợ qua điện thoại hoặc trực tiếp.',
  'guide.problem': 'Thông tin cho đơn vị quản lý trang: {path} {problem}.',
  'guide.problem-load': 'không tải được',
  'guide.problem-duplicate': 'bị trùng',
  'guide.problem-condition': 'không phải điều kiện hợp lệ',
  // step/step.strings.ts
  'step.change': 'Thay đổi',
  // timeout-warning/timeout-warning.strings.ts
  'timeout.title': 'Bạn sắp bị đăng xuất',
  'timeout.text': 'Để bảo vệ tài khoản, bạn sẽ bị đăng xuất lúc {time}, sau {left} nữa. Chọn “Tiếp tục làm việc” để không bị đăng xuất.',
  'timeout.extend': 'Tiếp tục làm việc',
  'timeout.extending': 'Vui lòng chờ…',
  'timeout.extended': 'Bạn vẫn đang đăng nhập, đến {time}.',
  'timeout.failed': 'Chưa gia hạn được phiên làm việc. Vui lòng thử lại.',
  'timeout.ended-title': 'Bạn đã bị đăng xuất',
  'timeout.ended': 'Để bảo vệ tài khoản, bạn đã được đăng xuất lúc {time}. Vui lòng đăng nhập lại để tiếp tục.',
  'timeout.sign-in': 'Đăng nhập lại',
  'timeout.sign-out': 'Đăng xuất ngay',
  'timeout.minutes': { other: '{count} phút' },
  'timeout.seconds': { other: '{count} giây' },
} satisfies Messages;
