import { afterEach, describe, expect, it } from 'vitest';
import { ServiceMetrics } from './metrics.js';
import { panelReachable, startOpsServer, type OpsServer } from './server.js';

describe('ops server', () => {
  let server: OpsServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('answers /healthz, /readyz with failing checks, and /metrics with recorded values', async () => {
    const metrics = new ServiceMetrics(false);
    let storeOpen = true;
    server = await startOpsServer({
      host: '127.0.0.1',
      port: 0,
      checks: [
        { name: 'store', check: () => ({ ok: storeOpen }) },
        { name: 'poll', check: () => ({ ok: true }) },
      ],
      metrics: () => metrics.render(),
    });
    const base = `http://127.0.0.1:${server.port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    storeOpen = false;
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { checks: unknown[] }).checks).toContainEqual({ name: 'store', ok: false });

    metrics.pollRound(
      {
        polled: 5,
        notModified: 3,
        failed: [{ code: 'timeout' }],
        newItems: [{ matches: [{ mentions: [1, 2] }], quotes: [1, 2, 3] }],
      },
      new Date('2026-11-27T12:00:00Z'),
    );
    metrics.sent('console', 'digest', 0.2);
    metrics.failed('discord', 'missing_access', true);
    metrics.queueDepth(2);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('wirewatch_feeds_polled_total{result="ok"} 1');
    expect(text).toContain('wirewatch_feeds_polled_total{result="not_modified"} 3');
    expect(text).toContain('wirewatch_feed_failures_total{code="timeout"} 1');
    expect(text).toContain('wirewatch_items_total 1');
    expect(text).toContain('wirewatch_mentions_total 2');
    expect(text).toContain('wirewatch_quotes_total 3');
    expect(text).toContain('wirewatch_deliveries_sent_total{platform="console",kind="digest"} 1');
    expect(text).toContain('wirewatch_delivery_failures_total{platform="discord",code="missing_access",final="true"} 1');
    expect(text).toContain('wirewatch_delivery_queue_depth 2');
    expect(text).toContain('wirewatch_last_successful_poll_timestamp_seconds 1795780800');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('serves the panel under /ui/ (any method) only on its host; other paths keep GET/HEAD only', async () => {
    const ui = { fetch: async (req: Request) => new Response(`panel ${req.method} ${new URL(req.url).pathname}`), host: '127.0.0.1' };
    server = await startOpsServer({ host: '127.0.0.1', port: 0, checks: [], metrics: async () => ({ contentType: 'text/plain', body: '' }), ui });
    const base = `http://127.0.0.1:${server.port}`;
    expect(await (await fetch(`${base}/ui/login`, { method: 'POST', body: 'x' })).text()).toBe('panel POST /ui/login');
    expect((await fetch(`${base}/uix`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
    await server.close();
    server = await startOpsServer({
      host: '127.0.0.1',
      port: 0,
      checks: [],
      metrics: async () => ({ contentType: 'text/plain', body: '' }),
      ui: { ...ui, host: '10.0.0.1' },
    });
    expect((await fetch(`http://127.0.0.1:${server.port}/ui/`)).status).toBe(404);
  });

  it('says whether a connection reached the panel address', () => {
    const at = (localAddress: string) => ({ socket: { localAddress } }) as Parameters<typeof panelReachable>[0];
    expect(panelReachable(at('127.0.0.1'), '127.0.0.1')).toBe(true);
    expect(panelReachable(at('::ffff:127.0.0.1'), '127.0.0.1')).toBe(true);
    expect(panelReachable(at('192.168.1.5'), '127.0.0.1')).toBe(false);
    expect(panelReachable(at('192.168.1.5'), '0.0.0.0')).toBe(true);
    expect(panelReachable(at('::1'), 'localhost')).toBe(true);
  });
});
