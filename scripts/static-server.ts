/**
 * A plain static file server for dist/: no single-page fallback, so deep links only work because
 * the build prerendered them. Unknown paths get the site's 404.html with status 404, as GitHub
 * Pages does. The root can be swapped while running (for update tests).
 */
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

/** One answered request: its path, status and body bytes (as served, uncompressed). */
export interface ServedRequest {
  path: string;
  status: number;
  bytes: number;
}

/** A running server whose root folder can be replaced. */
export interface StaticServer {
  url: string;
  /** Every request answered so far, in order (specs count what a visit fetched). */
  served: ServedRequest[];
  setRoot(root: string): void;
  /** Holds each answer under `data/` this long, as a slow network would (0: none). */
  setDataDelay(ms: number): void;
  close(): Promise<void>;
}

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves once listening. */
export function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  let handler = makeHandler(root);
  let current = root;
  let dataDelay = 0;
  const served: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array)
        bytes += Buffer.byteLength(chunk);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') count(chunk);
      return (end as (...args: unknown[]) => typeof res)(chunk, ...rest);
    }) as typeof res.end;
    res.on('finish', () => served.push({ path: pathname, status: res.statusCode, bytes }));
    if (dataDelay > 0 && pathname.includes('/data/')) {
      setTimeout(() => handler(req, res), dataDelay);
    } else handler(req, res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        served,
        setDataDelay(ms) {
          dataDelay = ms;
        },
        setRoot(next) {
          current = next;
          handler = makeHandler(current);
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function makeHandler(root: string): http.RequestListener {
  const serve = sirv(path.resolve(root), {
    dev: true, // re-read files on each request: the root may be rebuilt or swapped
    etag: true,
    setHeaders(res, pathname) {
      // The worker script and HTML must be revalidated so updates are seen; hashed assets are immutable.
      if (
        pathname.endsWith('.html') ||
        pathname.endsWith('sw.js') ||
        pathname.endsWith('.webmanifest')
      ) {
        res.setHeader('Cache-Control', 'no-cache');
      } else if (/\.[0-9a-zA-Z_-]{8,}\.(js|css|json)$/.test(pathname)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  return (req, res) => {
    serve(req, res, () => {
      const notFound = path.join(root, '404.html');
      res.statusCode = 404;
      if (existsSync(notFound)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(notFound));
      } else {
        res.end('Not found');
      }
    });
  };
}
