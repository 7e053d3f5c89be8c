/** WatchlistStore on PostgreSQL: `topics` (scoped by workspace, '' = global) and their ordered `topic_terms`. */
import { sql } from 'kysely';
import type { Topic } from '../../model/watchlist.js';
import type { WatchlistStore } from '../store.js';
import { chunks, sqlC, type Db } from './util.js';

const GLOBAL = '';
const scope = (workspace: string | null) => workspace ?? GLOBAL;

export class PgWatchlists implements WatchlistStore {
  constructor(private readonly db: Db) {}

  async listTopics(workspace: string | null): Promise<Topic[]> {
    const rows = await this.db
      .selectFrom('topics')
      .selectAll()
      .where('workspace', 'in', workspace === null ? [GLOBAL] : [GLOBAL, workspace])
      .orderBy(sql`workspace <> ''`)
      .orderBy(sqlC('topic_id'))
      .execute();
    const terms = new Map<number, { terms: string[]; exclude: string[] }>(rows.map((r) => [r.id, { terms: [], exclude: [] }]));
    for (const part of chunks(rows.map((r) => r.id), 1000)) {
      const termRows = await this.db.selectFrom('topic_terms').selectAll().where('topic_row', 'in', part).orderBy('topic_row').orderBy('exclude').orderBy('position').execute();
      for (const t of termRows) {
        const entry = terms.get(t.topic_row)!;
        (t.exclude ? entry.exclude : entry.terms).push(t.term);
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
    await this.db.transaction().execute(async (trx) => {
      // The upsert locks the topic row, so two concurrent replacements of its terms do not interleave.
      const { id } = await trx
        .insertInto('topics')
        .values({ workspace: scope(topic.workspace), topic_id: topic.id, name: topic.name, priority: topic.priority })
        .onConflict((oc) => oc.columns(['workspace', 'topic_id']).doUpdateSet({ name: topic.name, priority: topic.priority }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.deleteFrom('topic_terms').where('topic_row', '=', id).execute();
      const rows = [
        ...topic.terms.map((term, position) => ({ topic_row: id, exclude: false, position, term })),
        ...topic.exclude.map((term, position) => ({ topic_row: id, exclude: true, position, term })),
      ];
      for (const part of chunks(rows)) await trx.insertInto('topic_terms').values(part).execute();
    });
  }

  async removeTopic(workspace: string | null, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('topics').where('workspace', '=', scope(workspace)).where('topic_id', '=', id).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }
}
