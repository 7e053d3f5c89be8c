/**
 * The bundled fixture server: serves a directory of feed and page files on 127.0.0.1, as the demo
 * and the end-to-end tests need. For `NAME` it sends the headers in `NAME.headers` (or the folder's
 * `index.headers`), replaces `{{BASE}}` in the raw bytes with its own origin (the placeholder is
 * ASCII, so windows-1250/1251 files stay intact) and recomputes Content-Length. It answers
 * conditional GETs (RFC 9110 §13.1.2 If-None-Match against an `ETag` header) with 304.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Requests served so far, as `METHOD path` strings (for tests). */
  requests: string[];
  close(): Promise<void>;
}

/** Parses `Name: value` lines of a `.headers` file. */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

/** Replaces every ASCII `{{BASE}}` in `bytes` with `origin`, without decoding the rest. */
export function substituteBase(bytes: Buffer, origin: string): Buffer {
  const needle = Buffer.from('{{BASE}}', 'ascii');
  const replacement = Buffer.from(origin, 'ascii');
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(needle, from); at >= 0; at = bytes.indexOf(needle, from)) {
    parts.push(bytes.subarray(from, at), replacement);
    from = at + needle.length;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

async function readHeaders(file: string): Promise<Record<string, string>> {
  for (const candidate of [`${file}.headers`, join(file, '..', 'index.headers')]) {
    try {
      return parseHeaderLines(await readFile(candidate, 'utf8'));
    } catch {
      // try the next one
    }
  }
  return {};
}

async function serve(root: string, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep) || file.endsWith('.headers')) {
    res.writeHead(404).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers = await readHeaders(file);
  const etag = headers['etag'];
  if (etag && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  const body = substituteBase(await readFile(file), origin);
  res.writeHead(200, { ...headers, 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts a fixture server for `root` on 127.0.0.1.
 * @param root directory to serve (absolute)
 * @param port 0 (default) for a free port
 */
export async function startFixtureServer(root: string, port = 0): Promise<FixtureServer> {
  const rootDir = resolve(root);
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    serve(rootDir, origin, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server: no address');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
