/**
 * The feedparser documents whose expectations carry `Header:` lines, served over a loopback
 * node:http server with those headers and read through the real Fetcher: the parse must be the same
 * as calling parseFeed with the header's content type (which is what the corpus test does).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../fetcher/index.js';
import { parseFeed } from './parse-feed.js';
import { FEEDPARSER_DIR, FEEDPARSER_REL } from './testdata/feedparser-harness.js';
import { needsShared } from '../../../test/support/shared-corpus.js';

interface Expectation {
  file: string;
  http_headers: string[];
}

describe.skipIf(!needsShared(FEEDPARSER_REL))('feedparser http_* documents over loopback', () => {
  let served: Expectation[] = [];
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    served = (JSON.parse(fs.readFileSync(path.join(FEEDPARSER_DIR, 'expectations.json'), 'utf8')) as Expectation[]).filter((e) => e.http_headers.length > 0);
    const byPath = new Map(served.map((e) => [`/${e.file}`, e]));
    server = http.createServer((req, res) => {
      const exp = byPath.get(req.url ?? '');
      if (!exp) return void res.writeHead(404).end();
      const headers: Record<string, string> = {};
      for (const line of exp.http_headers) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
      }
      res.writeHead(200, headers).end(fs.readFileSync(path.join(FEEDPARSER_DIR, exp.file)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('covers the documents with headers', () => {
    expect(served.length).toBeGreaterThan(50);
  });
  it('parses each served document exactly as parseFeed with the header content type', async () => {
    const fetcher = new Fetcher({ allowCidrs: ['127.0.0.1/32'] });
    try {
      for (const exp of served) {
        const url = `${base}/${exp.file}`;
        const res = await fetcher.fetch({ url });
        const ct = exp.http_headers.find((h) => /^content-type:/i.test(h))?.replace(/^content-type:\s*/i, '') ?? null;
        expect(res.contentType, exp.file).toBe(ct);
        const direct = await parseFeed(fs.readFileSync(path.join(FEEDPARSER_DIR, exp.file)), { contentType: ct, url }).catch((e: Error) => e.message);
        const viaHttp = await parseFeed(res.body, { contentType: res.contentType, url: res.url }).catch((e: Error) => e.message);
        expect(viaHttp, exp.file).toEqual(direct);
      }
    } finally {
      await fetcher.close();
    }
  });
});
