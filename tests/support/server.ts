import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * One local web server for every test host. The browser maps every host name to
 * 127.0.0.1 (--host-resolver-rules), so `http://hotline.example:PORT/…` and
 * `http://news.example:PORT/…` both arrive here; nothing leaves the machine, and
 * the saved corpus pages' remote images and scripts get a quiet 404.
 *
 * Routes:
 *   /pages/<file>                      tests/fixtures/pages/<file>
 *   /corpus/<name>.html                ../shared/corpus/pages/<name>.html
 *   /stream/<file>?chunk=N&delay=MS    a fixture page sent in N-byte chunks, MS apart
 *   /page?title=T&body=HTML            a tiny page made on the fly (any host, any path below /page)
 *   /redirect?to=URL                   a 302 to URL
 *   /slow?ms=MS                        a tiny page that only starts to arrive after MS
 *   /download/<name>                   a small file sent as an attachment
 *   /cookie?name=N                     sets a cookie N=1 on this host
 *   anything else                      a tiny neutral page titled by its path (for history tests)
 */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_PAGES = join(REPO_ROOT, 'tests/fixtures/pages');
export const CORPUS_PAGES = resolve(REPO_ROOT, process.env.SHARED_DIR ?? '../shared', 'corpus/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
};

function safeJoin(root: string, relative: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(relative)));
  return path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : undefined;
}

export interface TestServer {
  port: number;
  /** `http://HOST:PORT/PATH` for any host name. */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname.startsWith('/pages/') || url.pathname.startsWith('/corpus/')) {
      const root = url.pathname.startsWith('/pages/') ? FIXTURE_PAGES : CORPUS_PAGES;
      const file = safeJoin(root, url.pathname.replace(/^\/(pages|corpus)\//, ''));
      if (!file) return send(404, 'text/plain', 'not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
      return;
    }
    if (url.pathname.startsWith('/stream/')) {
      const file = safeJoin(FIXTURE_PAGES, url.pathname.replace(/^\/stream\//, ''));
      if (!file) return send(404, 'text/plain', 'not found');
      const body = readFileSync(file);
      const chunk = Number(url.searchParams.get('chunk') ?? 256);
      const delay = Number(url.searchParams.get('delay') ?? 50);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      let offset = 0;
      const next = () => {
        if (offset >= body.length) return void res.end();
        res.write(body.subarray(offset, offset + chunk));
        offset += chunk;
        setTimeout(next, delay);
      };
      next();
      return;
    }
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      return void res.end();
    }
    if (url.pathname === '/slow') {
      const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 60_000);
      const timer = setTimeout(() => send(200, TYPES['.html']!, '<!doctype html><title>slow</title><p>slow</p>'), ms);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (url.pathname.startsWith('/download/')) {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="${url.pathname.slice(10) || 'file.txt'}"`,
      });
      return void res.end('a small file\n');
    }
    if (url.pathname === '/cookie') {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': `${url.searchParams.get('name') ?? 'c'}=1; Path=/; Max-Age=3600` });
      return void res.end('<!doctype html><title>cookie</title><p>cookie set</p>');
    }
    if (url.pathname.startsWith('/page')) {
      const title = url.searchParams.get('title') ?? 'Page';
      const body = url.searchParams.get('body') ?? `<p>${title}</p>`;
      // lang= declares the page's language; an empty value declares none.
      const lang = (url.searchParams.get('lang') ?? 'en').replace(/[^a-zA-Z-]/g, '');
      const html = lang ? `<html lang="${lang}">` : '<html>';
      return send(200, TYPES['.html']!, `<!doctype html>${html}<head><title>${title}</title></head><body>${body}</body></html>`);
    }
    if (/\.(png|jpe?g|gif|svg|webp|ico|js|css|woff2?)$/i.test(url.pathname)) return send(404, 'text/plain', '');
    const title = `${req.headers.host?.split(':')[0] ?? ''}${url.pathname}`.replace(/[<>&"]/g, '');
    return send(
      200,
      TYPES['.html']!,
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1>${title}</h1><p>An ordinary page.</p></body></html>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (host, path = '/') => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
