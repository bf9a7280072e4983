import { html } from 'lit';

// Icons are decoration beside words that carry the meaning, so they are hidden from screen
// readers. Cut-outs (a check in a disc) use the even-odd rule, so each icon is one path. One
// export per icon, so an entry carries only the icons it draws.
export const icon = (d: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" fill-rule="evenodd"><path d=${d}></path></svg>`;

const disc = 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z';

export const expandIcon = 'M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z';
export const closeIcon = 'M5.6 4.2 12 10.6l6.4-6.4 1.4 1.4-6.4 6.4 6.4 6.4-1.4 1.4-6.4-6.4-6.4 6.4-1.4-1.4 6.4-6.4-6.4-6.4z';
export const sunIcon =
  'M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM11 1h2v3h-2zm0 19h2v3h-2zM1 11h3v2H1zm19 0h3v2h-3zM4.2 2.8l2.1 2.1-1.4 1.4-2.1-2.1zm14.9 14.9 2.1 2.1-1.4 1.4-2.1-2.1zM2.8 19.8l2.1-2.1 1.4 1.4-2.1 2.1zM17.7 4.9l2.1-2.1 1.4 1.4-2.1 2.1z';
export const cautionIcon = 'M12 1.5 23 21H1zM11 9v6h2V9zm0 8v2h2v-2z';
export const checkIcon = `${disc}m-1.5 14.6-4.2-4.2 1.4-1.4 2.8 2.8 5.8-5.8 1.4 1.4z`;
export const printIcon = 'M6 2h12v5H6zM3 8h18a1 1 0 0 1 1 1v8h-4v5H6v-5H2V9a1 1 0 0 1 1-1zm5 7v5h8v-5z';
export const eyeIcon = 'M12 5c5 0 9 4.5 10 7-1 2.5-5 7-10 7S3 14.5 2 12c1-2.5 5-7 10-7zm0 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm0 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4z';

/** One icon per credential status, each a different shape: status is never told by colour alone. */
export const statusIcons = {
  valid: checkIcon,
  caution: cautionIcon,
  stop: 'M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9zM6 10.8v2.4h12v-2.4z',
  expired: `${disc}m0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1 3h2v5.4l3.9 2.3-1 1.7-4.9-2.9z`,
  unknown: `${disc}M11 16v2h2v-2zm1-10a4 4 0 0 0-4 4h2a2 2 0 1 1 2.9 1.8c-1.1.6-1.9 1.5-1.9 2.8v.4h2v-.3c0-.6.4-1 1-1.3A4 4 0 0 0 12 6z`,
};
