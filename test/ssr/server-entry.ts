import { prepareCarePage } from '@caremode/core/ssr.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import './define-all.js';
import { ssrExamples } from './examples.js';

export const exampleIds = ssrExamples.map((e) => e.id);

export interface PageOptions {
  /** Server-render the example (else the client renders it into an empty page). */
  ssr: boolean;
  /** Send the script that hydrates (or renders) the page. */
  script: boolean;
  lang?: string;
  url?: string;
  cookie?: string;
}

/** A whole page for one example, as a portal's server would send it. */
export async function examplePage(id: string, options: PageOptions): Promise<string> {
  const example = ssrExamples.find((e) => e.id === id);
  if (!example) throw new Error(`No example ${id}`);
  const page = await prepareCarePage({ url: options.url, cookie: options.cookie, lang: options.lang });
  const body = options.ssr ? collectResultSync(render(example.render(page.locale))) : '';
  // async: DOMContentLoaded must not wait for the script, so a test can act before it arrives.
  const script = options.script ? '<script type="module" async src="/client.js"></script>' : '';
  return `<!doctype html><html ${page.htmlAttributesMarkup}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${page.headStyles}<style>body{margin:16px;font-family:var(--care-font-family)}</style>${script}</head><body><main id="root" data-example="${id}" data-mode="${options.ssr ? 'ssr' : 'csr'}">${body}</main></body></html>`;
}
