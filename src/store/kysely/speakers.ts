/**
 * SpeakerStore reads over Kysely, either database: `speakers`, `speaker_spellings` and
 * `quotes.speaker_id` (ADR 0260). Assigning a quote's speaker to an entity happens inside the item's
 * write transaction and stays each store's own (`sqlite/speakers.ts`: synchronous statements on the
 * item's connection; `postgres/speakers.ts`: after an advisory lock on the name's bucket).
 */
import { sql, type Expression, type Selectable, type SqlBool } from 'kysely';
import { entityFit, foldName, speakerBucket, spellingStartsWith } from '../../pipeline/speakers/identity.js';
import type { QuoteHit, QuoteQuery, SpeakerRecord, SpeakerStore } from '../store.js';
import { chunks, type Db, type StoreDialect } from './dialect.js';
import type { DateValue, QuotesTable } from './schema.js';
import { quoteFromRow } from './quote-row.js';

/** Rows of (entity id, spelling), entity by entity → one entry per entity with its spellings in order. */
export function groupSpellings(rows: { id: number; spelling: string }[]): { id: number; spellings: string[] }[] {
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.spelling]);
  return [...out].map(([id, spellings]) => ({ id, spellings }));
}

/** The entities of a bucket with their spellings (first seen first), oldest entity first. */
export async function speakersInBucket(db: Db, bucket: string): Promise<{ id: number; spellings: string[] }[]> {
  return groupSpellings(
    await db
      .selectFrom('speakers as s')
      .innerJoin('speaker_spellings as p', 'p.speaker_id', 's.id')
      .select(['s.id as id', 'p.spelling as spelling'])
      .where('s.bucket', '=', bucket)
      .orderBy('s.id')
      .orderBy('p.position')
      .execute(),
  );
}

/** Condition on `feeds f` for what `tenant` sees, as `itemsInWindow`. */
function tenantWhere(tenant: string | null | undefined): Expression<SqlBool> {
  if (tenant === undefined) return sql<SqlBool>`1 = 1`;
  if (tenant === null) return sql<SqlBool>`f.workspace IS NULL`;
  return sql<SqlBool>`(f.workspace IS NULL OR EXISTS (SELECT 1 FROM feed_tenants t WHERE t.feed_id = f.id AND t.workspace = ${tenant}))`;
}

const parseId = (id: string) => (/^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null);

/** A row of `searchQuotes`: the quote with its speaker's shown name and its item's outlet, title, link and time. */
type QuoteRow = Selectable<QuotesTable> & { speaker_name: string | null; outlet: string | null; title: string; href: string | null; item_time: DateValue };

export class KyselySpeakers implements SpeakerStore {
  constructor(
    private readonly db: Db,
    private readonly dialect: StoreDialect,
  ) {}

  private async records(ids: number[]): Promise<SpeakerRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('speakers as s')
      .innerJoin('speaker_spellings as p', 'p.speaker_id', 's.id')
      .select(['s.id as id', 's.name as name', 'p.spelling as spelling'])
      .where('s.id', 'in', ids)
      .orderBy('s.id')
      .orderBy('p.position')
      .execute();
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
    return n === null ? null : ((await this.records([n]))[0] ?? null);
  }

  async findSpeakers(name: string): Promise<SpeakerRecord[]> {
    const bucket = speakerBucket(name);
    if (!bucket) return [];
    const fits = (await speakersInBucket(this.db, bucket)).filter((c) => entityFit(name, c.spellings) > 0);
    return this.records(fits.map((c) => c.id));
  }

  async suggestSpeakers(typed: string, limit: number, tenant?: string | null): Promise<SpeakerRecord[]> {
    const { rows } = await sql<{ id: number; n: number }>`
      SELECT q.speaker_id AS id, count(*) AS n FROM quotes q JOIN items i ON i.id = q.item_id JOIN feeds f ON f.id = i.feed_id
      WHERE q.speaker_id IS NOT NULL AND ${tenantWhere(tenant)} GROUP BY q.speaker_id ORDER BY n DESC, q.speaker_id`.execute(this.db);
    const first = foldName(typed).slice(0, 3);
    const out: SpeakerRecord[] = [];
    for (const part of chunks(
      rows.map((r) => r.id),
      200,
    )) {
      for (const rec of await this.records(part)) {
        if (first && !rec.spellings.some((s) => foldName(s).includes(first))) continue;
        if (rec.spellings.some((s) => spellingStartsWith(s, typed))) out.push(rec);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  async listOutlets(tenant?: string | null): Promise<string[]> {
    const { rows } = await sql<{ outlet: string }>`
      SELECT DISTINCT ${this.dialect.byteOrder('i.outlet')} AS outlet FROM items i JOIN feeds f ON f.id = i.feed_id
      WHERE i.outlet IS NOT NULL AND ${tenantWhere(tenant)} ORDER BY 1`.execute(this.db);
    return rows.map((r) => r.outlet);
  }

  async searchQuotes(query: QuoteQuery): Promise<{ total: number; hits: QuoteHit[] }> {
    const where: Expression<SqlBool>[] = [tenantWhere(query.tenant)];
    if (query.speakerIds) {
      const ids = query.speakerIds.map(parseId).filter((n): n is number => n !== null);
      if (ids.length === 0) return { total: 0, hits: [] };
      where.push(sql<SqlBool>`q.speaker_id IN (${sql.join(ids)})`);
    }
    if (query.outlets) {
      if (query.outlets.length === 0) return { total: 0, hits: [] };
      where.push(sql<SqlBool>`i.outlet IN (${sql.join(query.outlets)})`);
    }
    if (query.topicId !== undefined) where.push(sql<SqlBool>`EXISTS (SELECT 1 FROM item_topics t WHERE t.item_id = i.id AND t.topic_id = ${query.topicId})`);
    if (query.since) where.push(sql<SqlBool>`i.item_time >= ${this.dialect.date(query.since)}`);
    const cond = sql.join(where, sql` AND `);
    const from = sql`FROM quotes q JOIN items i ON i.id = q.item_id JOIN feeds f ON f.id = i.feed_id LEFT JOIN speakers s ON s.id = q.speaker_id WHERE ${cond}`;
    const total = (await sql<{ n: number }>`SELECT count(*) AS n ${from}`.execute(this.db)).rows[0].n;
    const limit = Math.max(0, Math.min(100, Math.trunc(query.limit)));
    const { rows } = await sql<QuoteRow>`
      SELECT q.*, s.name AS speaker_name, i.outlet AS outlet, i.title AS title, coalesce(i.canonical_link, i.link) AS href, i.item_time AS item_time
      ${from} ORDER BY i.item_time DESC, i.id DESC, q.position LIMIT ${limit} OFFSET ${Math.max(0, Math.trunc(query.offset))}`.execute(this.db);
    return {
      total: Number(total),
      hits: rows.map((r) => ({
        itemId: String(r.item_id),
        quote: quoteFromRow(r),
        speakerId: r.speaker_id === null ? null : String(r.speaker_id),
        speakerName: r.speaker_name,
        outlet: r.outlet,
        title: r.title,
        link: r.href,
        time: this.dialect.readDate(r.item_time),
      })),
    };
  }
}
