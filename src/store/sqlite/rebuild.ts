/**
 * Rebuilds the `deliveries` table with a wider `kind` CHECK, following SQLite's documented procedure
 * for schema changes ALTER TABLE cannot make (https://www.sqlite.org/lang_altertable.html#otheralter):
 * create the new table from the stored definition, copy the rows, drop the old, rename, recreate the
 * indexes. Generic over the columns (taken from the stored SQL), so columns other migrations added
 * survive. Runs inside the migration transaction; nothing references `deliveries`, so foreign keys
 * need no special handling.
 */
import type { Database } from 'better-sqlite3';
import { WirewatchError } from '../../model/errors.js';

/**
 * @param kinds every `kind` value the table must accept afterwards
 * @throws WirewatchError `store` when the stored definition has no recognisable `kind` CHECK
 */
export function widenDeliveryKinds(db: Database, kinds: readonly string[]): void {
  const table = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'deliveries'`).get() as { sql: string } | undefined;
  if (!table) throw new WirewatchError('store', 'store: migration: table deliveries is missing');
  const check = /kind\s+TEXT\s+NOT\s+NULL\s+CHECK\s*\(\s*kind\s+IN\s*\([^)]*\)\s*\)/i;
  if (!check.test(table.sql)) throw new WirewatchError('store', 'store: migration: deliveries.kind has no CHECK to widen');
  const list = kinds.map((k) => `'${k.replace(/'/g, "''")}'`).join(', ');
  const created = table.sql
    .replace(check, `kind TEXT NOT NULL CHECK (kind IN (${list}))`)
    .replace(/^CREATE TABLE\s+"?deliveries"?/i, 'CREATE TABLE deliveries_rebuilt');
  const indexes = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries' AND sql IS NOT NULL`).all() as { sql: string }[];
  db.exec(created);
  db.exec('INSERT INTO deliveries_rebuilt SELECT * FROM deliveries');
  db.exec('DROP TABLE deliveries');
  db.exec('ALTER TABLE deliveries_rebuilt RENAME TO deliveries');
  for (const i of indexes) db.exec(i.sql);
}
