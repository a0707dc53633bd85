/**
 * A static web site on loopback: the files of one folder over HTTP on 127.0.0.1, a folder's index.html for
 * the folder, 404 for anything else (as `express.static` serves Heimdall Lite from its package: the app
 * asks `/server` and takes a 404 to mean it runs without Heimdall Server). For tests that open a built web
 * app in the browser. Records every request, so a test can say what was fetched.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  /** Paths requested, in order, with the status sent. */
  requests: { path: string; status: number }[];
  close: () => Promise<void>;
}

/** The file a request path names inside `root`, or undefined when it would leave it. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/** Serves `root` on 127.0.0.1 (a free port) until closed. */
export async function serveStaticSite(root: string): Promise<StaticSite> {
  const requests: StaticSite['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    const send = (status: number, file?: string) => {
      requests.push({ path, status });
      if (file === undefined) {
        res.writeHead(status, { 'content-type': 'text/plain' }).end(http.STATUS_CODES[status]);
        return;
      }
      res.writeHead(status, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // The app's files are content-hashed: a page opened again takes them from the browser's cache.
        'cache-control': extname(file) === '.html' ? 'no-cache' : 'max-age=3600',
      });
      createReadStream(file).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);
    const file = fileFor(root, path);
    if (file === undefined) return send(404);
    const index = join(file, 'index.html');
    Promise.all([stat(file).catch(() => undefined), stat(index).catch(() => undefined)]).then(
      ([info, indexInfo]) => {
        if (info?.isFile()) send(200, file);
        else if (info?.isDirectory() && indexInfo?.isFile()) send(200, index);
        else send(404);
      },
      () => send(500),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
