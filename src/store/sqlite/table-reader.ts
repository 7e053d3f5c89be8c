/**
 * Raw rows of a SQLite store's tables, read-only, for `wirewatch db copy` (moving a store to
 * PostgreSQL keeps every id, so it reads rows, not the Store interfaces).
 */
import Database from 'better-sqlite3';

/** Reads whole tables of one file, row by row (an iterator: a big table is never in memory at once). */
export interface TableReader {
  rows(table: string): Iterable<Record<string, unknown>>;
  close(): void;
}

/**
 * Opens `file` read-only.
 * @throws Error from better-sqlite3 when the file is missing or not a database
 */
export function openTableReader(file: string): TableReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return {
    rows: (table) => {
      if (!/^[a-z_]+$/.test(table)) throw new Error(`store: not a table name: ${table}`);
      return db.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<Record<string, unknown>>;
    },
    close: () => db.close(),
  };
}
