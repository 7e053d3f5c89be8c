/** ItemStore on SQLite: the shared Kysely item store (`../kysely/items.ts`) with SQLite's dialect and speaker port. */
import type { Database } from 'better-sqlite3';
import type { Clock } from '../../model/clock.js';
import { KyselyItems } from '../kysely/items.js';
import { assignSpeaker } from '../speakers.js';
import { neutral, sqliteDialect } from './dialect.js';
import { sqliteSpeakerPort } from './speakers.js';
import type { Db } from './util.js';

export class SqliteItems extends KyselyItems {
  /** @param raw the connection under `db`, for the speaker assignment inside the item's transaction (same connection) */
  constructor(db: Db, clock: Clock, raw: Database) {
    const speakers = sqliteSpeakerPort(raw);
    super(neutral(db), clock, sqliteDialect, (_trx, spelling) => assignSpeaker(speakers, spelling));
  }
}
