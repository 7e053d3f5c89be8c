/**
 * Speaker assignment on SQLite (`speakers`, `speaker_spellings`, migration 30): a synchronous port of
 * prepared statements that runs inside the item's write transaction (the same connection), so an item
 * and its speakers commit together. The SpeakerStore reads are the shared `../kysely/speakers.ts`.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { SpeakerPort } from '../speakers.js';
import { groupSpellings } from '../kysely/speakers.js';

/** The assignment port over a raw connection (used by `saveItem` and the migration's backfill). */
export function sqliteSpeakerPort(db: Database): SpeakerPort {
  // Prepared on first use: a store opened without migrating (or read-only) never needs them.
  const cache = new Map<string, Statement>();
  const st = (sql: string) => cache.get(sql) ?? cache.set(sql, db.prepare(sql)).get(sql)!;
  return {
    bySpelling: (s) => (st('SELECT speaker_id AS id FROM speaker_spellings WHERE spelling = ?').get(s) as { id: number } | undefined)?.id ?? null,
    inBucket: (b) =>
      groupSpellings(
        st(
          'SELECT s.id AS id, p.spelling AS spelling FROM speakers s JOIN speaker_spellings p ON p.speaker_id = s.id WHERE s.bucket = ? ORDER BY s.id, p.position',
        ).all(b) as {
          id: number;
          spelling: string;
        }[],
      ),
    create: (name, bucket) => (st('INSERT INTO speakers (name, bucket) VALUES (?, ?) RETURNING id').get(name, bucket) as { id: number }).id,
    addSpelling: (id, spelling, name) => {
      st('INSERT INTO speaker_spellings (spelling, speaker_id, position) VALUES (?, ?, (SELECT count(*) FROM speaker_spellings WHERE speaker_id = ?))').run(
        spelling,
        id,
        id,
      );
      st('UPDATE speakers SET name = ? WHERE id = ?').run(name, id);
    },
  };
}
