import { svg } from 'lit';

// 24 x 24 paths, drawn in the text colour; decorative (every button also has words).
export const icons = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  stop: 'M6 6h12v12H6z',
  previous: 'M6 6h2v12H6zm3.5 6 8.5 6V6z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
  slower: 'M5 11h14v2H5z',
  faster: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
};

export const icon = (d: string) => svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d} fill="currentColor"/></svg>`;
