/**
 * SpeakerStore on SQLite: `speakers` and `speaker_spellings` (migration 30), `quotes.speaker_id`.
 * Reads are plain prepared statements on the store's one connection; the assignment port runs inside
 * the item's write transaction (the same connection), so an item and its speakers commit together.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Quote } from '../../model/quote.js';
import { entityFit, foldName, speakerBucket, spellingStartsWith } from '../../pipeline/speakers/identity.js';
import type { QuoteHit, QuoteQuery, SpeakerRecord, SpeakerStore } from '../store.js';
import type { SpeakerPort } from '../speakers.js';

/** The assignment port over a raw connection (used by `saveItem` and the migration's backfill). */
export function sqliteSpeakerPort(db: Database): SpeakerPort {
  // Prepared on first use: a store opened without migrating (or read-only) never needs them.
  const cache = new Map<string, Statement>();
  const st = (sql: string) => cache.get(sql) ?? cache.set(sql, db.prepare(sql)).get(sql)!;
  return {
    bySpelling: (s) => (st('SELECT speaker_id AS id FROM speaker_spellings WHERE spelling = ?').get(s) as { id: number } | undefined)?.id ?? null,
    inBucket: (b) =>
      groupSpellings(
        st('SELECT s.id AS id, p.spelling AS spelling FROM speakers s JOIN speaker_spellings p ON p.speaker_id = s.id WHERE s.bucket = ? ORDER BY s.id, p.position').all(b) as {
          id: number;
          spelling: string;
        }[],
      ),
    create: (name, bucket) => (st('INSERT INTO speakers (name, bucket) VALUES (?, ?) RETURNING id').get(name, bucket) as { id: number }).id,
    addSpelling: (id, spelling, name) => {
      st('INSERT INTO speaker_spellings (spelling, speaker_id, position) VALUES (?, ?, (SELECT count(*) FROM speaker_spellings WHERE speaker_id = ?))').run(spelling, id, id);
      st('UPDATE speakers SET name = ? WHERE id = ?').run(name, id);
    },
  };
}

function groupSpellings(rows: { id: number; spelling: string }[]): { id: number; spellings: string[] }[] {
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.spelling]);
  return [...out].map(([id, spellings]) => ({ id, spellings }));
}

/** SQL condition (on `feeds f`) and its parameters for what `tenant` sees, as `itemsInWindow`. */
function tenantWhere(tenant: string | null | undefined): { sql: string; params: unknown[] } {
  if (tenant === undefined) return { sql: '1', params: [] };
  if (tenant === null) return { sql: 'f.workspace IS NULL', params: [] };
  return { sql: '(f.workspace IS NULL OR EXISTS (SELECT 1 FROM feed_tenants t WHERE t.feed_id = f.id AND t.workspace = ?))', params: [tenant] };
}

const parseId = (id: string) => (/^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null);

export class SqliteSpeakers implements SpeakerStore {
  constructor(private readonly db: Database) {}

  private records(ids: number[]): SpeakerRecord[] {
    if (ids.length === 0) return [];
    const marks = ids.map(() => '?').join(',');
    const rows = this.db
      .prepare(`SELECT s.id AS id, s.name AS name, p.spelling AS spelling FROM speakers s JOIN speaker_spellings p ON p.speaker_id = s.id WHERE s.id IN (${marks}) ORDER BY s.id, p.position`)
      .all(...ids) as { id: number; name: string; spelling: string }[];
    const byId = new Map<number, SpeakerRecord>();
    for (const r of rows) {
      const rec = byId.get(r.id) ?? { id: String(r.id), name: r.name, spellings: [] };
      rec.spellings.push(r.spelling);
      byId.set(r.id, rec);
    }
    return ids.map((id) => byId.get(id)).filter((r): r is SpeakerRecord => r !== undefined);
  }

  async getSpeaker(id: string): Promise<SpeakerRecord | null> {
    const n = parseId(id);
    return n === null ? null : (this.records([n])[0] ?? null);
  }

  async findSpeakers(name: string): Promise<SpeakerRecord[]> {
    const bucket = speakerBucket(name);
    if (!bucket) return [];
    return sqliteSpeakerPort(this.db)
      .inBucket(bucket)
      .filter((c) => entityFit(name, c.spellings) > 0)
      .flatMap((c) => this.records([c.id]));
  }

  async suggestSpeakers(typed: string, limit: number, tenant?: string | null): Promise<SpeakerRecord[]> {
    const w = tenantWhere(tenant);
    const rows = this.db
      .prepare(
        `SELECT q.speaker_id AS id, count(*) AS n FROM quotes q JOIN items i ON i.id = q.item_id JOIN feeds f ON f.id = i.feed_id
         WHERE q.speaker_id IS NOT NULL AND ${w.sql} GROUP BY q.speaker_id ORDER BY n DESC, q.speaker_id`,
      )
      .all(...w.params) as { id: number; n: number }[];
    const first = foldName(typed).slice(0, 3);
    const out: SpeakerRecord[] = [];
    for (const part of chunk(rows.map((r) => r.id), 200)) {
      for (const rec of this.records(part)) {
        if (first && !rec.spellings.some((s) => foldName(s).includes(first))) continue;
        if (rec.spellings.some((s) => spellingStartsWith(s, typed))) out.push(rec);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  async listOutlets(tenant?: string | null): Promise<string[]> {
    const w = tenantWhere(tenant);
    const rows = this.db
      .prepare(`SELECT DISTINCT i.outlet AS outlet FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.outlet IS NOT NULL AND ${w.sql} ORDER BY i.outlet`)
      .all(...w.params) as { outlet: string }[];
    return rows.map((r) => r.outlet);
  }

  async searchQuotes(query: QuoteQuery): Promise<{ total: number; hits: QuoteHit[] }> {
    const where: string[] = ['1'];
    const params: unknown[] = [];
    const w = tenantWhere(query.tenant);
    where.push(w.sql);
    params.push(...w.params);
    if (query.speakerIds) {
      const ids = query.speakerIds.map(parseId).filter((n): n is number => n !== null);
      if (ids.length === 0) return { total: 0, hits: [] };
      where.push(`q.speaker_id IN (${ids.map(() => '?').join(',')})`);
      params.push(...ids);
    }
    if (query.outlets) {
      if (query.outlets.length === 0) return { total: 0, hits: [] };
      where.push(`i.outlet IN (${query.outlets.map(() => '?').join(',')})`);
      params.push(...query.outlets);
    }
    if (query.topicId !== undefined) {
      where.push('EXISTS (SELECT 1 FROM item_topics t WHERE t.item_id = i.id AND t.topic_id = ?)');
      params.push(query.topicId);
    }
    if (query.since) {
      where.push('i.item_time >= ?');
      params.push(query.since.getTime());
    }
    const from = `FROM quotes q JOIN items i ON i.id = q.item_id JOIN feeds f ON f.id = i.feed_id LEFT JOIN speakers s ON s.id = q.speaker_id WHERE ${where.join(' AND ')}`;
    const total = (this.db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
    const limit = Math.max(0, Math.min(100, Math.trunc(query.limit)));
    const rows = this.db
      .prepare(
        `SELECT q.*, s.name AS speaker_name, i.outlet AS outlet, i.title AS title, coalesce(i.canonical_link, i.link) AS href, i.item_time AS item_time
         ${from} ORDER BY i.item_time DESC, i.id DESC, q.position LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, Math.max(0, Math.trunc(query.offset))) as QuoteRow[];
    return { total, hits: rows.map(toHit) };
  }
}

interface QuoteRow {
  item_id: number;
  kind: Quote['kind'];
  text: string;
  speaker: string | null;
  speaker_role: string | null;
  paragraph: number;
  start_offset: number;
  end_offset: number;
  confidence: number;
  salience: number;
  speaker_id: number | null;
  speaker_name: string | null;
  outlet: string | null;
  title: string;
  href: string | null;
  item_time: number;
}

function toHit(r: QuoteRow): QuoteHit {
  return {
    itemId: String(r.item_id),
    quote: {
      kind: r.kind,
      text: r.text,
      speaker: r.speaker,
      speakerRole: r.speaker_role,
      paragraph: r.paragraph,
      start: r.start_offset,
      end: r.end_offset,
      confidence: r.confidence,
      salience: r.salience,
    },
    speakerId: r.speaker_id === null ? null : String(r.speaker_id),
    speakerName: r.speaker_name,
    outlet: r.outlet,
    title: r.title,
    link: r.href,
    time: new Date(r.item_time),
  };
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
