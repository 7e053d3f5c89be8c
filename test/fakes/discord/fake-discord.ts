/**
 * A fake Discord on 127.0.0.1 speaking the protocols discord.js uses: REST v10 under `/api/v10`
 * (gateway/bot, users/@me, applications/@me, application commands, interaction callbacks and
 * webhook follow-ups — JSON or multipart/form-data with `payload_json` and `files[n]` uploads, kept as
 * `files` on the message — channel messages with nonces, 429 on demand) and the Gateway over WebSocket at
 * `/gateway` (see gateway.ts). Point discord.js at it with `rest: { api: fake.apiUrl }`; the gateway
 * URL comes from `GET /gateway/bot`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.js';
import { interactionCreate, messageObject, Snowflakes, userObject, type FakeGuild, type FakeUser, type StoredMessage } from './payloads.js';
import { DISCORD_DOCUMENTED_LIMITS, invalidFormBody, type DiscordPayloadLimits } from './validate.js';

export type { FakeGuild, FakeUser, StoredMessage } from './payloads.js';

/** Discord "Application Command Option Type" numbers. */
const OptionType = { Subcommand: 1, String: 3, Integer: 4, Boolean: 5, Attachment: 11 } as const;
/** Interaction callback types (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type). */
export const CallbackType = { ChannelMessage: 4, DeferredChannelMessage: 5, AutocompleteResult: 8 } as const;
const EPHEMERAL = 1 << 6;
/** How long the fake keeps nonces ("a few minutes" in the Create Message docs). */
const NONCE_WINDOW_MS = 5 * 60_000;

export interface FakeDiscordOptions {
  token: string;
  applicationId?: string;
  botUser?: FakeUser;
  guilds: FakeGuild[];
  heartbeatIntervalMs?: number;
}

interface RegisteredCommand {
  id: string;
  name: string;
  default_member_permissions: string | null;
  options?: { name: string; type: number; options?: { name: string; type: number }[] }[];
  [k: string]: unknown;
}

/** One reply message of an interaction (the original response or a follow-up). */
/** A file uploaded with a message (multipart `files[n]`, https://discord.com/developers/docs/reference#uploading-files). */
export interface FakeUpload {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export interface InteractionMessage {
  /** Files uploaded with it (multipart requests). */
  files: FakeUpload[];
  content: string;
  embeds: Record<string, unknown>[];
  ephemeral: boolean;
  allowedMentions: unknown;
  deleted: boolean;
}

export interface InteractionRecord {
  id: string;
  token: string;
  callbacks: { type: number; data?: Record<string, unknown> }[];
  /** The original response (after a deferral: once edited) and then the follow-ups, in order. */
  messages: InteractionMessage[];
  deferred: boolean;
  choices?: { name: string; value: string | number }[];
}

export interface InvokeInput {
  guildId: string;
  channelId: string;
  user: FakeUser;
  /** The member's permissions in the channel (Discord computes these; the fake takes them as given). */
  permissions: bigint;
  roles?: string[];
  command: string;
  subcommand?: string;
  options?: Record<string, string | number | boolean | { filename: string; content: string }>;
  /** For autocomplete: the option being typed. */
  focused?: string;
}

interface RateLimitRule {
  method: string;
  path: RegExp;
  remaining: number;
  retryAfterSeconds: number;
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly guilds: FakeGuild[];
  /** Every REST request: method, path (without /api/v10), status answered. */
  readonly requests: { method: string; path: string; status: number; body: unknown }[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  private readonly ids = new Snowflakes();
  private readonly server: Server;
  private gateway!: FakeGateway;
  private port = 0;
  private readonly channelMessages = new Map<string, StoredMessage[]>();
  private readonly commands = new Map<string, RegisteredCommand[]>();
  private readonly channelErrors = new Map<string, 50001 | 50013>();
  private readonly rateLimits: RateLimitRule[] = [];
  private readonly failures: { method: string; path: RegExp; skip: number; remaining: number; status: number; code: number; message: string }[] = [];
  private nonceEpoch = 0;
  /** What a message body may hold (validate.ts); `setPayloadLimits` makes it stricter. */
  private payloadLimits: DiscordPayloadLimits = DISCORD_DOCUMENTED_LIMITS;
  private readonly attachments = new Map<string, string>();

  private constructor(opts: FakeDiscordOptions) {
    this.token = opts.token;
    this.applicationId = opts.applicationId ?? '1100000000000000001';
    this.botUser = opts.botUser ?? { id: '1100000000000000002', username: 'wirewatch', bot: true };
    this.guilds = opts.guilds;
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.gateway = new FakeGateway(this.server, {
      token: this.token,
      applicationId: this.applicationId,
      botUser: this.botUser,
      guilds: this.guilds,
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
      url: () => this.gatewayUrl,
    });
  }

  /** Starts the fake on 127.0.0.1 on a free port. */
  static async start(opts: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(opts);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Base URL for discord.js's REST `api` option (it appends `/v10`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get gatewayMessages(): { op: number; d: unknown }[] {
    return this.gateway.received;
  }

  get connectedSessions(): number {
    return this.gateway.readySessions;
  }

  /** Posts `count` messages by a member (not the bot) in a channel: chatter after a digest. */
  postAsMember(channelId: string, user: FakeUser, count: number): void {
    const list = this.channelMessages.get(channelId) ?? [];
    for (let i = 0; i < count; i++) {
      list.push({
        id: this.ids.next(),
        channel_id: channelId,
        author: userObject(user),
        content: `member message ${i + 1}`,
        embeds: [],
        flags: 0,
        timestamp: new Date().toISOString(),
        createdBy: user.id,
        createdAtMs: Date.now(),
      });
    }
    this.channelMessages.set(channelId, list);
  }

  /** Messages in a channel, oldest first. */
  messages(channelId: string): StoredMessage[] {
    return [...(this.channelMessages.get(channelId) ?? [])];
  }

  /** Registered commands, global (`guildId` undefined) or for a guild. */
  registeredCommands(guildId?: string): RegisteredCommand[] {
    return this.commands.get(guildId ?? 'global') ?? [];
  }

  /** The next `count` requests matching method and path get a 429 with `Retry-After`. */
  rateLimitNext(method: string, path: RegExp, count = 1, retryAfterSeconds = 0.05): void {
    this.rateLimits.push({ method, path, remaining: count, retryAfterSeconds });
  }

  /**
   * After `skip` more requests matching method and path have passed, the next `count` fail with this
   * status and JSON error code.
   */
  failNext(method: string, path: RegExp, status: number, code: number, message: string, opts: { count?: number; skip?: number } = {}): void {
    this.failures.push({ method, path, skip: opts.skip ?? 0, remaining: opts.count ?? 1, status, code, message });
  }

  /**
   * Message bodies over these limits are refused with 400 / 50035 Invalid Form Body (validate.ts);
   * stricter than Discord's documented ones, they stand for a limit the renderer does not know of.
   * Null: back to the documented limits.
   */
  setPayloadLimits(limits: Partial<DiscordPayloadLimits> | null): void {
    this.payloadLimits = { ...DISCORD_DOCUMENTED_LIMITS, ...(limits ?? {}) };
  }

  /** Ends every `failNext` rule (an outage is over). */
  clearFailures(): void {
    this.failures.length = 0;
  }

  /** Forgets every nonce, as Discord does after a few minutes. */
  expireNonces(): void {
    this.nonceEpoch = Date.now() + 1;
  }

  /** Posting in the channel fails with Missing Access (50001) or Missing Permissions (50013); null clears. */
  setChannelError(channelId: string, code: 50001 | 50013 | null): void {
    if (code === null) this.channelErrors.delete(channelId);
    else this.channelErrors.set(channelId, code);
  }

  /**
   * Sends an INTERACTION_CREATE (application command, or autocomplete when `focused` is set) over
   * the gateway, built from the registered command so option types are the real ones.
   * @throws Error when the command or subcommand is not registered in that guild or globally
   */
  interact(input: InvokeInput): InteractionRecord {
    const def = [...this.registeredCommands(input.guildId), ...this.registeredCommands()].find((c) => c.name === input.command);
    if (!def) throw new Error(`fake discord: /${input.command} is not registered`);
    const subDef = input.subcommand ? def.options?.find((o) => o.name === input.subcommand && o.type === OptionType.Subcommand) : undefined;
    if (input.subcommand && !subDef) throw new Error(`fake discord: /${input.command} ${input.subcommand} is not registered`);
    const optionDefs = subDef ? (subDef.options ?? []) : (def.options ?? []);
    const resolvedAttachments: Record<string, unknown> = {};
    const options = Object.entries(input.options ?? {}).map(([name, value]) => {
      const od = optionDefs.find((o) => o.name === name);
      if (!od) throw new Error(`fake discord: /${input.command} ${input.subcommand ?? ''} has no option ${name}`);
      if (typeof value === 'object') {
        const id = this.ids.next();
        this.attachments.set(`${id}/${value.filename}`, value.content);
        const url = `http://127.0.0.1:${this.port}/attachments/${id}/${value.filename}`;
        resolvedAttachments[id] = {
          id,
          filename: value.filename,
          size: Buffer.byteLength(value.content),
          url,
          proxy_url: url,
          content_type: 'text/x-opml; charset=utf-8',
        };
        return { name, type: od.type, value: id };
      }
      return { name, type: od.type, value, ...(input.focused === name ? { focused: true } : {}) };
    });
    const id = this.ids.next();
    const token = `itoken-${id}`;
    const record: InteractionRecord = { id, token, callbacks: [], messages: [], deferred: false };
    this.interactions.set(token, record);
    const channelName = this.guilds.flatMap((g) => g.channels).find((c) => c.id === input.channelId)?.name ?? 'channel';
    this.gateway.broadcast(
      'INTERACTION_CREATE',
      interactionCreate({
        id,
        token,
        applicationId: this.applicationId,
        input,
        command: def,
        subcommand: subDef?.name ?? null,
        options,
        attachments: resolvedAttachments,
        channelName,
      }),
    );
    return record;
  }

  /**
   * `interact` and wait until the original response is final (answered, or edited after a deferral)
   * and `followUps` follow-ups have arrived.
   */
  async invoke(input: InvokeInput, followUps = 0, timeoutMs = 10_000): Promise<InteractionRecord> {
    const record = this.interact(input);
    await waitFor(
      () => (input.focused ? record.choices !== undefined : record.messages.length >= 1 + followUps),
      timeoutMs,
      `interaction /${input.command} ${input.subcommand ?? ''}`,
    );
    return record;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString('utf8');
    let body: Record<string, unknown> = {};
    let uploads: FakeUpload[] = [];
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const parts = parseMultipart(raw, /boundary=("?)([^";]+)\1/.exec(type)?.[2] ?? '');
      const json = parts.find((p) => p.field === 'payload_json');
      if (json) body = JSON.parse(json.bytes.toString('utf8'));
      uploads = parts.filter((p) => /^files\[\d+\]$/.test(p.field));
    } else if (text && type.includes('json')) body = JSON.parse(text);
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, path, status, body });
      res.writeHead(status, { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers });
      res.end(json !== undefined ? JSON.stringify(json) : undefined);
    };

    if (url.pathname.startsWith('/attachments/')) {
      const content = this.attachments.get(url.pathname.slice('/attachments/'.length));
      if (content === undefined) return reply(404, { message: 'Not Found', code: 0 });
      this.requests.push({ method, path: url.pathname, status: 200, body });
      res.writeHead(200, { 'content-type': 'text/x-opml; charset=utf-8' });
      res.end(content);
      return;
    }
    if (!url.pathname.startsWith('/api/v10/')) return reply(404, { message: '404: Not Found', code: 0 });

    const limit = this.rateLimits.find((r) => r.remaining > 0 && r.method === method && r.path.test(path));
    if (limit) {
      limit.remaining--;
      return reply(
        429,
        { message: 'You are being rate limited.', retry_after: limit.retryAfterSeconds, global: false },
        {
          'retry-after': String(limit.retryAfterSeconds),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(limit.retryAfterSeconds),
          'x-ratelimit-bucket': 'fakebucket',
          'x-ratelimit-scope': 'user',
        },
      );
    }

    const failure = this.failures.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
    if (failure && failure.skip > 0) failure.skip--;
    else if (failure) {
      failure.remaining--;
      return reply(failure.status, { message: failure.message, code: failure.code });
    }

    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    // interaction endpoints authenticate with the interaction token, the rest with the bot token
    if (!webhook && !callback && req.headers.authorization !== `Bot ${this.token}`) {
      return reply(401, { message: '401: Unauthorized', code: 0 });
    }

    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/users/@me') return reply(200, userObject({ ...this.botUser, bot: true }));
    if (method === 'GET' && path === '/applications/@me') {
      return reply(200, {
        id: this.applicationId,
        name: 'wirewatch',
        description: '',
        bot_public: false,
        bot_require_code_grant: false,
        flags: 0,
        bot: userObject(this.botUser),
        verify_key: 'fake',
        team: null,
        icon: null,
      });
    }

    const cmds = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (cmds) {
      if (cmds[1] !== this.applicationId) return reply(403, { message: 'Missing Access', code: 50001 });
      const scope = cmds[2] ?? 'global';
      if (method === 'GET') return reply(200, this.commands.get(scope) ?? []);
      if (method === 'PUT') {
        const list = (body as unknown as RegisteredCommand[]).map((c) => ({
          ...c,
          id: this.ids.next(),
          application_id: this.applicationId,
          version: this.ids.next(),
          ...(cmds[2] ? { guild_id: cmds[2] } : {}),
        }));
        this.commands.set(scope, list);
        return reply(200, list);
      }
    }

    if (callback) {
      const record = this.interactions.get(callback[2]);
      if (!record || record.id !== callback[1]) return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (record.callbacks.length > 0) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const cb = body as { type: number; data?: Record<string, unknown> };
      record.callbacks.push(cb);
      if (cb.type === CallbackType.AutocompleteResult) record.choices = (cb.data?.choices as InteractionRecord['choices']) ?? [];
      else if (cb.type === CallbackType.DeferredChannelMessage) record.deferred = true;
      else if (cb.type === CallbackType.ChannelMessage) record.messages.push(interactionMessage(cb.data ?? {}, uploads));
      return reply(204);
    }

    if (webhook) {
      const record = this.interactions.get(webhook[2]);
      if (webhook[1] !== this.applicationId || !record) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      const channelId = '0';
      const asMessage = (m: InteractionMessage, id: string) =>
        messageObject(
          {
            id,
            channel_id: channelId,
            author: userObject(this.botUser),
            content: m.content,
            embeds: m.embeds,
            flags: m.ephemeral ? EPHEMERAL : 0,
            timestamp: new Date().toISOString(),
            createdBy: 'webhook',
            createdAtMs: Date.now(),
          },
          { webhook_id: this.applicationId },
        );
      if (webhook[3] && method === 'PATCH') {
        const ephemeral =
          (record.callbacks[0]?.data?.flags as number | undefined) !== undefined && ((record.callbacks[0].data!.flags as number) & EPHEMERAL) !== 0;
        const m = { ...interactionMessage(body, uploads), ephemeral };
        if (record.messages.length === 0) record.messages.push(m);
        else record.messages[0] = m;
        return reply(200, asMessage(m, record.id));
      }
      if (webhook[3] && method === 'DELETE') {
        if (record.messages.length === 0) record.messages.push({ files: [], content: '', embeds: [], ephemeral: false, allowedMentions: null, deleted: true });
        else record.messages[0].deleted = true;
        return reply(204);
      }
      if (!webhook[3] && method === 'POST') {
        const m = interactionMessage(body, uploads);
        record.messages.push(m);
        return reply(200, asMessage(m, this.ids.next()));
      }
    }

    const chan = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (chan) {
      const channelId = chan[1];
      if (!this.guilds.some((g) => g.channels.some((c) => c.id === channelId))) return reply(404, { message: 'Unknown Channel', code: 10003 });
      const denied = this.channelErrors.get(channelId);
      if (denied) return reply(403, { message: denied === 50001 ? 'Missing Access' : 'Missing Permissions', code: denied });
      const list = this.channelMessages.get(channelId) ?? [];
      this.channelMessages.set(channelId, list);
      if (method === 'GET') {
        const n = Math.min(Number(url.searchParams.get('limit') ?? 50), 100);
        // `before`: messages older than that id (snowflakes grow with time), newest first.
        const before = url.searchParams.get('before');
        const older = before ? list.filter((m) => BigInt(m.id) < BigInt(before)) : list;
        return reply(
          200,
          [...older]
            .reverse()
            .slice(0, n)
            .map((m) => messageObject(m)),
        );
      }
      if (method === 'POST') {
        const nonce = body.nonce as string | number | undefined;
        if (typeof nonce === 'string' && nonce.length > 25)
          return reply(400, {
            message: 'Invalid Form Body',
            code: 50035,
            errors: { nonce: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] } },
          });
        const invalid = invalidFormBody(body, this.payloadLimits);
        if (invalid) return reply(400, { message: 'Invalid Form Body', code: 50035, errors: invalid });
        if (nonce !== undefined && body.enforce_nonce === true) {
          const existing = list.find(
            (m) => m.nonce === nonce && m.createdBy === this.botUser.id && m.createdAtMs >= this.nonceEpoch && Date.now() - m.createdAtMs < NONCE_WINDOW_MS,
          );
          if (existing) return reply(200, messageObject(existing));
        }
        const m: StoredMessage = {
          id: this.ids.next(),
          channel_id: channelId,
          author: userObject({ ...this.botUser, bot: true }),
          content: typeof body.content === 'string' ? body.content : '',
          embeds: (body.embeds as Record<string, unknown>[] | undefined) ?? [],
          nonce,
          flags: 0,
          timestamp: new Date().toISOString(),
          createdBy: this.botUser.id,
          createdAtMs: Date.now(),
          ...(uploads.length ? { files: uploads } : {}),
        };
        list.push(m);
        return reply(200, messageObject(m));
      }
    }
    return reply(404, { message: `fake discord: no route for ${method} ${path}`, code: 0 });
  }
}

/** The parts of a multipart/form-data body (RFC 7578): field name, file name, type and raw bytes. */
export function parseMultipart(body: Buffer, boundary: string): FakeUpload[] {
  const out: FakeUpload[] = [];
  if (!boundary) return out;
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
    out.push({
      field: /name="([^"]*)"/.exec(disposition)?.[1] ?? '',
      filename: /filename="([^"]*)"/.exec(disposition)?.[1] ?? '',
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '',
      bytes: Buffer.from(part.subarray(split + 4)),
    });
    at = next;
  }
  return out;
}

function interactionMessage(data: Record<string, unknown>, files: FakeUpload[] = []): InteractionMessage {
  return {
    files,
    content: typeof data.content === 'string' ? data.content : '',
    embeds: (data.embeds as Record<string, unknown>[] | undefined) ?? [],
    ephemeral: typeof data.flags === 'number' && (data.flags & EPHEMERAL) !== 0,
    allowedMentions: data.allowed_mentions ?? null,
    deleted: false,
  };
}

/** Polls `cond` every 10 ms until it holds. @throws Error after `timeoutMs` naming `what` */
export async function waitFor(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`fake discord: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
