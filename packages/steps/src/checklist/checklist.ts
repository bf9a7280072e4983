import { CareElement, PersistentRecord, registerStrings } from '@caremode/core';
import { html, type PropertyDeclarations, isServer } from 'lit';
import { checklistStrings } from './checklist.strings.js';
import { checklistStyles } from './checklist.styles.js';
import { stepsLocales } from '../locales/index.js';

registerStrings(checklistStrings, stepsLocales);

const DAY_MS = 864e5;

/**
 * Documents to bring and things to prepare, as a list the person ticks off. Ticks are kept on
 * the device (core's persistence, removed by `clearMyData()`), so a list started at home is
 * still ticked when the person opens it again at the service centre.
 *
 * Each child element is one item; give it `data-key` (or an `id`) so a tick survives the
 * portal reordering or rewording its list.
 *
 * ```html
 * <care-checklist label="Giấy tờ cần mang" list-id="vneid-level2">
 *   <span data-key="cccd">Thẻ căn cước công dân gắn chip</span>
 *   <span data-key="phone">Điện thoại đứng tên chính chủ</span>
 * </care-checklist>
 * ```
 *
 * @tagname care-checklist
 * @summary A list of things to prepare, ticked off and kept across reloads.
 *
 * @slot - The items, one element each.
 * @csspart label - The list's label.
 * @csspart count - "3 of 5 ready".
 * @csspart item - Each item's card.
 * @fires change - After the person ticked or unticked an item.
 */
export class CareChecklist extends CareElement {
  static override styles = [...CareElement.styles, checklistStyles];
  static override properties: PropertyDeclarations = {
    label: {},
    listId: { attribute: 'list-id' },
    maxAgeDays: { type: Number, attribute: 'max-age-days' },
    items: { state: true, attribute: false },
    ticked: { state: true, attribute: false },
  };

  /** What the list is for ("Documents to bring"). */
  label = '';
  /** Names the saved ticks; by default the page's path and the label. */
  listId = '';
  /** Days the ticks are kept after the last change. */
  maxAgeDays = 30;

  private items: Element[] = [];
  private ticked: string[] = [];
  // Servers have no MutationObserver; only a browser's element watches.
  private readonly observer?: MutationObserver = isServer ? undefined : new MutationObserver(() => this.read());

  /** The keys of the ticked items. */
  get value(): string[] {
    return [...this.ticked];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer?.observe(this, { childList: true });
    this.read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override render() {
    const t = this.localize;
    const total = this.items.length;
    const done = this.items.filter((item, i) => this.ticked.includes(this.keyOf(item, i))).length;
    const key = done === total && total ? 'checklist.all' : 'checklist.count';
    return html`<fieldset>
      <legend part="label">${this.label}</legend>
      <p part="count" class="count" role="status" lang=${t.langOf(key)}>${t.t(key, { done, total })}</p>
      <ul role="list">
        ${this.items.map((item, i) => {
          const k = this.keyOf(item, i);
          return html`<li>
            <label part="item">
              <input type="checkbox" .checked=${this.ticked.includes(k)} @change=${(e: Event) => this.tick(k, (e.target as HTMLInputElement).checked)} /><span
                class="box"
                aria-hidden="true"
              ></span
              ><slot name="item-${i}"></slot>
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  private keyOf(item: Element, index: number): string {
    return (item as HTMLElement).dataset.key || item.id || String(index);
  }

  private record(): PersistentRecord<string[]> {
    const days = Number(this.maxAgeDays) > 0 ? Number(this.maxAgeDays) : 30;
    return new PersistentRecord<string[]>('checklist', this.listId || `${location.pathname}:${this.label}`, { maxAgeMs: days * DAY_MS });
  }

  private read(): void {
    this.items = [...this.children];
    this.items.forEach((item, i) => (item.slot = `item-${i}`));
    const stored = this.record().read()?.data;
    this.ticked = Array.isArray(stored) ? stored.map(String) : [];
  }

  private tick(key: string, on: boolean): void {
    this.ticked = on ? [...new Set([...this.ticked, key])] : this.ticked.filter((k) => k !== key);
    this.record().write(this.ticked);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
