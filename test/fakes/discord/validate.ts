/**
 * What Discord checks of a "Create Message" body before it creates anything, as the fake enforces it
 * (https://discord.com/developers/docs/resources/message#create-message-jsonform-params and
 * #embed-object-embed-limits): content ≤ 2000, ≤ 10 embeds, title ≤ 256, description ≤ 4096,
 * ≤ 25 fields (name ≤ 256, value ≤ 1024), footer ≤ 2048, author ≤ 256, 6000 embed characters per
 * message, and every URL field an http(s) URL of at most 2048 characters ("Not a well formed URL.").
 * A refusal is HTTP 400 `{ code: 50035, message: 'Invalid Form Body', errors: {...} }` with the path of
 * each bad field. `limits` lets a test make the fake stricter than the documentation (a limit the
 * renderer does not know of), which is what makes Discord refuse a payload that passed our fit pass.
 */

export interface DiscordPayloadLimits {
  /** Embed characters per message (Discord: 6000). */
  messageEmbedChars: number;
  /** Characters of one embed description (Discord: 4096). */
  description: number;
  /** Characters of a URL field (Discord: 2048). */
  url: number;
}

export const DISCORD_DOCUMENTED_LIMITS: DiscordPayloadLimits = { messageEmbedChars: 6000, description: 4096, url: 2048 };

type Errors = Record<string, unknown>;
const tooLong = (max: number) => ({ _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }] });
const badUrl = () => ({ _errors: [{ code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' }] });

function setPath(errors: Errors, path: (string | number)[], value: unknown): void {
  let node = errors;
  for (const k of path.slice(0, -1)) node = (node[String(k)] ??= {}) as Errors;
  node[String(path[path.length - 1])] = value;
}

function urlOk(u: unknown, max: number): boolean {
  if (typeof u !== 'string' || u.length > max) return false;
  try {
    const p = new URL(u);
    return p.protocol === 'http:' || p.protocol === 'https:';
  } catch {
    return false;
  }
}

const len = (s: unknown) => (typeof s === 'string' ? s.length : 0);

/** The `errors` object of a 50035 answer for `body`, or null when Discord would take it. */
export function invalidFormBody(body: Record<string, unknown>, limits: DiscordPayloadLimits = DISCORD_DOCUMENTED_LIMITS): Errors | null {
  const errors: Errors = {};
  let bad = false;
  const flag = (path: (string | number)[], value: unknown) => {
    setPath(errors, path, value);
    bad = true;
  };
  if (len(body.content) > 2000) flag(['content'], tooLong(2000));
  const embeds = (Array.isArray(body.embeds) ? body.embeds : []) as Record<string, unknown>[];
  if (embeds.length > 10) flag(['embeds'], tooLong(10));
  let total = 0;
  embeds.forEach((e, i) => {
    const author = (e.author ?? {}) as Record<string, unknown>;
    const footer = (e.footer ?? {}) as Record<string, unknown>;
    const fields = (Array.isArray(e.fields) ? e.fields : []) as Record<string, unknown>[];
    if (len(e.title) > 256) flag(['embeds', i, 'title'], tooLong(256));
    if (len(e.description) > limits.description) flag(['embeds', i, 'description'], tooLong(limits.description));
    if (len(author.name) > 256) flag(['embeds', i, 'author', 'name'], tooLong(256));
    if (len(footer.text) > 2048) flag(['embeds', i, 'footer', 'text'], tooLong(2048));
    if (fields.length > 25) flag(['embeds', i, 'fields'], tooLong(25));
    fields.forEach((f, j) => {
      if (len(f.name) > 256) flag(['embeds', i, 'fields', j, 'name'], tooLong(256));
      if (len(f.value) > 1024) flag(['embeds', i, 'fields', j, 'value'], tooLong(1024));
    });
    if (e.url !== undefined && !urlOk(e.url, limits.url)) flag(['embeds', i, 'url'], badUrl());
    if (author.url !== undefined && !urlOk(author.url, limits.url)) flag(['embeds', i, 'author', 'url'], badUrl());
    for (const k of ['image', 'thumbnail'] as const) {
      const u = (e[k] as { url?: unknown } | undefined)?.url;
      // an uploaded file of the same message may be shown as attachment://name (https://discord.com/developers/docs/reference#uploading-files)
      const attached = typeof u === 'string' && /^attachment:\/\/[^/\s]+$/.test(u);
      if (u !== undefined && !attached && !urlOk(u, limits.url)) flag(['embeds', i, k, 'url'], badUrl());
    }
    total += len(e.title) + len(e.description) + len(author.name) + len(footer.text) + fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
  });
  if (total > limits.messageEmbedChars)
    flag(['embeds'], { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of ${limits.messageEmbedChars}` }] });
  return bad ? errors : null;
}
