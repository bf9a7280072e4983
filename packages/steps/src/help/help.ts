import { CareElement, registerStrings } from '@caremode/core';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { helpStrings } from './help.strings.js';
import { helpStyles } from './help.styles.js';
import { stepsLocales } from '../locales/index.js';

registerStrings(helpStrings, stepsLocales);

const icon = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d=${d} /></svg>`;
const PHONE = 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z';
const PEOPLE = 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-3 0-8 1.5-8 4.5V21h16v-2.5c0-3-5-4.5-8-4.5z';
const PLACE = 'M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z';

/**
 * Help that is always in reach, in the same place on every step (WCAG 3.2.6 consistent help):
 * a help line to call, with its opening hours; the nearest service centre for face-to-face help;
 * and "ask someone you trust", through a link or a short code the portal supplies. It always
 * says that the procedure can be done in person: the digital route is never the only one.
 *
 * The element adds nothing to the portal's link or code: a helper link must never carry the
 * person's data.
 *
 * ```html
 * <care-help phone="1900 0368" hours="7:30–17:30, thứ Hai đến thứ Sáu" centre="Công an xã Tân Lập"
 *   centre-href="https://…/ban-do"></care-help>
 * ```
 *
 * @tagname care-help
 * @summary Consistent help: a help line, face-to-face service and someone to ask.
 *
 * @slot - More help, after the built-in lines (a chat link, a video guide).
 * @csspart base - The box around the help.
 * @csspart title - The heading.
 */
export class CareHelp extends CareElement {
  static override styles = [...CareElement.styles, helpStyles];
  static override properties: PropertyDeclarations = {
    phone: {},
    hours: {},
    centre: {},
    centreHref: { attribute: 'centre-href' },
    assistHref: { attribute: 'assist-href' },
    assistCode: { attribute: 'assist-code' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The help line, as people dial it ("1900 0368"); the link dials the digits. */
  phone = '';
  /** When the help line answers, in the page's language ("7:30–17:30, Monday to Friday"). */
  hours = '';
  /** The nearest service centre (its name and address). */
  centre = '';
  /** A page or map for the service centre. */
  centreHref = '';
  /** A page where a trusted person can help (never carrying the person's data). */
  assistHref = '';
  /** A short code the person can give a helper. */
  assistCode = '';
  /** Level of the heading, 1 to 6. */
  headingLevel = 2;

  protected override render() {
    const t = this.localize;
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    // A tel: link dials digits and a leading +; anything else typed with the number is left out.
    const dial = this.phone.replace(/[^\d+]/g, '');
    const line = (d: string, content: TemplateResult) => html`<li>${icon(d)}<div>${content}</div></li>`;
    const key = (k: string) => t.langOf(k);
    return html`<section part="base" aria-labelledby="title">
      <div part="title" class="title" id="title" role="heading" aria-level=${level} lang=${key('help.title')}>${t.t('help.title')}</div>
      <ul role="list">
        ${dial
          ? line(
              PHONE,
              html`<p lang=${key('help.phone')}>${t.t('help.phone')}</p>
                <a class="tel" href="tel:${dial}">${this.phone}</a>
                ${this.hours ? html`<p class="muted">${t.t('help.hours', { hours: this.hours })}</p>` : nothing}`,
            )
          : nothing}
        ${line(
          PLACE,
          html`${this.centre
              ? html`<p lang=${key('help.centre')}>${t.t('help.centre')}</p>
                  ${this.centreHref ? html`<a href=${this.centreHref}>${this.centre}</a>` : html`<p><strong>${this.centre}</strong></p>`}`
              : nothing}
            <p lang=${key('help.in-person')}>${t.t('help.in-person')}</p>`,
        )}
        ${this.assistHref || this.assistCode
          ? line(
              PEOPLE,
              html`${this.assistHref
                ? html`<a href=${this.assistHref} lang=${key('help.assist')}>${t.t('help.assist')}</a>`
                : html`<p lang=${key('help.assist')}>${t.t('help.assist')}</p>`}
              ${this.assistCode ? html`<p>${t.t('help.code', { code: '' })}<code>${this.assistCode}</code></p>` : nothing}`,
            )
          : nothing}
      </ul>
      <slot></slot>
    </section>`;
  }
}
