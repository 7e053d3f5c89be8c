/**
 * Row types of the SQLite schema as Kysely sees them (see `migrations.ts` for the DDL): the shared
 * tables (`../kysely/schema.ts`) with dates as INTEGER epoch milliseconds, flags as 0/1 and lists and
 * small objects as JSON text. Tables are STRICT.
 */
import type { StoreTables } from '../kysely/schema.js';

/** How SQLite stores the columns that differ between the two databases. */
export interface SqliteKinds {
  date: number;
  bool: number;
  json: string;
}

export type DB = StoreTables<SqliteKinds>;
