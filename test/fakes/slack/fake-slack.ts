/**
 * A fake Slack on 127.0.0.1 for the adapter's tests, speaking what @slack/bolt and @slack/web-api use:
 * - Web API under `/api/<method>` (form-encoded, `Authorization: Bearer`): auth.test, users.info,
 *   chat.postMessage (messages stored per channel, metadata kept), conversations.history
 *   (`include_all_metadata`), apps.connections.open (returns the fake's Socket Mode URL); every call is
 *   recorded; `rateLimitNext` answers HTTP 429 `ratelimited` with `Retry-After`; `setChannelError`
 *   answers `not_in_channel` / `channel_not_found` / `is_archived`.
 * - Socket Mode at `/socket` (ws): sends `hello`, then `slash_commands` envelopes (`slashCommand`), and
 *   checks that each is acknowledged once with its `envelope_id`.
 * - `response_url`s at `/respond/<n>`: replies recorded per command.
 * - `postSignedCommand`: a slash command POSTed to an HTTP receiver, signed with the signing secret
 *   (`v0=HMAC-SHA256(secret, "v0:<ts>:<body>")`, https://docs.slack.dev/authentication/verifying-requests-from-slack),
 *   or deliberately unsigned / stale / forged.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { refusal, SLACK_DOCUMENTED_LIMITS, type SlackPayloadLimits } from './validate.js';

export interface FakeSlackUser {
  id: string;
  name: string;
  isAdmin?: boolean;
  isOwner?: boolean;
}

export interface FakeSlackOptions {
  botToken: string;
  appToken: string;
  teamId: string;
  users: FakeSlackUser[];
  /** Channels the bot is a member of (others: history answers `not_in_channel`). */
  channels: string[];
  botUserId?: string;
  botId?: string;
  appId?: string;
  /** Server ping interval on the Socket Mode connection, ms (the SDK expects one within 30 s). Default 5000. */
  pingIntervalMs?: number;
}

export interface StoredSlackMessage {
  ts: string;
  channel: string;
  text: string;
  blocks: Record<string, unknown>[];
  metadata: { event_type: string; event_payload: Record<string, unknown> } | null;
  user: string;
  bot_id: string;
  unfurl_links: unknown;
  unfurl_media: unknown;
}

/** A file shared through the upload flow. */
export interface SharedSlackFile {
  id: string;
  filename: string;
  title: string;
  /** The length announced to files.getUploadURLExternal. */
  length: number;
  bytes: Buffer;
  channel: string;
}

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  status: number;
  error: string | null;
}

/** One message posted to a command's `response_url`. */
export interface FakeResponse {
  response_type?: string;
  text?: string;
  blocks?: Record<string, unknown>[];
  replace_original?: boolean;
  [k: string]: unknown;
}

export interface SlashInput {
  user: FakeSlackUser;
  channel: string;
  text: string;
  command?: string;
  /** How many `response_url` messages to wait for. Default 1. */
  responses?: number;
}

export interface SlashResult {
  /** Socket Mode: the ack's payload. HTTP: the receiver's status and body. */
  ack: { status: number; body: string; payload?: unknown };
  responses: FakeResponse[];
}

interface Pending {
  want: number;
  got: FakeResponse[];
  resolve: () => void;
}

const TIMEOUT_MS = 10_000;

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  /** Envelope id → the acks received for it (must be exactly one). */
  readonly acks = new Map<string, unknown[]>();
  /** Envelope ids answered on their response_url before they were acknowledged (must stay empty). */
  readonly respondedBeforeAck: string[] = [];
  /** response_url id → the envelope that carried it (Socket Mode). */
  private readonly envelopeOf = new Map<string, string>();
  readonly botUserId: string;
  readonly botId: string;
  readonly appId: string;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private port = 0;
  private seq = 0;
  private readonly channelMessages = new Map<string, StoredSlackMessage[]>();
  private readonly channelErrors = new Map<string, string>();
  /** What a message may hold (validate.ts); `setPayloadLimits` makes it stricter. */
  private payloadLimits: SlackPayloadLimits = SLACK_DOCUMENTED_LIMITS;
  /** `chat.postMessage` calls refused as payloads (invalid_blocks, msg_too_long), in order. */
  readonly refusedPosts: { channel: string; error: string; errors: string[] }[] = [];
  /** Upload URLs handed out (file id → name, length, bytes once uploaded). */
  private readonly uploads = new Map<string, { filename: string; length: number; bytes: Buffer | null }>();
  private readonly shared: SharedSlackFile[] = [];
  private readonly rateLimits: { method: string; skip: number; remaining: number; retryAfter: number }[] = [];
  private readonly responses = new Map<string, Pending>();
  private readonly ackWaiters = new Map<string, (payload: unknown) => void>();
  private readonly members: Set<string>;
  private pingTimer: NodeJS.Timeout | null = null;
  private socketWaiters: { total: number; resolve: () => void }[] = [];
  /** Socket Mode connections accepted so far (reconnections included). */
  connectionsOpened = 0;

  private constructor(private readonly opts: FakeSlackOptions) {
    this.botUserId = opts.botUserId ?? 'U0BOT00001';
    this.botId = opts.botId ?? 'B0BOT00001';
    this.appId = opts.appId ?? 'A0APP00001';
    this.members = new Set(opts.channels);
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  /** Starts the fake on 127.0.0.1 on a free port. */
  static async start(opts: FakeSlackOptions): Promise<FakeSlack> {
    const fake = new FakeSlack(opts);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    fake.pingTimer = setInterval(() => {
      for (const ws of fake.sockets) ws.ping('fake-slack');
    }, opts.pingIntervalMs ?? 5000);
    fake.pingTimer.unref();
    return fake;
  }

  /** The Web API base URL for `clientOptions.slackApiUrl`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Open Socket Mode connections. */
  get socketCount(): number {
    return this.sockets.size;
  }

  /** Files shared in `channel` (files.completeUploadExternal), oldest first. */
  files(channel: string): SharedSlackFile[] {
    return this.shared.filter((f) => f.channel === channel);
  }

  /** Messages posted to `channel`, oldest first. */
  messages(channel: string): StoredSlackMessage[] {
    return [...(this.channelMessages.get(channel) ?? [])];
  }

  /** Posts `count` messages by a member (not the app) in a channel: chatter after a digest. */
  postAsMember(channel: string, userId: string, count: number): void {
    const list = this.channelMessages.get(channel) ?? [];
    for (let i = 0; i < count; i++) {
      const n = ++this.seq;
      list.push({
        ts: `${1764000000 + n}.${String(n).padStart(6, '0')}`,
        channel,
        text: `member message ${i + 1}`,
        blocks: [],
        metadata: null,
        user: userId,
        bot_id: '',
        unfurl_links: undefined,
        unfurl_media: undefined,
      });
    }
    this.channelMessages.set(channel, list);
  }

  /** Calls of one Web API method, in order. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * After `skip` more calls of `method` go through, the next `count` are answered HTTP 429
   * `ratelimited` with `Retry-After: retryAfterSeconds`.
   */
  rateLimitNext(method: string, count = 1, retryAfterSeconds = 1, skip = 0): void {
    this.rateLimits.push({ method, skip, remaining: count, retryAfter: retryAfterSeconds });
  }

  /**
   * Messages over these limits are refused with `invalid_blocks` / `msg_too_long` (validate.ts);
   * stricter than Slack's documented ones, they stand for a limit the renderer does not know of.
   * Null: back to the documented limits.
   */
  setPayloadLimits(limits: Partial<SlackPayloadLimits> | null): void {
    this.payloadLimits = { ...SLACK_DOCUMENTED_LIMITS, ...(limits ?? {}) };
  }

  /** `chat.postMessage` to `channel` answers `error` (e.g. `not_in_channel`) until cleared with null. */
  setChannelError(channel: string, error: string | null): void {
    if (error) this.channelErrors.set(channel, error);
    else this.channelErrors.delete(channel);
  }

  /** Whether the bot is a member of `channel` (history needs it). */
  setMember(channel: string, member: boolean): void {
    if (member) this.members.add(channel);
    else this.members.delete(channel);
  }

  /** Resolves once a Socket Mode client is connected (has received `hello`). */
  waitForSocket(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return this.waitForConnections(this.connectionsOpened + 1);
  }

  /** Resolves once `total` Socket Mode connections have been opened in all (reconnections count). */
  waitForConnections(total: number): Promise<void> {
    if (this.connectionsOpened >= total) return Promise.resolve();
    return new Promise((resolve) => this.socketWaiters.push({ total, resolve }));
  }

  /** Asks every connected client to reconnect, as Slack does to refresh connections (`type: disconnect`). */
  disconnectSockets(reason = 'refresh_requested'): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-slack' } }));
  }

  /**
   * Sends a `slash_commands` envelope over Socket Mode and waits for its ack and for `responses`
   * messages on its `response_url`.
   * @throws when no client is connected, the ack does not come within 10 s, or an envelope is acked twice
   */
  async slashCommand(input: SlashInput): Promise<SlashResult> {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error('fake slack: no Socket Mode connection');
    const { payload, responseId } = this.commandPayload(input);
    const envelopeId = `env-${++this.seq}`;
    this.envelopeOf.set(responseId, envelopeId);
    const pending = this.expectResponses(responseId, input.responses ?? 1);
    const acked = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake slack: envelope ${envelopeId} was not acknowledged`)), TIMEOUT_MS);
      this.ackWaiters.set(envelopeId, (p) => {
        clearTimeout(timer);
        resolve(p);
      });
    });
    ws.send(JSON.stringify({ envelope_id: envelopeId, type: 'slash_commands', accepts_response_payload: true, payload }));
    const ackPayload = await acked;
    const responses = await pending;
    return { ack: { status: 200, body: '', payload: ackPayload }, responses };
  }

  /**
   * POSTs a slash command to an HTTP receiver (`url`), form-encoded like Slack, signed with `secret`.
   * `sign: false` sends no signature; `timestampSec` overrides the request timestamp (stale requests);
   * `signWith` signs with another secret. Waits for `responses` response_url messages when the receiver
   * answered 200 (none otherwise).
   */
  async postSignedCommand(
    url: string,
    input: SlashInput,
    opts: { secret: string; sign?: boolean; timestampSec?: number; signWith?: string },
  ): Promise<SlashResult> {
    const { payload, responseId } = this.commandPayload(input);
    const body = new URLSearchParams(payload).toString();
    const ts = opts.timestampSec ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (opts.sign !== false) {
      headers['x-slack-request-timestamp'] = String(ts);
      headers['x-slack-signature'] = signature(opts.signWith ?? opts.secret, ts, body);
    }
    const want = input.responses ?? 1;
    const pending = this.expectResponses(responseId, want);
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    if (res.status !== 200) {
      this.responses.delete(responseId);
      return { ack: { status: res.status, body: text }, responses: [] };
    }
    return { ack: { status: res.status, body: text }, responses: await pending };
  }

  async close(): Promise<void> {
    if (this.pingTimer) clearInterval(this.pingTimer);
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private commandPayload(input: SlashInput): { payload: Record<string, string>; responseId: string } {
    const responseId = String(++this.seq);
    const payload = {
      token: 'verification-token-unused',
      team_id: this.opts.teamId,
      team_domain: 'newsroom',
      channel_id: input.channel,
      channel_name: 'news',
      user_id: input.user.id,
      user_name: input.user.name,
      command: input.command ?? '/wirewatch',
      text: input.text,
      api_app_id: this.appId,
      is_enterprise_install: 'false',
      response_url: `${this.origin}/respond/${responseId}`,
      trigger_id: `trigger.${responseId}`,
    };
    return { payload, responseId };
  }

  private expectResponses(id: string, want: number): Promise<FakeResponse[]> {
    return new Promise<FakeResponse[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`fake slack: ${want} response(s) expected on response_url ${id}, got ${this.responses.get(id)?.got.length ?? 0}`)),
        TIMEOUT_MS,
      );
      const entry: Pending = {
        want,
        got: [],
        resolve: () => {
          clearTimeout(timer);
          resolve(entry.got);
        },
      };
      this.responses.set(id, entry);
      if (want === 0) entry.resolve();
    });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      let msg: { envelope_id?: string; payload?: unknown };
      try {
        msg = JSON.parse(String(data)) as typeof msg;
      } catch {
        return;
      }
      if (!msg.envelope_id) return;
      const list = this.acks.get(msg.envelope_id) ?? [];
      list.push(msg.payload);
      this.acks.set(msg.envelope_id, list);
      const waiter = this.ackWaiters.get(msg.envelope_id);
      this.ackWaiters.delete(msg.envelope_id);
      waiter?.(msg.payload);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
        connection_info: { app_id: this.appId },
      }),
    );
    this.connectionsOpened++;
    const ready = this.socketWaiters.filter((w) => w.total <= this.connectionsOpened);
    this.socketWaiters = this.socketWaiters.filter((w) => w.total > this.connectionsOpened);
    for (const w of ready) w.resolve();
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/upload/')) {
      // the upload URL of files.getUploadURLExternal: takes the raw bytes once, of the announced length
      const up = this.uploads.get(path.slice('/upload/'.length));
      const bytes = Buffer.concat(chunks);
      if (!up || req.method !== 'POST' || up.bytes) return void res.writeHead(404).end();
      if (bytes.length !== up.length) return void res.writeHead(400).end('length mismatch');
      up.bytes = bytes;
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    if (path.startsWith('/respond/')) {
      const id = path.slice('/respond/'.length);
      const envelope = this.envelopeOf.get(id);
      if (envelope && !this.acks.has(envelope)) this.respondedBeforeAck.push(envelope);
      const entry = this.responses.get(id);
      if (!entry) {
        res.writeHead(404).end('expired_url');
        return;
      }
      entry.got.push(JSON.parse(raw) as FakeResponse);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      if (entry.got.length >= entry.want) entry.resolve();
      return;
    }
    if (!path.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = path.slice('/api/'.length);
    const params = parseForm(raw, String(req.headers['content-type'] ?? ''));
    const auth = String(req.headers.authorization ?? '');
    const answer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      this.calls.push({ method, params, status, error: body.ok ? null : String(body.error) });
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const limit = this.rateLimits.find((r) => r.method === method && r.remaining > 0);
    if (limit && limit.skip > 0) limit.skip--;
    else if (limit) {
      limit.remaining--;
      answer(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limit.retryAfter) });
      return;
    }
    if (method === 'apps.connections.open') {
      if (auth !== `Bearer ${this.opts.appToken}`) return answer(200, { ok: false, error: 'invalid_auth' });
      return answer(200, { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${++this.seq}` });
    }
    if (auth !== `Bearer ${this.opts.botToken}`) return answer(200, { ok: false, error: 'invalid_auth' });
    switch (method) {
      case 'auth.test':
        return answer(200, {
          ok: true,
          url: 'https://newsroom.slack.example/',
          team: 'Newsroom',
          user: 'wirewatch',
          team_id: this.opts.teamId,
          user_id: this.botUserId,
          bot_id: this.botId,
        });
      case 'users.info': {
        const u = this.opts.users.find((x) => x.id === params.user);
        if (!u) return answer(200, { ok: false, error: 'user_not_found' });
        return answer(200, {
          ok: true,
          user: {
            id: u.id,
            team_id: this.opts.teamId,
            name: u.name,
            is_admin: Boolean(u.isAdmin),
            is_owner: Boolean(u.isOwner),
            is_primary_owner: false,
            is_bot: false,
          },
        });
      }
      case 'conversations.open': {
        // A DM with one user (https://docs.slack.dev/reference/methods/conversations.open): a stable D… id.
        const user = String(params.users ?? '');
        if (!this.opts.users.some((u) => u.id === user)) return answer(200, { ok: false, error: 'user_not_found' });
        const id = `D${user.slice(1)}`;
        this.members.add(id);
        return answer(200, { ok: true, channel: { id } });
      }
      case 'chat.postMessage': {
        const channel = String(params.channel ?? '');
        const error = this.channelErrors.get(channel);
        if (error) return answer(200, { ok: false, error });
        if (!params.text && !params.blocks) return answer(200, { ok: false, error: 'no_text' });
        const refused = refusal(params, this.payloadLimits);
        if (refused) {
          this.refusedPosts.push({ channel, ...refused });
          return answer(200, { ok: false, ...refused });
        }
        const msg: StoredSlackMessage = {
          ts: `${1764000000 + this.seq}.${String(++this.seq).padStart(6, '0')}`,
          channel,
          text: String(params.text ?? ''),
          blocks: (params.blocks as Record<string, unknown>[]) ?? [],
          metadata: (params.metadata as StoredSlackMessage['metadata']) ?? null,
          user: this.botUserId,
          bot_id: this.botId,
          unfurl_links: params.unfurl_links,
          unfurl_media: params.unfurl_media,
        };
        const list = this.channelMessages.get(channel) ?? [];
        list.push(msg);
        this.channelMessages.set(channel, list);
        return answer(200, { ok: true, channel, ts: msg.ts, message: { type: 'message', text: msg.text, ts: msg.ts, bot_id: msg.bot_id, user: msg.user } });
      }
      case 'files.getUploadURLExternal': {
        // https://docs.slack.dev/reference/methods/files.getUploadURLExternal
        const length = Number(params.length);
        if (!params.filename || !Number.isInteger(length) || length < 1) return answer(200, { ok: false, error: 'invalid_arguments' });
        const id = `F${String(++this.seq).padStart(9, '0')}`;
        this.uploads.set(id, { filename: String(params.filename), length, bytes: null });
        return answer(200, { ok: true, upload_url: `${this.origin}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        // https://docs.slack.dev/reference/methods/files.completeUploadExternal
        const files = (params.files as { id: string; title?: string }[] | undefined) ?? [];
        const channel = String(params.channel_id ?? '');
        const error = this.channelErrors.get(channel);
        if (error) return answer(200, { ok: false, error });
        const done: SharedSlackFile[] = [];
        for (const f of files) {
          const up = this.uploads.get(f.id);
          if (!up || !up.bytes) return answer(200, { ok: false, error: 'file_not_found' });
          done.push({ id: f.id, filename: up.filename, title: f.title ?? up.filename, length: up.length, bytes: up.bytes, channel });
        }
        if (done.length === 0) return answer(200, { ok: false, error: 'invalid_arguments' });
        this.shared.push(...done);
        return answer(200, { ok: true, files: done.map((f) => ({ id: f.id, title: f.title })) });
      }
      case 'conversations.history': {
        const channel = String(params.channel ?? '');
        if (!this.members.has(channel)) return answer(200, { ok: false, error: 'not_in_channel' });
        const limit = Math.min(Number(params.limit ?? 100) || 100, 999);
        const withMeta = params.include_all_metadata === true;
        // Cursor pagination (https://docs.slack.dev/apis/web-api/pagination): the cursor is the offset.
        const offset =
          Number(
            Buffer.from(String(params.cursor ?? ''), 'base64')
              .toString('utf8')
              .replace(/^offset:/, ''),
          ) || 0;
        const all = this.messages(channel).reverse();
        const messages = all.slice(offset, offset + limit).map((m) => ({
          type: 'message',
          ts: m.ts,
          text: m.text,
          user: m.user,
          bot_id: m.bot_id,
          app_id: this.appId,
          blocks: m.blocks,
          ...(withMeta && m.metadata ? { metadata: m.metadata } : {}),
        }));
        const more = offset + limit < all.length;
        return answer(200, {
          ok: true,
          messages,
          has_more: more,
          ...(more ? { response_metadata: { next_cursor: Buffer.from(`offset:${offset + limit}`).toString('base64') } } : {}),
        });
      }
      default:
        return answer(200, { ok: false, error: 'unknown_method' });
    }
  }
}

/** The `X-Slack-Signature` of a request body. */
export function signature(secret: string, timestampSec: number, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex');
}

/** Form fields as the Web API client sends them: JSON-encoded objects and arrays, `true`/`false`. */
function parseForm(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (v === 'true' || v === 'false') out[k] = v === 'true';
    else if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
      } catch {
        out[k] = v;
      }
    } else out[k] = v;
  }
  return out;
}
