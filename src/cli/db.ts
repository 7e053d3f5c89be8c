/**
 * `wirewatch db`: maintenance of the store, SQLite or PostgreSQL.
 *
 *   wirewatch db backup  [--db FILE|URL] OUT      SQLite: online backup (consistent while the service writes);
 *                                                 PostgreSQL: prints the pg_dump command that writes OUT
 *   wirewatch db migrate [--db FILE|URL]          apply pending schema migrations (SQLite: refused while `run` holds the file)
 *   wirewatch db prune   [--db FILE|URL] [--older-than 30d] [--now ISO]   retention: old items and finished ledger rows
 *   wirewatch db check   [--db FILE|URL]          SQLite: PRAGMA integrity_check; PostgreSQL: schema version, indexes, ledger
 *   wirewatch db copy --from FILE --to URL        move a SQLite store into an empty PostgreSQL one (ids and ledger kept)
 *
 * The store: `--db FILE|URL`, else the resolution `wirewatch run` uses (`--config`, `WIREWATCH_CONFIG`,
 * `WIREWATCH_STORE_URL`, `WIREWATCH_STORE_PATH`, then `WIREWATCH_DB`, then an existing ./wirewatch.db;
 * see store-resolution.ts), named on standard error. Results are one JSON line on standard output;
 * backup, prune and copy show a progress bar on a terminal.
 */
import { existsSync } from 'node:fs';
import { openSqliteStore } from '../store/sqlite/index.js';
import { openTableReader } from '../store/sqlite/table-reader.js';
import { isPostgresUrl, openPostgresStore } from '../store/postgres/index.js';
import { copySqliteToPostgres } from '../store/postgres/copy.js';
import { pgFault } from '../store/postgres/util.js';
import { openStore } from '../store/open-store.js';
import { WirewatchError } from '../model/errors.js';
import { DEFAULT_RETENTION_DAYS } from '../store/defaults.js';
import { pruneStore } from '../store/retention.js';
import { UsageError, type CliIO } from './io.js';
import { parseDuration, parseOptions, resolveNow } from './options.js';
import { startProgress } from './progress.js';
import { resolveStore } from './store-resolution.js';

const USAGE =
  'usage: wirewatch db backup OUT | migrate | prune [--older-than 30d] | check   [--db FILE|URL | --config FILE]\n' +
  '       wirewatch db copy --from FILE.db --to postgres://user@host:5432/db';

/**
 * The `db` subcommand.
 * @returns 0 on success, 1 when `check` finds problems
 * @throws UsageError for a missing action, file or argument; WirewatchError from the store
 *   (`store_locked` for `migrate` beside a running service, `store_too_new`, `store_conflict` for a
 *   copy into a non-empty database, `store_not_found` for a backup of a missing file, `store_foreign`
 *   for a file that is not a wirewatch database, `store`)
 */
export async function dbCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    db: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'older-than': { type: 'string', default: `${DEFAULT_RETENTION_DAYS}d` },
    now: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  const [action, ...rest] = positionals;
  if (!action) throw new UsageError(USAGE);
  if (!['backup', 'migrate', 'prune', 'check', 'copy'].includes(action)) throw new UsageError(`unknown action '${action}'\n${USAGE}`);
  if (action === 'copy') return copy(values.from, values.to, io);
  const { path: file, target, source } = await resolveStore({ db: values.db, config: values.config, allowDb: true }, io.env);
  io.err(`wirewatch db: store ${file} (${source})`);
  switch (action) {
    case 'backup': {
      if (rest.length !== 1) throw new UsageError(`give one backup file: wirewatch db backup --db FILE OUT`);
      if (target.kind === 'postgres') {
        // A consistent dump of a live PostgreSQL database is pg_dump's job (one snapshot, any size).
        const store = await openPostgresStore(target.url, { migrate: false });
        try {
          const command = store.backupCommand(rest[0]);
          io.err(`wirewatch db: back up PostgreSQL with pg_dump (add the password if the URL needs one; restore with pg_restore):\n  ${command}`);
          io.out(JSON.stringify({ db: store.url, backup: rest[0], command }));
        } finally {
          await store.close();
        }
        return 0;
      }
      // Read-only: a backup never writes to (or creates) the file it copies, and refuses one that is not
      // a wirewatch database (store_not_found, store_foreign) before writing OUT; an older schema is
      // fine (the backup one takes before `db migrate`).
      const store = await openSqliteStore(target.path, { readonly: true, anySchema: true });
      try {
        const progress = startProgress(io, 'backing up', 1, { min: 0 });
        const { totalPages } = await store.backup(rest[0], (done, total) => progress.update(done, total)).finally(() => progress.stop());
        io.out(JSON.stringify({ db: store.file, backup: rest[0], pages: totalPages }));
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'migrate': {
      // SQLite: takes the writer lock, so a running service keeps its schema until it is stopped.
      // PostgreSQL: migrations take an advisory lock; running services see new tables only after a restart.
      const opened = await openStore(target, { lock: true, migrate: false });
      try {
        const { from, to } = await opened.store.migrate();
        const db = opened.kind === 'sqlite' ? opened.store.file : opened.store.url;
        io.out(JSON.stringify({ db, from, to }));
        if (from !== to) io.err(`wirewatch db: ${db}: migrated schema ${from} → ${to}`);
      } finally {
        await opened.store.close();
      }
      return 0;
    }
    case 'prune': {
      const days = parseDuration(values['older-than']!) / 86_400_000;
      if (!(days > 0)) throw new UsageError('--older-than must be a positive duration (e.g. 30d)');
      const opened = await openStore(target, { lock: false });
      try {
        const progress = startProgress(io, 'pruning (items, then delivery rows)', 2);
        const { before, items, deliveries } = await pruneStore(opened.store, resolveNow(values.now, io.env), days, () => progress.tick()).finally(() =>
          progress.stop(),
        );
        const db = opened.kind === 'sqlite' ? opened.store.file : opened.store.url;
        io.out(JSON.stringify({ db, before: before.toISOString(), items, deliveries }));
      } finally {
        await opened.store.close();
      }
      return 0;
    }
    case 'check': {
      const store =
        target.kind === 'postgres' ? await openPostgresStore(target.url, { migrate: false }) : await openSqliteStore(target.path, { readonly: true });
      try {
        const problems = (await store.integrityCheck()).filter((p) => p !== 'ok');
        io.out(JSON.stringify({ db: 'file' in store ? store.file : store.url, ok: problems.length === 0, problems }));
        return problems.length === 0 ? 0 : 1;
      } finally {
        await store.close();
      }
    }
    default:
      throw new UsageError(`unknown action '${action}'\n${USAGE}`);
  }
}

/** `db copy --from FILE --to URL` (see `copySqliteToPostgres`). */
async function copy(from: string | undefined, to: string | undefined, io: CliIO): Promise<number> {
  if (!from || !to) throw new UsageError(`give both --from FILE.db and --to postgres://…\n${USAGE}`);
  if (!isPostgresUrl(to)) throw new UsageError(`--to must be a postgres:// URL, not ${to}`);
  if (isPostgresUrl(from) || !existsSync(from)) throw new UsageError(`--from must be an existing SQLite file: ${from}`);
  // Opening the source read-only checks it is a wirewatch store at the current schema (store_outdated otherwise).
  await (await openSqliteStore(from, { readonly: true })).close();
  const target = await openPostgresStore(to);
  io.err(`wirewatch db: copying ${from} → ${target.url}`);
  try {
    const progress = startProgress(io, 'copying tables', 12);
    const reader = openTableReader(from);
    const tables = await copySqliteToPostgres(reader, target, () => progress.tick())
      .catch((e: unknown) => {
        throw e instanceof WirewatchError ? e : pgFault(target.url, 'copy', e);
      })
      .finally(() => {
        progress.stop();
        reader.close();
      });
    io.out(JSON.stringify({ from, to: target.url, tables }));
  } finally {
    await target.close();
  }
  return 0;
}
