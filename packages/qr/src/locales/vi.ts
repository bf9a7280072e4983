import type { Messages } from '@caremode/core';

/** Vietnamese strings of @caremode/qr; loaded the first time an element on the page needs them. */
export default {
  // credential-wallet/credential-wallet.strings.ts
  'wallet.choose': 'Hiện mã của ai',
  // credential/credential.strings.ts
  'cred.label': 'Thẻ QR',
  'cred.qr': '{label}: mã QR để quét',
  'cred.status': 'Trạng thái',
  'cred.valid': 'Hợp lệ',
  'cred.caution': 'Cần lưu ý',
  'cred.stop': 'Dừng lại',
  'cred.expired': 'Hết hạn',
  'cred.unknown': 'Chưa rõ trạng thái',
  'cred.name': 'Họ và tên',
  'cred.id': 'Số định danh',
  'cred.reveal': 'Hiện họ tên và số',
  'cred.conceal': 'Ẩn họ tên và số',
  'cred.updated': 'Cập nhật {time}',
  'cred.until': 'Có giá trị đến {date}',
  'cred.ended': 'Đã hết hạn ngày {date}',
  'cred.issuer': 'Cơ quan cấp: {issuer}',
  'cred.show': 'Đưa nhân viên xem',
  'cred.print': 'In bản giấy',
  'cred.saved': 'Bản lưu trên máy này {time}',
  'cred.printed': 'In ngày {date}',
  'cred.paper': 'Đưa tờ giấy này cho nhân viên. Nhân viên có thể quét mã hoặc kiểm tra thủ công.',
  // qr-code/qr-code.strings.ts
  'qr.label': 'Mã QR để quét',
  'qr.full': 'Toàn màn hình',
  'qr.close': 'Đóng',
  'qr.bright': 'Hãy tăng độ sáng màn hình để quét mã dễ hơn.',
  'qr.small': 'Chỗ này quá nhỏ để quét mã. Hãy mở toàn màn hình.',
  'qr.empty': 'Không có mã để hiển thị.',
  'qr.long': 'Nội dung quá dài để tạo mã QR.',
  'qr.text': 'Nội dung có ký tự mà mã QR không thể hiển thị.',
  'qr.load': 'Không vẽ được mã. Hãy kiểm tra kết nối và tải lại trang.',
} satisfies Messages;
