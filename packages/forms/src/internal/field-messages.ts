import { html, nothing, type TemplateResult } from 'lit';

// A warning sign, not colour alone: the error must be seen by people who cannot tell red.
const errorIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor" style="flex:none;width:1.25em;height:1.25em">
  <path d="M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z" />
</svg>`;

/**
 * The error message's content. "Error:" is read by screen readers before the message and kept
 * out of sight, as GOV.UK does; the same template fills the shadow root and, in the enhancing
 * path, the element added next to the portal's control.
 */
export const errorContent = (prefix: string, message: string, lang: string): TemplateResult | typeof nothing =>
  message ? html`${errorIcon}<span><span class="visually-hidden" lang=${lang} style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap">${prefix} </span>${message}</span>` : nothing;
