/**
 * The configuration schema (zod). `docs/config-reference.md` is generated from it by
 * `npm run docs:config` (src/config/reference.ts): every field's `.describe()` text is its documentation.
 * Secrets never live here: see `secrets.ts`.
 */
import { z } from 'zod';
import { cronProblem } from '../model/cron.js';
import { duration } from './duration.js';
import { topicsSchema } from '../pipeline/matcher/watchlist-file.js';
import { digestStyleShape } from './digest-style.js';
import { DEFAULT_LOCALE } from '../model/digest.js';

/** True when `tz` is an IANA time zone name the runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// The message names the field that is wrong (`field 2 (hour) is "25": expected 0–23, …`).
const cron = z.string().superRefine((expr, ctx) => {
  const problem = cronProblem(expr);
  if (problem) ctx.addIssue({ code: 'custom', message: `expected a five-field cron expression such as "0 8 * * 1-5": ${problem}` });
});
const timezone = z.string().refine(isTimeZone, { message: 'expected an IANA time zone such as Europe/Belgrade' });
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time of day as HH:MM (24-hour)' });

export const quietHoursSchema = z
  .object({
    from: clockTime.describe('Start of the quiet period, local time (HH:MM).'),
    to: clockTime.describe('End of the quiet period, local time (HH:MM); may be earlier than `from` (overnight).'),
  })
  .strict()
  .describe('No instant alerts in this local-time window; they are held and go out in the next digest.');

/**
 * A feed URL: http(s), without a user name or password (credentials in a URL end up in logs, replies
 * and OPML exports; issue 24). The error never repeats the URL.
 */
const feedUrl = z
  .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
  .refine((u) => !/^[a-z]+:\/\/[^/?#]*@/i.test(u), { message: 'a feed URL may not carry a user name or password (they would be logged and shown); use a URL without credentials' });

export const feedSchema = z.union([
  feedUrl,
  z
    .object({
      url: feedUrl.describe('Feed URL.'),
      interval: duration(60_000).optional().describe('Poll interval for this feed, at least 1m (default: polling.interval).'),
    })
    .strict(),
]);

/** Most key quotes a digest entry may show (`digests.maxQuotes`, `wirewatch digest --max-quotes`). */
export const MAX_QUOTES = 10;

export const subscriptionSchema = z
  .object({
    id: z.string().min(1).optional().describe('Stable id; default `PLATFORM:WORKSPACE:CHANNEL`.'),
    platform: z.enum(['console', 'discord', 'slack']).default('console').describe('Where digests go.'),
    workspace: z.string().min(1).default('console').describe('Discord guild id, Slack team id, or `console`.'),
    channel: z.string().min(1).default('stdout').describe('Channel id; for console: `stdout` or an output name (a file under console.dir).'),
    topics: z.array(z.string()).default([]).describe('Topic ids; empty = every topic.'),
    cron: cron.optional().describe('Digest schedule (default: digests.cron).'),
    timezone: timezone.optional().describe('Time zone of the schedule (default: digests.timezone).'),
    locale: z.string().optional().describe('Language of the digests: en, sr-Latn, sr-Cyrl or sq (or a regional variant such as en-GB) — labels, counts, dates, notices (default: digests.locale).'),
    mode: z.enum(['digest', 'alerts']).default('digest').describe('`alerts` also posts instant-topic stories as they arrive.'),
    postEmpty: z.boolean().default(false).describe('Post a short "nothing new" message when the digest would be empty.'),
    quietHours: quietHoursSchema.optional(),
  })
  .strict()
  .superRefine((sub, ctx) => {
    // The console writes a channel other than stdout to a file of that name under console.dir: a path
    // (`../../escape`, `/etc/x`) or a dot name would leave that folder, and `run` pauses it (bad_channel).
    if (sub.platform === 'console' && !isConsoleChannel(sub.channel)) {
      ctx.addIssue({ code: 'custom', path: ['channel'], message: `a console channel is stdout or a plain file name (no /, \\, leading dot); got "${sub.channel}"` });
    }
  });

/**
 * Whether `channel` names a console channel: `stdout`, or a plain file name under `console.dir` — no
 * path separator (`/`, `\`), no leading dot, no NUL (the rule `ConsolePlatform.post` enforces).
 */
export function isConsoleChannel(channel: string): boolean {
  return channel === 'stdout' || (!/[/\\\0]/.test(channel) && !channel.startsWith('.'));
}

export const configSchema = z
  .object({
    store: z
      .object({
        path: z.string().min(1).default('./wirewatch.db').describe('SQLite database file (`:memory:` for a throwaway store).'),
        url: z
          .string()
          .min(1)
          .optional()
          .describe(
            'Shared store: a `postgres://user@host:5432/db` URL (optional `?schema=NAME`) selects PostgreSQL, so several `wirewatch run` processes share the work (docs/scaling.md); any other value is a SQLite file path. Wins over `store.path`.',
          ),
      })
      .strict()
      .prefault({})
      .describe('Where state lives.'),
    http: z
      .object({
        host: z.string().default('0.0.0.0').describe('Address the operations server listens on.'),
        port: z.number().int().min(0).max(65535).default(8080).describe('Port for /healthz, /readyz and /metrics (0 = any free port, none = disabled is not supported).'),
      })
      .strict()
      .prefault({}),
    log: z
      .object({
        level: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info').describe('pino log level.'),
      })
      .strict()
      .prefault({}),
    fetch: z
      .object({
        timeout: duration(1000).prefault('20s').describe('Whole-request timeout per feed or article.'),
        userAgent: z.string().min(1).default('wirewatch/0.1 (+https://github.com/wirewatch/wirewatch)').describe('User-Agent header sent with every request.'),
        maxBytes: z.number().int().min(1024).default(15 * 1024 * 1024).describe('Largest decoded (decompressed) body accepted, in bytes (default 15 MiB).'),
        allowCidrs: z.array(z.string()).default([]).describe('Private address ranges that may be fetched anyway (SSRF guard exceptions), e.g. `127.0.0.1/32` for a local feed server. Environment: `WIREWATCH_ALLOW_CIDRS` (a YAML list or comma-separated).'),
      })
      .strict()
      .prefault({}),
    polling: z
      .object({
        interval: duration(60_000).prefault('10m').describe('Time between polls of a feed added without its own interval (seeded, imported or added by command); at least 1m.'),
        tick: duration(1000).prefault('30s').describe('How often the service looks for due feeds.'),
        concurrency: z.number().int().min(1).max(256).default(16).describe('Feeds fetched at once.'),
        perHost: z.number().int().min(1).max(32).default(2).describe('Requests at once to one host.'),
        backoffMax: duration(60_000).prefault('24h').describe('Longest wait between polls of a failing feed (exponential backoff up to this).'),
        failingAfter: duration(60_000).prefault('1d').describe('A feed failing this long is told to admins once (a notice in the notice channel), and again once when it recovers.'),
        staleAfter: duration(60_000).prefault('1h').describe('/readyz fails when no poll has succeeded for this long.'),
      })
      .strict()
      .prefault({}),
    cluster: z
      .object({
        concurrency: z.number().int().min(1).max(64).default(4).describe('Scaled out (`wirewatch run --role worker`, PostgreSQL store): jobs one worker runs at once per queue (polls, deliveries).'),
        heartbeat: duration(10_000).prefault('30s').describe('A job whose worker stopped sending heartbeats this long (it died) is retried by another worker (at least 10s).'),
        leaderRetry: duration(1000).prefault('5s').describe('How often a standby scheduler tries to take over, and the leader confirms it still leads: the takeover bound after a leader dies.'),
      })
      .strict()
      .prefault({})
      .describe('Scaling out on PostgreSQL: the job queue and the scheduler election (docs/scaling.md).'),
    retention: z
      .object({
        days: z.number().int().min(1).default(30).describe('Items first seen longer ago are pruned daily.'),
      })
      .strict()
      .prefault({}),
    digests: z
      .object({
        cron: cron.default('0 8 * * *').describe('Default digest schedule (five-field cron).'),
        timezone: timezone.default('UTC').describe('Default time zone for schedules.'),
        locale: z
          .string()
          .default(DEFAULT_LOCALE)
          .describe('Default language of digests: en, sr-Latn, sr-Cyrl or sq, or a regional variant that also sets the date style (en-GB: `27 Nov 2026, 09:30`; en-US or en: `Nov 27, 2026, 9:30 AM`).'),
        maxQuotes: z.number().int().min(0).max(MAX_QUOTES).default(2).describe('Key quotes shown per story (also the default of `wirewatch digest --max-quotes`).'),
        maxEntries: z.number().int().min(1).max(50).default(10).describe('Stories shown in full per topic section; the rest of the section are listed as "+N more" lines (headline and link) in the same digest.'),
        grace: duration().prefault('6h').describe('A digest missed while the service was down is sent once on start if its time is at most this long ago.'),
        instantPerHour: z.number().int().min(0).default(5).describe('Cap on instant alerts per channel per hour.'),
        retries: z.number().int().min(0).max(20).default(5).describe('Delivery attempts after the first before a delivery is marked failed (not one the platform cannot tell was posted: ADR 0308).'),
        retryBase: duration(100).prefault('30s').describe('First retry delay; doubles each attempt (capped at 1h), or the platform\'s Retry-After.'),
        shutdownTimeout: duration(100).prefault('10s').describe('How long shutdown waits for in-flight deliveries.'),
        ...digestStyleShape,
      })
      .strict()
      .prefault({}),
    ui: z
      .object({
        enabled: z.boolean().default(false).describe('Serve the web control panel under `/ui/` on the operations server (docs/ui.md). Off by default. Environment: `WIREWATCH_UI_ENABLED`. The admin token comes from `WIREWATCH_UI_TOKEN` or `WIREWATCH_UI_TOKEN_FILE`, else one is made and printed to standard error once, at the first start.'),
        host: z
          .string()
          .min(1)
          .default('127.0.0.1')
          .describe('The panel answers only connections made to this address of the operations server (`127.0.0.1`: this machine only, even when `http.host` is `0.0.0.0`; `0.0.0.0`: every address the operations server listens on, for a TLS reverse proxy on another host). `/healthz`, `/readyz` and `/metrics` are not affected.'),
        backtestDays: z.number().int().min(1).max(30).default(7).describe('Days of stored stories the watchlist backtest looks at by default (the page lets you pick 1 to 30).'),
        sessionTtl: duration(60_000).prefault('12h').describe('A panel session ends after this long without a request.'),
      })
      .strict()
      .prefault({})
      .describe('Web control panel (off unless enabled).'),
    feeds: z.array(feedSchema).default([]).describe('Feeds seeded on first start (then managed with `/wirewatch feed` or `wirewatch feeds import`).'),
    topics: topicsSchema.default([]).describe('Global topics seeded on first start: id, name, terms (words, "phrases", `A NEAR/n B`), exclude, priority (`digest` | `instant`: instant posts matching stories to `alerts` subscriptions within one poll interval). Same shape as a watchlist file.'),
    subscriptions: z.array(subscriptionSchema).default([]).describe('Subscriptions seeded on first start (console ones at least).'),
    console: z
      .object({
        dir: z.string().default('./console').describe('Folder for console channels other than `stdout` and for the console ledger.'),
        ledger: z.string().default('console-ledger.jsonl').describe('JSON-lines file (under `dir`) recording every console post with its delivery key.'),
      })
      .strict()
      .prefault({}),
    discord: z
      .object({
        adminRoles: z.array(z.string()).default([]).describe('Role ids that may edit watchlists (besides Manage Server).'),
        adminUsers: z.array(z.string()).default([]).describe('User ids that may edit watchlists.'),
        testGuild: z.string().nullable().default(null).describe('Register slash commands in this guild only (instant updates while developing).'),
        restApi: z
          .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
          .nullable()
          .default(null)
          .describe(
            "Discord REST API base URL without the version (null: `https://discord.com/api`). Point it at a REST proxy (e.g. twilight-http-proxy or nirn-proxy) so several bots/processes share one rate-limit budget. Used by `wirewatch run` and `wirewatch discord register`. Environment: `WIREWATCH_DISCORD_API`.",
          ),
      })
      .strict()
      .prefault({})
      .describe('Non-secret Discord settings; the token comes from DISCORD_TOKEN or DISCORD_TOKEN_FILE.'),
    slack: z
      .object({
        mode: z.enum(['socket', 'http']).default('socket').describe('Socket Mode (needs SLACK_APP_TOKEN) or HTTP events (needs SLACK_SIGNING_SECRET).'),
        port: z.number().int().min(0).max(65535).default(3000).describe('Port for HTTP mode.'),
        host: z
          .string()
          .min(1)
          .default('127.0.0.1')
          .describe(
            "Address HTTP mode listens on. Default `127.0.0.1`: Slack only calls HTTPS URLs and Bolt's receiver speaks plain HTTP, so a TLS-terminating reverse proxy always sits in front; loopback keeps the plain-HTTP port off the network. Set `0.0.0.0` when the proxy runs on another host or container (Docker, Kubernetes).",
          ),
        apiUrl: z
          .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
          .nullable()
          .default(null)
          .describe(
            'Slack Web API base URL, ending in `/api/` (null: `https://slack.com/api/`). GovSlack: `https://slack-gov.com/api/`; or an egress proxy. Used for every Web API call and the Socket Mode connection.',
          ),
        adminUsers: z.array(z.string()).default([]).describe('User ids that may edit watchlists (besides workspace admins).'),
      })
      .strict()
      .prefault({})
      .describe('Non-secret Slack settings; tokens come from SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET (or *_FILE).'),
  })
  .strict();

/** The validated configuration: durations in milliseconds, defaults filled in. */
export type Config = z.output<typeof configSchema>;
export type SubscriptionConfig = z.output<typeof subscriptionSchema>;
