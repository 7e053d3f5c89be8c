/**
 * Runs Python feedparser's test corpus (`../shared/corpus/feeds/peers/feedparser/`) through
 * `parseFeed` and maps every machine-readable check to wirewatch's fields. Used by
 * feedparser-corpus.test.ts and by `docs/robustness.md`'s table (`npx tsx src/reader/parser/testdata/feedparser-harness.ts`).
 *
 * Mapping (feedparser's value is HTML for text constructs; ours is plain text, so the expected value
 * is converted with the same htmlToLine/htmlToText before comparing):
 *   bozo → recovered (a thrown not_a_feed counts as bozo); feed.title(_detail.value) → feed.title;
 *   feed.link → feed.link; feed.language → feed.language; entries[n].title(_detail.value) → title;
 *   entries[n].link → link; entries[n].id/guid → guid; entries[n].summary/description(/summary_detail.value)
 *   → summary, else text; entries[n].content[0].value → text of contentHtml; entries[n].author → author;
 *   entries[n].published_parsed (and updated_parsed when the entry has no publication date) → published;
 *   entries[n].tags[k].term → categories[k]; entries[n].enclosures[k].href/url/type/length → enclosures[k];
 *   encoding → encoding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedFeed } from '../../../model/feed.js';
import { WirewatchError } from '../../../model/errors.js';
import { htmlToLine, htmlToText } from '../html-text.js';
import { parseFeed } from '../parse-feed.js';
import type { RecoveryStrategy } from '../xml.js';
import { sharedPath } from '../../../../test/support/shared-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** `<repo>/../shared/corpus/feeds/peers/feedparser` (tests guard it with `needsShared(FEEDPARSER_REL)`). */
export const FEEDPARSER_REL = 'corpus/feeds/peers/feedparser';
export const FEEDPARSER_DIR = sharedPath(FEEDPARSER_REL);

interface Check {
  bozo?: boolean;
  path?: Array<string | number>;
  equals?: unknown;
}
interface Expectation {
  file: string;
  description: string;
  http_headers: string[];
  skip_unless?: string;
  checks?: Check[];
}

export interface FolderStats {
  folder: string;
  files: number;
  passed: number;
  applicable: number;
  skipped: number;
  crashes: number;
  /** Items parsed from the folder's documents (all documents, whatever their checks). */
  items: number;
  /** Items parsed from documents marked `recovered` (ill-formed). */
  recoveredItems: number;
  /** Documents that gave `not_a_feed`. */
  rejected: number;
  skipReasons: Record<string, number>;
  failures: string[];
}

type Outcome = { kind: 'skip'; reason: string } | { kind: 'check'; ok: boolean; got: unknown; want: unknown };

const DOC_URI = 'http://127.0.0.1:8097/tests/';

function header(exp: Expectation, name: string): string | null {
  const h = exp.http_headers.find((x) => x.toLowerCase().startsWith(name.toLowerCase() + ':'));
  return h ? h.slice(name.length + 1).trim() : null;
}

function tupleEquals(d: Date | null, want: unknown): boolean {
  if (!d || !Array.isArray(want)) return false;
  const got = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return got.every((v, i) => v === want[i]);
}

const norm = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : s);

function evaluate(exp: Expectation, source: string, r: ParsedFeed, check: Check): Outcome {
  const p = check.path ?? [];
  const key = p.map((x) => (typeof x === 'number' ? 'N' : x)).join('.');
  const want = check.equals;
  const cmp = (got: unknown, expected: unknown): Outcome => ({ kind: 'check', ok: norm(got) === norm(expected), got, want: expected });
  const line = (v: unknown) => (typeof v === 'string' ? htmlToLine(v) : v);
  const text = (v: unknown) => (typeof v === 'string' ? htmlToText(v) : v);
  if (/(^|\/)cdf/.test(exp.file)) return { kind: 'skip', reason: 'CDF (Microsoft Channel Definition Format, 1997) is not a feed format wirewatch reads' };
  // feedparser leaves text/plain constructs unescaped; its other text values are HTML.
  if (/type=["']text(\/plain)?["']/.test(source)) {
    const literal = (v: unknown) => v;
    if (['feed.title', 'feed.title_detail.value', 'entries.N.title', 'entries.N.title_detail.value'].includes(key))
      return evaluateLiteral(r, key, p, literal(want));
  }
  if (header(exp, 'Content-Location')) return { kind: 'skip', reason: 'Content-Location as base URI (not a base since RFC 7231; RFC 9110 §8.7)' };
  if (key === 'encoding') {
    const ct = header(exp, 'Content-type') ?? '';
    if (/charset_overrides_encoding/.test(exp.file) || (/^text\//i.test(ct) && !/charset\s*=/.test(ct)) || /^text\/xml;\s*charset:/.test(ct))
      return {
        kind: 'skip',
        reason: 'RFC 3023 rules (HTTP charset over prolog; text/* → us-ascii): issue 3 orders prolog > HTTP and decodes text/* like browsers',
      };
    return { kind: 'check', ok: String(want).toLowerCase() === r.encoding, got: r.encoding, want };
  }
  if (key === 'feed.title' || key === 'feed.title_detail.value') return cmp(r.feed.title ?? '', line(want));
  if (key === 'feed.link') return cmp(r.feed.link, want);
  if (key === 'feed.language') {
    if (header(exp, 'Content-Language')) return { kind: 'skip', reason: 'HTTP Content-Language as feed language (not used)' };
    return cmp(r.feed.language, want);
  }
  if (key === 'feed.ttl') return cmp(r.feed.ttlMinutes === null ? null : String(r.feed.ttlMinutes), want);
  if (p[0] !== 'entries') return { kind: 'skip', reason: `feed field not in wirewatch's model (${key})` };
  const item = r.items[p[1] as number];
  const field = key.slice('entries.N.'.length);
  const sub = p[3];
  switch (field) {
    case 'title':
    case 'title_detail.value':
      return cmp(item?.title ?? '', line(want));
    case 'link':
      return cmp(item?.link ?? null, want);
    case 'id':
    case 'guid':
      return cmp(item?.guid ?? '', want);
    case 'summary':
    case 'description':
    case 'summary_detail.value':
      return cmp(item ? (item.summary ?? item.text) : '', text(want));
    case 'content.N.value':
      if (sub !== 0) return { kind: 'skip', reason: 'second content element (wirewatch keeps one)' };
      return cmp(item ? htmlToText(item.contentHtml) : '', text(want));
    case 'author':
      return cmp(item?.author ?? '', line(want));
    case 'published_parsed':
      return { kind: 'check', ok: tupleEquals(item?.published ?? null, want), got: item?.published?.toISOString(), want };
    case 'updated_parsed':
      if (/<(published|pubDate|issued|created|dc:date)[\s>]/.test(source))
        return { kind: 'skip', reason: 'updated date when a publication date exists (wirewatch keeps one date)' };
      return { kind: 'check', ok: tupleEquals(item?.published ?? null, want), got: item?.published?.toISOString(), want };
    case 'tags.N.term':
      return cmp(item?.categories[sub as number] ?? null, want);
    case 'enclosures.N.href':
    case 'enclosures.N.url':
      return cmp(item?.enclosures[sub as number]?.url ?? null, want);
    case 'enclosures.N.type':
      return cmp(item?.enclosures[sub as number]?.type ?? null, want);
    case 'enclosures.N.length':
      return cmp(String(item?.enclosures[sub as number]?.length ?? ''), String(want));
    default:
      return { kind: 'skip', reason: `entry field not in wirewatch's model (${field.replace(/\.N\b.*/, '.*')})` };
  }
}

function evaluateLiteral(r: ParsedFeed, key: string, p: Array<string | number>, want: unknown): Outcome {
  const got = key.startsWith('feed.') ? r.feed.title : r.items[p[1] as number]?.title;
  return { kind: 'check', ok: norm(got ?? '') === norm(want), got, want };
}

/**
 * Runs every expectation and returns per-folder counts. A "crash" is any exception other than a
 * WirewatchError (those are the parser's documented failures).
 */
export async function runFeedparserCorpus(opts: { recovery?: RecoveryStrategy } = {}): Promise<FolderStats[]> {
  const expectations = JSON.parse(fs.readFileSync(path.join(FEEDPARSER_DIR, 'expectations.json'), 'utf8')) as Expectation[];
  const stats = new Map<string, FolderStats>();
  for (const exp of expectations) {
    const folder = path.dirname(exp.file);
    const st = stats.get(folder) ?? {
      folder,
      files: 0,
      passed: 0,
      applicable: 0,
      skipped: 0,
      crashes: 0,
      items: 0,
      recoveredItems: 0,
      rejected: 0,
      skipReasons: {},
      failures: [],
    };
    stats.set(folder, st);
    st.files++;
    const skip = (reason: string, n = 1) => {
      st.skipped += n;
      st.skipReasons[reason] = (st.skipReasons[reason] ?? 0) + n;
    };
    const bytes = fs.readFileSync(path.join(FEEDPARSER_DIR, exp.file));
    let result: ParsedFeed | null = null;
    try {
      result = await parseFeed(bytes, { contentType: header(exp, 'Content-type'), url: DOC_URI + exp.file, recovery: opts.recovery });
      st.items += result.items.length;
      if (result.recovered) st.recoveredItems += result.items.length;
    } catch (e) {
      if (e instanceof WirewatchError) st.rejected++;
      if (!(e instanceof WirewatchError)) {
        st.crashes++;
        st.failures.push(`${exp.file}: CRASH ${(e as Error).message}`);
        continue;
      }
    }
    const checks = exp.checks ?? [];
    if (!exp.checks) skip('expectation not machine-readable (Python expression only)');
    if (exp.skip_unless && /chardet|big5|euc-kr|gb2312/.test(exp.skip_unless)) {
      skip('needs charset sniffing of undeclared CJK/Cyrillic bytes (chardet) or a CJK codec check', checks.length);
      continue;
    }
    if (/(^|\/)cdf/.test(exp.file)) {
      skip('CDF (Microsoft Channel Definition Format, 1997) is not a feed format wirewatch reads', checks.length);
      continue;
    }
    const source = bytes.toString('latin1');
    for (const check of checks) {
      let outcome: Outcome;
      if (check.bozo !== undefined) {
        outcome = { kind: 'check', ok: (result?.recovered ?? true) === check.bozo, got: result?.recovered ?? 'threw', want: check.bozo };
      } else if (!result) {
        outcome = { kind: 'check', ok: false, got: 'threw not_a_feed', want: check.equals };
      } else outcome = evaluate(exp, source, result, check);
      if (outcome.kind === 'skip') skip(outcome.reason);
      else {
        st.applicable++;
        if (outcome.ok) st.passed++;
        else st.failures.push(`${exp.file}: ${(check.path ?? ['bozo']).join('.')} got ${JSON.stringify(outcome.got)} want ${JSON.stringify(outcome.want)}`);
      }
    }
  }
  return [...stats.values()].sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The stats as a Markdown table (folder, files, passed / applicable, skipped, crashes). */
export function statsTable(stats: FolderStats[]): string {
  const rows = stats.map((s) => `| ${s.folder} | ${s.files} | ${s.passed} / ${s.applicable} | ${s.skipped} | ${s.crashes} |`);
  const t = stats.reduce(
    (a, s) => ({
      files: a.files + s.files,
      passed: a.passed + s.passed,
      applicable: a.applicable + s.applicable,
      skipped: a.skipped + s.skipped,
      crashes: a.crashes + s.crashes,
    }),
    { files: 0, passed: 0, applicable: 0, skipped: 0, crashes: 0 },
  );
  return [
    '| folder | files | passed / applicable | skipped checks | crashes |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    `| **total** | ${t.files} | ${t.passed} / ${t.applicable} | ${t.skipped} | ${t.crashes} |`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const strategy = process.argv[2] && !process.argv[2].startsWith('--') ? (process.argv[2] as RecoveryStrategy) : undefined;
  const stats = await runFeedparserCorpus({ recovery: strategy });
  console.log(statsTable(stats));
  const reasons: Record<string, number> = {};
  for (const s of stats) for (const [r, n] of Object.entries(s.skipReasons)) reasons[r] = (reasons[r] ?? 0) + n;
  console.log(JSON.stringify(reasons, null, 1));
  if (process.argv.includes('--baseline')) {
    const out = Object.fromEntries(stats.map((s) => [s.folder, { passed: s.passed, applicable: s.applicable }]));
    fs.writeFileSync(path.join(here, 'feedparser-baseline.json'), JSON.stringify(out, null, 2) + '\n');
  }
  if (process.argv.includes('--items')) {
    console.log('| folder | items | items in recovered documents | documents rejected (not_a_feed) |\n|---|---:|---:|---:|');
    for (const s of stats) console.log(`| ${s.folder} | ${s.items} | ${s.recoveredItems} | ${s.rejected} |`);
    const sum = (k: 'items' | 'recoveredItems' | 'rejected') => stats.reduce((n, s) => n + s[k], 0);
    console.log(`| **total** | ${sum('items')} | ${sum('recoveredItems')} | ${sum('rejected')} |`);
  }
  if (process.argv.includes('--failures')) for (const s of stats) for (const f of s.failures) console.log(f);
}
