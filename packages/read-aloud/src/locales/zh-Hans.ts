import type { Messages } from '@caremode/core';

/** Simplified Chinese strings of @caremode/read-aloud; loaded the first time an element on the page needs them. */
export default {
  // read-aloud/read-aloud.strings.ts
  'readAloud.play': '朗读',
  'readAloud.slower': '慢一点',
  'readAloud.faster': '快一点',
  'readAloud.speed': '语速 {rate}×',
  // tap-to-read/tap-to-read.strings.ts
  'tapToRead.label': '指读',
  'tapToRead.on': '开',
  'tapToRead.off': '关',
  'tapToRead.hint': '点按或指向任何文字或输入框即可听到朗读。按钮和链接照常使用。按 Esc 停止朗读。',
} satisfies Messages;
