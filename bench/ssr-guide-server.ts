// The guide page's server side: the same guide rendered with @lit-labs/ssr.
import { prepareCarePage } from '@caremode/core/ssr.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import './ssr-guide-elements.js';
import { renderSocialInsurance } from '../packages/steps/src/guides/social-insurance.examples.js';

export async function guidePage(ssr: boolean): Promise<string> {
  const page = await prepareCarePage({ lang: 'en' });
  const body = ssr ? collectResultSync(render(renderSocialInsurance('en'))) : '';
  return `<!doctype html><html ${page.htmlAttributesMarkup}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${page.headStyles}<script>${WATCH}</script><script type="module" src="/guide.js"></script></head><body><main id="root" data-mode="${ssr ? 'ssr' : 'csr'}">${body}</main></body></html>`;
}

// Notes the first frame in which the guide's first step shows its heading.
const WATCH = `(function(){function look(){var s=document.querySelector('care-step');var h=s&&s.shadowRoot&&s.shadowRoot.querySelector('[part=heading]');if(h&&h.getBoundingClientRect().height>0&&s.getBoundingClientRect().height>0){window.firstStepAt=performance.now();return}requestAnimationFrame(look)}requestAnimationFrame(look)})()`;
