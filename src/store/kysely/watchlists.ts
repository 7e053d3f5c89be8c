/** WatchlistStore over Kysely, either database: `topics` (scoped by workspace, '' = global) and their ordered `topic_terms`. */
import { sql } from 'kysely';
import type { Topic } from '../../model/watchlist.js';
import type { WatchlistStore } from '../store.js';
import { chunks, readBool, type Db, type StoreDialect } from './dialect.js';

const GLOBAL = '';
const scope = (workspace: string | null) => workspace ?? GLOBAL;

export class KyselyWatchlists implements WatchlistStore {
  constructor(
    private readonly db: Db,
    private readonly dialect: StoreDialect,
  ) {}

  async listTopics(workspace: string | null): Promise<Topic[]> {
    const rows = await this.db
      .selectFrom('topics')
      .selectAll()
      .where('workspace', 'in', workspace === null ? [GLOBAL] : [GLOBAL, workspace])
      .orderBy(sql`workspace <> ''`)
      .orderBy(this.dialect.byteOrder('topic_id'))
      .execute();
    const terms = new Map<number, { terms: string[]; exclude: string[] }>(rows.map((r) => [r.id, { terms: [], exclude: [] }]));
    for (const part of chunks(
      rows.map((r) => r.id),
      this.dialect.idsPerQuery,
    )) {
      const termRows = await this.db
        .selectFrom('topic_terms')
        .selectAll()
        .where('topic_row', 'in', part)
        .orderBy('topic_row')
        .orderBy('exclude')
        .orderBy('position')
        .execute();
      for (const t of termRows) {
        const entry = terms.get(t.topic_row)!;
        (readBool(t.exclude) ? entry.exclude : entry.terms).push(t.term);
      }
    }
    return rows.map((r) => ({
      id: r.topic_id,
      name: r.name,
      terms: terms.get(r.id)!.terms,
      exclude: terms.get(r.id)!.exclude,
      priority: r.priority,
      workspace: r.workspace === GLOBAL ? null : r.workspace,
    }));
  }

  async upsertTopic(topic: Topic): Promise<void> {
    await this.dialect.write(this.db, async (trx) => {
      // The upsert locks the topic row, so two concurrent replacements of its terms do not interleave.
      const { id } = await trx
        .insertInto('topics')
        .values({ workspace: scope(topic.workspace), topic_id: topic.id, name: topic.name, priority: topic.priority })
        .onConflict((oc) => oc.columns(['workspace', 'topic_id']).doUpdateSet({ name: topic.name, priority: topic.priority }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.deleteFrom('topic_terms').where('topic_row', '=', id).execute();
      const { bool } = this.dialect;
      const rows = [
        ...topic.terms.map((term, position) => ({ topic_row: id, exclude: bool(false), position, term })),
        ...topic.exclude.map((term, position) => ({ topic_row: id, exclude: bool(true), position, term })),
      ];
      for (const part of chunks(rows, this.dialect.rowsPerInsert)) await trx.insertInto('topic_terms').values(part).execute();
    });
  }

  async removeTopic(workspace: string | null, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('topics').where('workspace', '=', scope(workspace)).where('topic_id', '=', id).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }
}
