/**
 * The text of one `/wirewatch …` slash command → a neutral command name and its options.
 *
 * Slack sends everything after the command as one string (`text`, https://docs.slack.dev/interactivity/implementing-slash-commands#app_command_handling),
 * with `&`, `<`, `>` written as `&amp;`, `&lt;`, `&gt;`, links possibly wrapped as `<https://…>` or
 * `<https://…|label>` (when the command escapes them), and quotes often turned into “curly” ones by the
 * client. The grammar mirrors the Discord options (same names):
 *
 * ```
 * subscribe [topics] [HH:MM [daily|weekdays|weekends]] [Zone/Name] [sr-Latn|sr-Cyrl|locale=en|sq]   unsubscribe   status   help
 * digest [preview]                        schedule [HH:MM …] [Zone/Name]        alerts on|off
 * watch add <topic> <term…> [name="…"] [priority=instant]   watch remove <topic> [term…]
 * watch list                              watch preview <topic> [term…] [days=N]
 * feed add <url>   feed remove <url>   feed list   feed import <OPML URL>
 * quotes [speaker…] [topic=id] [since=7d] [outlet="…"] [page=N]      trend <topic> [days]
 * ```
 * Any option may also be given as `key=value` or `key="a value"` (`time="0 8 * * 1-5"` for a cron
 * expression, `topics=a,b`, `timezone=UTC`).
 */
import type { CommandName } from '../../commands/command.js';

/** A parsed command line, or what is wrong with it (shown to the user). */
export type ParsedCommand = { name: CommandName; options: Record<string, string | undefined> } | { error: string };

/** Option keys accepted as `key=value`; `tz` is short for `timezone`. */
const KEYS = new Set([
  'speaker',
  'since',
  'outlet',
  'page',
  'topics',
  'time',
  'timezone',
  'tz',
  'name',
  'priority',
  'days',
  'state',
  'url',
  'topic',
  'term',
  'preview',
  'notices',
  'locale',
  'lang',
  'language',
]);
/** Short or alternative keys and the option they set. */
const KEY_ALIASES: Record<string, string> = { tz: 'timezone', lang: 'locale', language: 'locale' };
/** A language tag with a script or region (`sr-Latn`, `sr-Cyrl`, `en-GB`), taken as the locale when it stands alone; bare `en`, `sq` need `locale=`. */
const LOCALE_TAG = /^(en|sq|sr)(-[A-Za-z]{2,4}){1,2}$/i;
const DAY_WORDS = new Set(['daily', 'weekdays', 'weekends']);
const TIME = /^\d{1,2}(:\d{2})?(,\d{1,2}(:\d{2})?)*$/;
const ZONE = /^(UTC|GMT|[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+)$/;

/** Undoes Slack's escaping of `&`, `<`, `>` and unwraps `<url>` / `<url|label>` links to the URL. */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]*)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019]/g, "'");
}

interface Token {
  /** The token as typed (quotes kept): term syntax needs its quotes. */
  raw: string;
  /** The value with surrounding quotes removed. */
  value: string;
  /** `key` of a `key=value` token. */
  key?: string;
}

/** Splits on white space outside double quotes. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /(?:[^\s"]+|"[^"]*"?)+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const kv = /^([a-z]+)=(.*)$/s.exec(raw);
    if (kv && KEYS.has(kv[1])) out.push({ raw, key: KEY_ALIASES[kv[1]] ?? kv[1], value: unquote(kv[2]) });
    else out.push({ raw, value: unquote(raw) });
  }
  return out;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

/** Moves `key=value` tokens into `options`; returns the positional ones. */
function takeKeyed(tokens: Token[], options: Record<string, string | undefined>): Token[] {
  const rest: Token[] = [];
  for (const t of tokens) {
    if (t.key) options[t.key] = t.value;
    else rest.push(t);
  }
  return rest;
}

/** Positional schedule words: a time (with an optional day word) and a zone; the others are returned. */
function takeSchedule(tokens: Token[], options: Record<string, string | undefined>): Token[] {
  const rest: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i].value;
    if (options.time === undefined && TIME.test(v)) {
      const next = tokens[i + 1]?.value.toLowerCase();
      options.time = next && DAY_WORDS.has(next) ? `${v} ${next}` : v;
      if (next && DAY_WORDS.has(next)) i++;
    } else if (options.timezone === undefined && ZONE.test(v)) {
      options.timezone = v;
    } else if (options.locale === undefined && LOCALE_TAG.test(v)) {
      options.locale = v;
    } else rest.push(tokens[i]);
  }
  return rest;
}

const SIMPLE: Record<string, CommandName> = {
  unsubscribe: 'unsubscribe',
  status: 'status',
  help: 'help',
  watchlist: 'watch list',
};

/**
 * Parses the text after `/wirewatch`. An empty text is `help`.
 * @returns the neutral command name and string options (as `commands/` reads them), or `{ error }`
 */
export function parseCommandText(input: string): ParsedCommand {
  const text = unescapeSlackText(input).trim();
  if (!text) return { name: 'help', options: {} };
  const [head, ...tail] = text.split(/\s+/);
  const verb = head.toLowerCase();
  const restText = text.slice(head.length).trim();
  const options: Record<string, string | undefined> = {};
  if (SIMPLE[verb]) return { name: SIMPLE[verb], options };

  if (verb === 'subscribe' || verb === 'schedule') return parseSubscribe(verb, restText);
  if (verb === 'digest') return parseDigest(restText);
  if (verb === 'alerts') return parseAlerts(restText);
  if (INSIGHT_VERBS.has(verb)) return parseInsights(verb as InsightVerb, restText);
  if (verb === 'watch') return parseWatch(tail[0]?.toLowerCase(), restText.slice(tail[0]?.length ?? 0).trim());
  if (verb === 'feed' || verb === 'feeds') return parseFeed(tail[0]?.toLowerCase(), restText.slice(tail[0]?.length ?? 0).trim());
  return { error: `Unknown command ${quote(head)}. Try \`/wirewatch help\`.` };
}

type InsightVerb = 'quotes' | 'trend' | 'spikes' | 'chart';
const INSIGHT_VERBS = new Set<string>(['quotes', 'trend', 'spikes', 'chart']);

/** `quotes`, `trend`, `spikes`, `chart` (issue 19: quote search, trend pictures, spike alerts). */
function parseInsights(verb: InsightVerb, restText: string): ParsedCommand {
  const options: Record<string, string | undefined> = {};
  if (verb === 'spikes' || verb === 'chart') {
    const rest = takeKeyed(tokenize(restText), options);
    if (rest.length === 1) options.state = rest[0].value.toLowerCase();
    else if (rest.length > 1 || options.state === undefined) return { error: `Say \`/wirewatch ${verb} on\` or \`/wirewatch ${verb} off\`.` };
    return { name: verb, options };
  }
  if (verb === 'quotes') {
    // `/wirewatch quotes Aleksandar Vučić topic=kosovo since=7d`: the words that are not options name the speaker
    const rest = takeKeyed(tokenize(restText), options);
    if (rest.length > 0 && options.speaker === undefined) options.speaker = rest.map((t) => t.value).join(' ');
    else if (rest.length > 0)
      return { error: `I did not understand ${quote(rest.map((t) => t.raw).join(' '))}. Try \`/wirewatch quotes Vučić topic=kosovo since=7d\`.` };
    return { name: 'quotes', options };
  }
  if (verb === 'trend') {
    // `/wirewatch trend kosovo 30` or `/wirewatch trend topic=kosovo days=30`
    const rest = takeKeyed(tokenize(restText), options);
    if (options.topic === undefined && rest.length > 0) options.topic = rest.shift()!.value;
    if (options.days === undefined && rest.length === 1 && /^\d+$/.test(rest[0].value)) options.days = rest.shift()!.value;
    if (!options.topic || rest.length > 0) return { error: 'Say `/wirewatch trend <topic> [days]`, e.g. `/wirewatch trend kosovo 30`.' };
    return { name: 'trend', options };
  }
  return { error: `Unknown command ${quote(verb)}.` };
}

/** `subscribe [topics] [schedule]` and `schedule <time> [zone]`: keyed options, a schedule, then topics. */
function parseSubscribe(verb: 'subscribe' | 'schedule', text: string): ParsedCommand {
  const options: Record<string, string | undefined> = {};
  const rest = takeSchedule(takeKeyed(tokenize(text), options), options);
  if (verb === 'schedule') {
    if (rest.length > 0)
      return { error: `I did not understand ${quote(rest.map((t) => t.raw).join(' '))}. Try \`/wirewatch schedule 08:30 Europe/Belgrade\`.` };
    return { name: 'schedule', options };
  }
  if (rest.length > 0) {
    const listed = rest
      .flatMap((t) => t.value.split(','))
      .map((s) => s.trim())
      .filter((s) => s);
    options.topics = [...(options.topics ? options.topics.split(',') : []), ...listed].join(',');
  }
  return { name: 'subscribe', options };
}

/** `digest [preview]`. */
function parseDigest(text: string): ParsedCommand {
  const options: Record<string, string | undefined> = {};
  const rest = takeKeyed(tokenize(text), options);
  if (rest.length === 1 && rest[0].value.toLowerCase() === 'preview') options.preview = 'true';
  else if (rest.length > 0) return { error: 'Say `/wirewatch digest` or `/wirewatch digest preview`.' };
  if (options.preview !== undefined) options.preview = options.preview === 'true' || options.preview === 'yes' ? 'true' : 'false';
  return { name: 'digest', options };
}

/** `alerts on|off`. */
function parseAlerts(text: string): ParsedCommand {
  const options: Record<string, string | undefined> = {};
  const rest = takeKeyed(tokenize(text), options);
  if (rest.length === 1) options.state = rest[0].value.toLowerCase();
  else if (rest.length > 1 || options.state === undefined) return { error: 'Say `/wirewatch alerts on` or `/wirewatch alerts off`.' };
  return { name: 'alerts', options };
}

/** `watch add|remove|list|preview`: the first word is the topic, the raw rest (quotes kept) the term. */
function parseWatch(sub: string | undefined, text: string): ParsedCommand {
  const options: Record<string, string | undefined> = {};
  if (sub === 'list') return { name: 'watch list', options };
  const names: Record<string, CommandName> = { add: 'watch add', remove: 'watch remove', preview: 'watch preview' };
  const name = sub ? names[sub] : undefined;
  if (!name) return { error: 'Say `/wirewatch watch add|remove|list|preview …`.' };
  const tokens = tokenize(text);
  const positional = takeKeyed(tokens, options);
  if (options.topic === undefined && positional.length > 0) options.topic = positional.shift()!.value;
  if (options.term === undefined && positional.length > 0) options.term = positional.map((t) => t.raw).join(' ');
  if (name === 'watch add' && (!options.topic || !options.term))
    return { error: 'Say `/wirewatch watch add <topic> <term>`, e.g. `/wirewatch watch add kosovo "Resolution 1244"`.' };
  if (!options.topic) return { error: `Name the topic: \`/wirewatch ${name} <topic>\`.` };
  return { name, options };
}

function parseFeed(sub: string | undefined, text: string): ParsedCommand {
  const options: Record<string, string | undefined> = {};
  if (sub === 'list') return { name: 'feed list', options };
  const names: Record<string, CommandName> = { add: 'feed add', remove: 'feed remove', import: 'feed import' };
  const name = sub ? names[sub] : undefined;
  if (!name) return { error: 'Say `/wirewatch feed add|remove|list|import …`.' };
  const positional = takeKeyed(tokenize(text), options);
  if (options.url === undefined && positional.length === 1) options.url = positional[0].value;
  if (!options.url || positional.length > 1) {
    return { error: name === 'feed import' ? 'Say `/wirewatch feed import <OPML URL>`.' : `Say \`/wirewatch ${name} <feed URL>\`.` };
  }
  return { name, options };
}

function quote(s: string): string {
  return '`' + s.replace(/`/g, 'ˋ').slice(0, 100) + '`';
}

/** The help text for Slack (the neutral `HELP_TEXT` names Discord permissions). Slack mrkdwn. */
export const SLACK_HELP_TEXT = [
  "*wirewatch* reads news feeds, matches them against this workspace's topics and posts digests with the key quotes.",
  '',
  '*This channel* (any member):',
  '• `/wirewatch subscribe [topics] [08:30] [Europe/Belgrade] [locale=en|sr-Latn|sr-Cyrl|sq]`: digests here, e.g. `/wirewatch subscribe kosovo,serbia 08:30 weekdays Europe/Belgrade sr-Latn`',
  '• `/wirewatch unsubscribe`, `/wirewatch schedule [time] [zone]`, `/wirewatch alerts on|off` (instant posts for urgent topics)',
  '• `/wirewatch spikes on|off` (post when a followed topic has far more stories today than usual), `/wirewatch chart on|off` (a trend chart with each digest)',
  '• `/wirewatch digest` posts the digest now; `/wirewatch digest preview` shows it only to you',
  '*Watchlists and feeds* (workspace admins and owners, or users named in the config):',
  '• `/wirewatch watch add <topic> <term>` (term: a word, "a phrase", A NEAR/5 B; options `name="…"`, `priority=instant`)',
  '• `/wirewatch watch remove <topic> [term]`, `/wirewatch watch preview <topic> [term] [days=7]`',
  '• `/wirewatch feed add <url>`, `/wirewatch feed remove <url>`, `/wirewatch feed import <OPML URL>`',
  '*Everyone*: `/wirewatch status`, `/wirewatch watch list`, `/wirewatch feed list`, `/wirewatch help`.',
  '• `/wirewatch quotes [speaker] [topic=id] [since=7d] [outlet="…"] [page=2]`: who said what, newest first (any spelling of the name)',
  "• `/wirewatch trend <topic> [days]`: the topic's mentions per day as a chart, posted in the channel (default 30 days)",
  'A cron expression needs quotes: `/wirewatch schedule time="0 8 * * 1-5"`.',
].join('\n');
