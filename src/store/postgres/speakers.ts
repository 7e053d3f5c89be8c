/**
 * Speaker assignment on PostgreSQL (`speakers`, `speaker_spellings`; ADR 0260): inside the item's
 * transaction, after an advisory transaction lock on the name's bucket, so two workers meeting one new
 * spelling at once agree on one entity. The SpeakerStore reads are the shared `../kysely/speakers.ts`.
 */
import { sql } from 'kysely';
import { assignSpeakerAsync, type AsyncSpeakerPort } from '../speakers.js';
import { speakersInBucket } from '../kysely/speakers.js';
import type { Db as NeutralDb } from '../kysely/dialect.js';
import type { Db } from './util.js';

/** The assignment port over a connection or transaction. */
export function pgSpeakerPort(db: Db): AsyncSpeakerPort {
  return {
    bySpelling: async (s) => (await db.selectFrom('speaker_spellings').select('speaker_id').where('spelling', '=', s).executeTakeFirst())?.speaker_id ?? null,
    inBucket: (b) => speakersInBucket(db as unknown as NeutralDb, b),
    create: async (name, bucket) => (await db.insertInto('speakers').values({ name, bucket }).returning('id').executeTakeFirstOrThrow()).id,
    addSpelling: async (id, spelling, name) => {
      await sql`INSERT INTO speaker_spellings (spelling, speaker_id, position) VALUES (${spelling}, ${id}, (SELECT count(*) FROM speaker_spellings WHERE speaker_id = ${id}))`.execute(
        db,
      );
      await db.updateTable('speakers').set({ name }).where('id', '=', id).execute();
    },
  };
}

/**
 * The entity of a quote's written speaker, inside the caller's transaction `trx`.
 * @returns the entity id, or null for a name without letters
 */
export function assignPgSpeaker(trx: Db, spelling: string): Promise<number | null> {
  return assignSpeakerAsync(pgSpeakerPort(trx), spelling, async (bucket) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('ww-speaker'), hashtext(${bucket}))`.execute(trx);
  });
}
