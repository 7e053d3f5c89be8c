/**
 * Smaller forms of one Discord message, for when Discord still refuses it (HTTP 400 "Invalid Form
 * Body", JSON code 50035, or 413/40005 "Request entity too large") although the fit pass kept it
 * within the documented limits: a limit we do not know of, a URL Discord will not take ("Not a well
 * formed URL"), a change on Discord's side. The adapter posts the same part again in the next form;
 * the number of messages never changes, so the part numbers and nonces of the delivery's other
 * messages, and with them the ledger's exactly-once guarantee, stay as they were (ADR 0241).
 * Every story keeps its embed and its title in every form: a refused payload is shortened, never dropped.
 */
import { embedLength } from './builders.js';
import type { APIEmbed, DiscordMessagePayload } from './render.js';
import { cutMarkdown } from './fit.js';
import { MESSAGE_CONTENT_MAX } from './limits.js';

/** How many smaller forms there are (levels 1 … SHRINK_LEVELS). */
export const DISCORD_SHRINK_LEVELS = 3;

/** Per level: the longest title, description, field name/value, author name and message content. */
const LEVELS = [
  { title: 256, description: 1024, fieldName: 128, fieldValue: 256, author: 128, content: 500, links: true },
  { title: 200, description: 256, fieldName: 64, fieldValue: 64, author: 64, content: 200, links: false },
  { title: 150, description: 0, fieldName: 0, fieldValue: 0, author: 0, content: 100, links: false },
] as const;

/**
 * The message at shrink `level` (1 = every text at about a quarter of its limit; 2 = also no links
 * or images and short descriptions: a malformed URL is the other usual 50035; 3 = each story's title
 * only). The last embed's footer (it carries the delivery key) is kept as is.
 * @param level 1 … DISCORD_SHRINK_LEVELS
 */
export function shrinkDiscordPayload(p: DiscordMessagePayload, level: number): DiscordMessagePayload {
  const l = LEVELS[Math.min(Math.max(level, 1), DISCORD_SHRINK_LEVELS) - 1];
  const last = p.embeds.length - 1;
  const embeds = p.embeds.map((e, i) => {
    const out: APIEmbed = { ...(e.color !== undefined ? { color: e.color } : {}) };
    if (e.title !== undefined) out.title = cutMarkdown(e.title, l.title);
    if (l.links && e.url !== undefined) out.url = e.url;
    if (e.description && l.description > 0) out.description = cutMarkdown(e.description, l.description);
    // An embed with neither title nor description is empty (Discord refuses those too): keep a word.
    if (!out.title && !out.description && e.description) out.description = cutMarkdown(e.description, Math.max(l.description, 100));
    if (e.author && l.author > 0) out.author = { name: cutMarkdown(e.author.name, l.author), ...(l.links && e.author.url ? { url: e.author.url } : {}) };
    if (e.fields && l.fieldValue > 0)
      out.fields = e.fields.slice(0, 5).map((f) => ({ ...f, name: cutMarkdown(f.name, l.fieldName), value: cutMarkdown(f.value, l.fieldValue) }));
    if (e.timestamp !== undefined) out.timestamp = e.timestamp;
    if (i === last && e.footer) out.footer = { text: e.footer.text };
    return out;
  });
  const content = p.content === undefined ? undefined : cutMarkdown(p.content, Math.min(l.content, MESSAGE_CONTENT_MAX));
  return { ...p, ...(content !== undefined ? { content } : {}), embeds };
}

/** Characters Discord counts against the 6000 of a message (for tests and logs). */
export function messageEmbedChars(p: DiscordMessagePayload): number {
  return p.embeds.reduce((n, e) => n + embedLength(e), 0);
}
