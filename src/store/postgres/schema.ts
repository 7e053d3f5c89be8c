/**
 * Row types of the PostgreSQL schema as Kysely sees them (see `migrations.ts` for the DDL): the shared
 * tables (`../kysely/schema.ts`) with times as `timestamptz` (read back as `Date`, millisecond
 * precision is kept), flags as boolean and lists and small objects as `jsonb` (written as JSON text,
 * read back parsed); ids are `bigint` identities read back as numbers (`open.ts` installs the int8
 * parser; ids stay far below 2^53).
 */
import type { ColumnType } from 'kysely';
import type { StoreTables } from '../kysely/schema.js';

/** How PostgreSQL stores the columns that differ between the two databases. */
export interface PgKinds {
  date: Date;
  bool: boolean;
  /** A jsonb column: JSON text in, the parsed value out. */
  json: ColumnType<unknown, string, string>;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Date;
}

export interface DB extends StoreTables<PgKinds> {
  ww_schema_migrations: SchemaMigrationsTable;
}
