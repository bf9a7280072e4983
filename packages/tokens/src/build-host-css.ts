import { requirements } from './requirements.js';

// The portal's own markup is unknown, so rules name standard elements only: custom elements
// (ours and anyone else's) keep the styles their shadow roots give them.
const CARE = ':root[data-care-mode=on]';
const HIGH = ':root[data-care-contrast=high]';

const blocks = 'div,section,article,main,header,footer,nav,aside,form,fieldset,ul,ol,li,dl,dd,dt,p,table,tbody,thead,tr,td,th,figure,figcaption,blockquote,address,details,summary,h1,h2,h3,h4,h5,h6';
const inlines = 'span,small,strong,em,b,i,time,label,legend,caption,cite,abbr,mark';
const text = `${blocks},${inlines},a,button,input,select,textarea`;
const headings: [string, number][] = [
  ['h1', requirements.text.headingMinPxCare / requirements.text.bodyMinPx.care],
  ['h2', 1.3],
  ['h3', 1.15],
  ['h4,h5,h6', 1.05],
];
const buttons = 'button,input[type=button],input[type=submit],input[type=reset],input[type=image],[role=button]';
const fields =
  'input:not([type=checkbox],[type=radio],[type=hidden],[type=range],[type=color],[type=button],[type=submit],[type=reset],[type=image]),select,textarea';
const checks = 'input[type=checkbox],input[type=radio]';
// Links that stand alone (menus, lists of services, headlines, a top bar) are targets; links
// inside a sentence are exempt, as WCAG 2.5.5 exempts them, and stay inline so the sentence still
// reads. A link alone in a paragraph is marked `data-care-target` by the portal.
const runningText = 'p,blockquote,figcaption,address,label,legend,caption,[data-care-inline]';
const standaloneLinks = `a[href]:not(:is(${runningText}) a,[data-care-inline]),[data-care-target]`;
const buttonLinks = 'a[href][role=button],a[href][class*=btn],a[href][class*=button]';
const choiceLabels = 'label:has(>input[type=checkbox],>input[type=radio]),:is(input[type=checkbox],input[type=radio])+label';
// Pseudo-elements cannot sit inside :is(), so they keep a selector of their own.
const within = (scope: string, list: string) => (list.startsWith('::') ? `${scope} body ${list}` : `${scope} body :is(${list})`);

/** Sizes, spacing and targets: care mode only, so with care mode off the portal is untouched. */
const careSizes = (): string =>
  // The body's size, not the root's: the tokens are in rem (so a person's own browser font
  // size still counts), and a larger root would enlarge them a second time.
  `${CARE} body{font-size:var(--care-font-size)!important;line-height:var(--care-line-height)!important;overflow-wrap:anywhere}` +
  // max(.., 1em) keeps text that the portal already made larger (a price, a headline) larger.
  `${within(CARE, text)}{font-size:max(var(--care-font-size),1em)!important;line-height:var(--care-line-height)!important;letter-spacing:normal!important}` +
  headings.map(([tags, k]) => `${within(CARE, tags)}{font-size:calc(var(--care-font-size)*${+k.toFixed(3)})!important}`).join('') +
  `${within(CARE, 'p')}{margin-block:0 var(--care-paragraph-gap)!important}` +
  // Fixed heights and one-line truncation are what clip enlarged text on legacy pages.
  `${within(CARE, `${blocks},${inlines},a,button`)}{height:auto!important;max-height:none!important;white-space:normal!important;text-overflow:clip!important}` +
  `${within(CARE, `${blocks},img,video,iframe,canvas,svg,embed,object,pre,input,select,textarea`)}{max-width:100%!important;box-sizing:border-box!important}` +
  // A row of controls that fit at the portal's sizes must wrap at care-mode sizes, and a
  // fieldset must not grow to its widest line (its default min-width), or the page scrolls sideways.
  `${within(CARE, blocks)}{flex-wrap:wrap!important}` +
  `${within(CARE, 'fieldset')}{min-width:0!important}` +
  `${within(CARE, 'img,video,canvas')}{height:auto}` +
  `${within(CARE, 'pre')}{white-space:pre-wrap!important}` +
  `${within(CARE, 'a[href]')}{text-decoration-line:underline!important;text-underline-offset:.2em;text-decoration-thickness:max(2px,.08em)}` +
  `${within(CARE, buttons)}{min-height:var(--care-target-min)!important;min-width:var(--care-target-min)!important;padding-block:.25em!important;padding-inline:max(.75em,var(--care-space-3))!important}` +
  `${within(CARE, fields)}{min-height:var(--care-target-min)!important;padding-inline:var(--care-space-3)!important}` +
  `${within(CARE, 'textarea')}{min-height:calc(var(--care-target-min)*2)!important}` +
  `${within(CARE, checks)}{inline-size:var(--care-target-min)!important;block-size:var(--care-target-min)!important;margin-block:0!important;margin-inline:0 var(--care-space-3)!important;vertical-align:middle;accent-color:var(--care-color-primary)}` +
  `${within(CARE, choiceLabels)}{display:flex!important;align-items:center;min-height:var(--care-target-min)!important}` +
  `${within(CARE, standaloneLinks)}{display:inline-flex!important;align-items:center;min-height:var(--care-target-min)!important;min-width:var(--care-target-min);max-width:100%;box-sizing:border-box}` +
  `${within(CARE, ':focus-visible')}{outline:var(--care-focus-width) solid var(--care-color-focus)!important;outline-offset:var(--care-focus-offset)!important}` +
  `${CARE} [data-care-hide]{display:none!important}`;

/**
 * Colours: care mode and high contrast give the portal's content Caremode's palette, so its
 * light-grey text and pale buttons reach 7:1 like every Caremode component.
 */
const palette = (scope: string): string =>
  `${scope},${scope} body{background:var(--care-color-background)!important;color:var(--care-color-text)!important}` +
  `${within(scope, `${blocks},${inlines}`)}{color:inherit!important;background-color:transparent!important;background-image:none!important;border-color:var(--care-color-border)!important;text-shadow:none!important}` +
  // Links are told apart by an underline as well as colour (WCAG 1.4.1).
  `${within(scope, 'a[href]')}{color:var(--care-color-link)!important;background-color:transparent!important;background-image:none!important;text-decoration-line:underline!important}` +
  `${within(scope, `${buttons},${buttonLinks}`)}{color:var(--care-color-text)!important;background:var(--care-color-background)!important;border:var(--care-border-width) solid var(--care-color-border)!important}` +
  `${within(scope, 'button[type=submit],input[type=submit]')}{color:var(--care-color-on-primary)!important;background:var(--care-color-primary)!important;border-color:var(--care-color-primary)!important}` +
  `${within(scope, fields)}{color:var(--care-color-text)!important;background:var(--care-color-background)!important;border-color:var(--care-color-border)!important}` +
  `${within(scope, '::placeholder')}{color:var(--care-color-text-muted)!important;opacity:1!important}`;

/**
 * The host stylesheet: what care mode does to a portal's own page, through the same tokens the
 * components use. Sizes apply in care mode only; the palette in care mode and in high contrast.
 * What the portal marks `data-care-hide` (adverts, carousels) is hidden in care mode.
 */
export const buildHostCss = (): string => careSizes() + palette(CARE) + palette(HIGH);
