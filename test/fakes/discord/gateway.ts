/**
 * The fake's Gateway: WebSocket, JSON encoding, no compression, one shard.
 * https://discord.com/developers/docs/events/gateway — HELLO (op 10) on connect, IDENTIFY (op 2) →
 * READY with every guild unavailable, then one GUILD_CREATE per guild (discord.js waits up to 15 s for
 * them otherwise); HEARTBEAT (op 1) → HEARTBEAT_ACK (op 11); dispatches (op 0) carry a sequence number.
 */
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreateObject, userObject, type FakeGuild, type FakeUser } from './payloads.js';

export const GatewayOp = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

export interface GatewayOptions {
  token: string;
  applicationId: string;
  botUser: FakeUser;
  guilds: FakeGuild[];
  /** Milliseconds, sent in HELLO. */
  heartbeatIntervalMs: number;
  /** ws:// URL of this gateway (READY's `resume_gateway_url`). */
  url: () => string;
}

interface Session {
  socket: WebSocket;
  seq: number;
  identified: boolean;
}

export class FakeGateway {
  readonly wss: WebSocketServer;
  private sessions = new Set<Session>();
  /** Every payload received from clients, for assertions. */
  readonly received: { op: number; d: unknown }[] = [];

  constructor(
    server: Server,
    private readonly opts: GatewayOptions,
  ) {
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  /** Number of identified sessions. */
  get readySessions(): number {
    return [...this.sessions].filter((s) => s.identified).length;
  }

  private onConnection(socket: WebSocket): void {
    const session: Session = { socket, seq: 0, identified: false };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('message', (raw) => this.onMessage(session, raw.toString()));
    this.send(session, { op: GatewayOp.Hello, d: { heartbeat_interval: this.opts.heartbeatIntervalMs }, s: null, t: null });
  }

  private onMessage(session: Session, raw: string): void {
    let payload: { op: number; d: unknown };
    try {
      payload = JSON.parse(raw);
    } catch {
      session.socket.close(4002, 'Decode error');
      return;
    }
    this.received.push(payload);
    switch (payload.op) {
      case GatewayOp.Heartbeat:
        this.send(session, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        break;
      case GatewayOp.Identify: {
        const d = payload.d as { token?: string; intents?: number };
        if (d.token !== this.opts.token && d.token !== `Bot ${this.opts.token}`) {
          session.socket.close(4004, 'Authentication failed.');
          return;
        }
        session.identified = true;
        this.dispatch(session, 'READY', {
          v: 10,
          user: userObject(this.opts.botUser),
          guilds: this.opts.guilds.map((g) => ({ id: g.id, unavailable: true })),
          session_id: `session-${Date.now()}`,
          resume_gateway_url: this.opts.url(),
          shard: [0, 1],
          application: { id: this.opts.applicationId, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
          user_settings: {},
          geo_ordered_rtc_regions: [],
          guild_join_requests: [],
          _trace: ['fake-discord'],
        });
        for (const g of this.opts.guilds) this.dispatch(session, 'GUILD_CREATE', guildCreateObject(g, this.opts.botUser));
        break;
      }
      case GatewayOp.Resume:
        this.send(session, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
        break;
      default:
        break;
    }
  }

  /** Sends a dispatch event to every identified session. */
  broadcast(t: string, d: unknown): void {
    for (const s of this.sessions) if (s.identified) this.dispatch(s, t, d);
  }

  private dispatch(session: Session, t: string, d: unknown): void {
    session.seq++;
    this.send(session, { op: GatewayOp.Dispatch, t, s: session.seq, d });
  }

  private send(session: Session, payload: unknown): void {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(payload));
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
