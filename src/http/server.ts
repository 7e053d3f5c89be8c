/**
 * The operations endpoint (node:http): `/healthz` (liveness: the process answers and its loop is not
 * stuck or shutting down; 503 otherwise), `/readyz`
 * (readiness: store open, adapters connected, last successful poll not older than `staleAfterMs`;
 * 503 with the failing checks otherwise) and `/metrics` (Prometheus text format). GET and HEAD only.
 * With `ui`, also the web control panel under `/ui/` (its own methods and security: src/ui/app.tsx).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger, type Logger } from '../log/logger.js';

/** One readiness check: ok, or a reason it is not. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<{ ok: boolean; detail?: string }> | { ok: boolean; detail?: string };
}

export interface OpsServerOptions {
  host: string;
  port: number;
  checks: ReadinessCheck[];
  metrics: () => Promise<{ contentType: string; body: string }>;
  /**
   * Liveness (`/healthz`): whether the process should be left running. Default: always live while it
   * answers. A `false` means a supervisor should restart it (503).
   */
  liveness?: () => { ok: boolean; detail?: string };
  logger?: Logger;
  /**
   * The web control panel (src/ui), served under `/ui/`: its fetch handler, and the one local address
   * it answers on (`ui.host`: a connection made to any other address of this server gets 404;
   * `0.0.0.0` or `::` answer on every address). Absent: `/ui/` is 404.
   */
  ui?: { fetch: (req: Request) => Promise<Response>; host: string };
}

/** Whether a connection arrived at the address the panel answers on. */
export function panelReachable(req: Pick<IncomingMessage, 'socket'>, host: string): boolean {
  if (host === '0.0.0.0' || host === '::') return true;
  const local = (req.socket.localAddress ?? '').replace(/^::ffff:/, '');
  const want = host === 'localhost' ? ['127.0.0.1', '::1'] : [host.replace(/^::ffff:/, '')];
  return want.includes(local);
}

export interface OpsServer {
  /** The bound port (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the server.
 * @throws the listen error (EADDRINUSE, EACCES) wrapped as `Error` with `http:` prefix
 */
export async function startOpsServer(opts: OpsServerOptions): Promise<OpsServer> {
  const log = opts.logger ?? silentLogger;
  // Loaded only for the panel: @hono/node-server replaces the global Request and Response as it loads,
  // which makes Node load its own fetch implementation — a cost a start without the panel need not pay (ADR 0278).
  const ui = opts.ui ? { host: opts.ui.host, listener: (await import('@hono/node-server')).getRequestListener(opts.ui.fetch) } : null;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (ui && (path === '/ui' || path.startsWith('/ui/')) && panelReachable(req, ui.host)) {
      ui.listener(req, res).catch((e: unknown) => {
        log.error({ err_message: (e as Error).message }, 'http: panel request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    (async () => {
      if (path === '/healthz') {
        const live = opts.liveness?.() ?? { ok: true };
        return send(
          live.ok ? 200 : 503,
          'application/json',
          JSON.stringify({ status: live.ok ? 'ok' : 'not_live', ...(live.detail ? { detail: live.detail } : {}) }),
        );
      }
      if (path === '/readyz') {
        const results = await Promise.all(
          opts.checks.map(async (c) => {
            try {
              return { name: c.name, ...(await c.check()) };
            } catch (e) {
              return { name: c.name, ok: false, detail: (e as Error).message };
            }
          }),
        );
        const ready = results.every((r) => r.ok);
        return send(ready ? 200 : 503, 'application/json', JSON.stringify({ status: ready ? 'ready' : 'not_ready', checks: results }));
      }
      if (path === '/metrics') {
        const m = await opts.metrics();
        return send(200, m.contentType, m.body);
      }
      send(404, 'application/json', JSON.stringify({ error: 'not_found' }));
    })().catch((e: unknown) => {
      log.error({ path, err_message: (e as Error).message }, 'http: handler failed');
      if (!res.headersSent) send(500, 'application/json', JSON.stringify({ error: 'internal' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(new Error(`http: cannot listen on ${opts.host}:${opts.port}: ${e.message}`)));
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ host: opts.host, port }, 'http: listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
