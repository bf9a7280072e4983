// The portal's server: pages from Eta templates, Caremode's own elements rendered with
// @lit-labs/ssr into them, care mode and language decided per request.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCarePage } from '@caremode/core/ssr.js';
import '@caremode/drop-in/define/care-mode-toggle.js';
import '@caremode/forms/define/care-button.js';
// The same modules the browser loads: registering them is what lets the server render them.
import '@caremode/forms/define/care-text-field.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { Eta } from 'eta';
import { html } from 'lit';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/** Starts the portal in `dir` (its folder: views/ and public/) on a free port. */
export async function start(dir = dirname(fileURLToPath(import.meta.url)), port = 0) {
  const eta = new Eta({ views: join(dir, 'views'), autoEscape: true });
  const care = (template) => collectResultSync(render(template));

  const page = async (req, res, url) => {
    const lang = url.searchParams.get('lang') ?? 'vi';
    const carePage = await prepareCarePage({ url: req.url, cookie: req.headers.cookie, lang });
    // Rendered in the same turn as prepareCarePage: its language and care mode are this request's.
    const body =
      url.pathname === '/submitted'
        ? eta.render('./submitted', { page: carePage, received: [...url.searchParams] })
        : eta.render('./form', {
            page: carePage,
            values: Object.fromEntries(url.searchParams),
            care: {
              toggle: care(html`<care-mode-toggle id="cm-toggle"></care-mode-toggle>`),
              name: care(html`<care-text-field id="cm-name" label="Họ và tên" name="full-name" autocomplete="name"></care-text-field>`),
            },
          });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (url.pathname === '/' || url.pathname === '/submitted') return await page(req, res, url);
      const file = normalize(join(dir, 'public', decodeURIComponent(url.pathname)));
      if (!file.startsWith(join(dir, 'public')) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack ?? error));
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, stop: () => new Promise((done) => server.close(done)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await start(undefined, Number(process.env.PORT ?? 3000));
  console.log(`Portal at ${url}`);
}
