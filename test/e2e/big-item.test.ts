/**
 * Issue 20/24: a 15 MiB item is parsed and analysed off the event loop — `/healthz` on a loopback
 * server keeps answering while the worker parses and analyses it, and the stored item says which
 * window of its text was analysed. No wall-clock bound (the machine is shared): the check is that
 * probes were answered *during* the parse and the analysis, which cannot happen if either ran on the
 * event loop. The latencies are printed; `npm run soak` measures them against the 100 ms target.
 */
import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { parseConfig } from '../../src/config/load.js';
import { ManualClock } from '../../src/model/clock.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';
import { Service, seedFromConfig } from '../../src/service.js';
import type { FetchRequest, FetchResponse } from '../../src/reader/fetcher/fetcher.js';
import type { ChatPlatform } from '../../src/platforms/platform.js';

const FEED = 'http://127.0.0.1:9/big.xml';

/** A feed with one ordinary item and one whose description is 15 MiB of news-like sentences. */
function bigFeed(): Uint8Array {
  const sentence = 'The minister said on Tuesday that the talks in Niš would resume next week, "We are ready to talk," he added. ';
  const paragraph = sentence.repeat(30);
  const target = 15 * 1024 * 1024;
  const paras: string[] = [];
  for (let n = 0; n < target; n += paragraph.length + 7) paras.push(`<p>${paragraph}</p>`);
  const body = paras.join('');
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>` +
      `<item><title>Huge story</title><link>http://127.0.0.1:9/huge</link><guid>huge</guid><description><![CDATA[${body}]]></description></item>` +
      `<item><title>Small story</title><link>http://127.0.0.1:9/small</link><guid>small</guid><description>Officials in Niš said the plan would be ready on Friday, according to a statement released by the ministry.</description></item>` +
      `</channel></rss>`,
  );
}

function probe(port: number): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`healthz ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

const quietPlatform: ChatPlatform = {
  name: 'console',
  start: async () => undefined,
  stop: async () => undefined,
  onCommand: () => undefined,
  post: async () => [{ id: 'x' }],
  findPosted: async () => null,
};

describe('a 15 MiB item (issue 20, issue 24)', () => {
  it('is parsed and analysed off the event loop: /healthz answers during both, and the item records its analysis window', async () => {
    const config = parseConfig(
      `http: { host: 127.0.0.1, port: 0 }\nfeeds: [ "${FEED}" ]\ntopics:\n  - { id: nis, name: Niš, terms: [ "Niš" ] }\n`,
      'test.yaml',
    );
    const clock = new ManualClock('2026-11-27T11:59:00Z');
    const store = createMemoryStore({ clock });
    await seedFromConfig(store, config, clock.now());
    const body = bigFeed();
    expect(body.length).toBeGreaterThan(15 * 1024 * 1024);
    const fetcher = {
      fetch: async (req: FetchRequest): Promise<FetchResponse> => ({
        url: req.url,
        status: 200,
        permanentUrl: null,
        headers: {},
        body,
        contentType: 'application/rss+xml',
        etag: null,
        lastModified: null,
        notBefore: null,
      }),
    };
    const service = new Service({ config, store, clock, platforms: [quietPlatform], fetcher, live: false });
    // When each worker task for the feed ran (main-thread clock), to line the probes up against.
    const tasks: { kind: string; from: number; to: number }[] = [];
    const pool = service.workers!;
    const run = pool.run.bind(pool);
    pool.run = ((task: Parameters<typeof run>[0], transfer?: ArrayBuffer[]) => {
      const from = performance.now();
      return run(task, transfer).finally(() => tasks.push({ kind: task.kind, from, to: performance.now() }));
    }) as typeof pool.run;
    // start() runs the first tick (the big poll) while the ops server is already listening.
    const started = service.start();
    while (service.httpPort === null) await new Promise((r) => setTimeout(r, 5));
    const port = service.httpPort;
    let done = false;
    void started.finally(() => (done = true));
    const latencies: number[] = [];
    const answeredAt: number[] = [];
    while (!done) {
      latencies.push(await probe(port));
      answeredAt.push(performance.now());
      await new Promise((r) => setTimeout(r, 20));
    }
    await started;
    await service.stop();

    const items = await store.items.itemsInWindow(new Date(0), new Date('2100-01-01'));
    const huge = items.find((i) => i.item.key === 'huge')!;
    expect(items.map((i) => i.item.key).sort()).toEqual(['huge', 'small']);
    expect(huge.article.window).toBeDefined();
    expect(huge.article.window!.analysedChars).toBeLessThanOrEqual(150_000);
    expect(huge.article.window!.totalChars).toBeGreaterThan(huge.article.window!.analysedChars);
    expect(huge.quotes.length).toBeGreaterThan(0);
    expect(huge.matches.map((m) => m.topicId)).toEqual(['nis']);
    expect(latencies.length).toBeGreaterThan(5);
    process.stderr.write(`big-item: ${latencies.length} /healthz probes, max ${Math.max(...latencies).toFixed(1)} ms\n`);
    const parse = tasks.find((t) => t.kind === 'parse')!;
    const analyses = tasks.filter((t) => t.kind === 'analyze').sort((a, b) => b.to - b.from - (a.to - a.from));
    expect(analyses).toHaveLength(2);
    const during = (t: { from: number; to: number }) => answeredAt.filter((at) => at > t.from && at < t.to).length;
    expect(during(parse)).toBeGreaterThanOrEqual(2);
    expect(during(analyses[0])).toBeGreaterThanOrEqual(2); // the huge item's analysis, the longer one
  }, 120_000);
});
