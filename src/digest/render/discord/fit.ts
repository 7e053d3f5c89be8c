/**
 * The final fit pass over Discord payloads (issue 24): whatever the renderer produced, every field is
 * cut to its limit (limits.ts) and every message kept within 10 embeds and 6000 embed characters
 * (less the delivery-footer reserve) — splitting a message in two, and shortening an embed that is too
 * long on its own — so @discordjs/builders' validation and Discord's API never refuse a digest over one
 * hostile story. Runs after rendering; it does not restructure what the renderer built.
 */
import { embedLength } from './builders.js';
import type { APIEmbed, DiscordMessagePayload } from './render.js';
import { DELIVERY_FOOTER_RESERVE, EMBED_LIMITS, EMBED_URL_MAX, MESSAGE_CONTENT_MAX, MESSAGE_EMBED_CHARS_MAX, MESSAGE_EMBEDS_MAX } from './limits.js';

/**
 * Cuts Discord markdown to at most `max` UTF-16 units, ending with `…`, without leaving half a link
 * (`[label](http…`), a dangling escape backslash or half a surrogate pair.
 */
export function cutMarkdown(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 1) return s.slice(0, Math.max(0, max));
  let t = s.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
  const open = t.lastIndexOf('[');
  if (open >= 0 && !/\]\([^)]*\)/.test(t.slice(open))) {
    // A link cut before its `)`: drop it whole (a `[` with no `](` after it is plain text, keep it).
    if (t.slice(open).includes('](')) t = t.slice(0, open);
  }
  t = t.replace(/\\+$/, (bs) => (bs.length % 2 ? bs.slice(1) : bs));
  return `${t}…`;
}

function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = cutMarkdown(out.title, EMBED_LIMITS.title);
  // A link Discord would refuse (a feed's item link can be any length): the title stays, unlinked.
  if (out.url !== undefined && out.url.length > EMBED_URL_MAX) delete out.url;
  if (out.description !== undefined) out.description = cutMarkdown(out.description, EMBED_LIMITS.description);
  if (out.author) out.author = { ...out.author, name: cutMarkdown(out.author.name, EMBED_LIMITS.author) };
  if (out.footer) out.footer = { ...out.footer, text: cutMarkdown(out.footer.text, EMBED_LIMITS.footer) };
  if (out.fields) {
    out.fields = out.fields
      .slice(0, EMBED_LIMITS.fields)
      .map((f) => ({ ...f, name: cutMarkdown(f.name, EMBED_LIMITS.fieldName), value: cutMarkdown(f.value, EMBED_LIMITS.fieldValue) }));
  }
  return out;
}

/** Shortens an embed (fields, then description, then title) until its length is within `budget`. */
function shrinkEmbed(e: APIEmbed, budget: number): APIEmbed {
  let out = { ...e };
  while (embedLength(out) > budget && out.fields && out.fields.length > 0) out = { ...out, fields: out.fields.slice(0, -1) };
  const over = embedLength(out) - budget;
  if (over > 0 && out.description) out = { ...out, description: cutMarkdown(out.description, Math.max(1, out.description.length - over - 1)) };
  const still = embedLength(out) - budget;
  if (still > 0 && out.title) out = { ...out, title: cutMarkdown(out.title, Math.max(1, out.title.length - still - 1)) };
  return out;
}

/**
 * Fits payloads to Discord's limits (see the module comment). Embeds keep their order; a message
 * over the embed count or the character budget is split, the later part marked `(continued)`.
 * @param reserve characters kept free per message for the delivery footer (default `DELIVERY_FOOTER_RESERVE`)
 */
export function fitDiscordPayloads(payloads: readonly DiscordMessagePayload[], reserve = DELIVERY_FOOTER_RESERVE): DiscordMessagePayload[] {
  const budget = MESSAGE_EMBED_CHARS_MAX - reserve;
  const out: DiscordMessagePayload[] = [];
  for (const p of payloads) {
    const embeds = p.embeds.map(fitEmbed).map((e) => (embedLength(e) > budget ? shrinkEmbed(e, budget) : e));
    let current: APIEmbed[] = [];
    let chars = 0;
    const flush = () => {
      const first = out.length === 0 || current[0] === embeds[0];
      const content = p.content === undefined ? undefined : cutMarkdown(first ? p.content : `${p.content} (continued)`, MESSAGE_CONTENT_MAX);
      out.push({ ...p, ...(content !== undefined ? { content } : {}), embeds: current });
      current = [];
      chars = 0;
    };
    for (const e of embeds) {
      const len = embedLength(e);
      if (current.length > 0 && (current.length >= MESSAGE_EMBEDS_MAX || chars + len > budget)) flush();
      current.push(e);
      chars += len;
    }
    if (current.length > 0 || embeds.length === 0) flush();
  }
  return out;
}
