/**
 * `wirewatch db`: maintenance of the SQLite store.
 *
 *   wirewatch db backup  --db FILE OUT            online backup (consistent while the service writes)
 *   wirewatch db migrate --db FILE                apply pending schema migrations (refused while `run` holds the file)
 *   wirewatch db prune   --db FILE [--older-than 30d] [--now ISO]   retention: old items and finished ledger rows
 *   wirewatch db check   --db FILE                PRAGMA integrity_check
 *
 * The store: `--db FILE`, else the resolution `wirewatch run` uses (`--config`, `WIREWATCH_CONFIG`,
 * `WIREWATCH_STORE_PATH`, then `WIREWATCH_DB`, then an existing ./wirewatch.db; see store-resolution.ts),
 * named on standard error. Results are one JSON line on standard output; backup and prune show a
 * progress bar on a terminal.
 */
import { openSqliteStore } from '../store/sqlite/index.js';
import { DEFAULT_RETENTION_DAYS } from '../store/defaults.js';
import { pruneStore } from '../store/retention.js';
import { UsageError, type CliIO } from './io.js';
import { parseDuration, parseOptions, resolveNow } from './options.js';
import { startProgress } from './progress.js';
import { resolveStore } from './store-resolution.js';

const USAGE = 'usage: wirewatch db backup OUT | migrate | prune [--older-than 30d] | check   [--db FILE | --config FILE]';

/**
 * The `db` subcommand.
 * @returns 0 on success, 1 when `check` finds problems
 * @throws UsageError for a missing action, file or argument; WirewatchError from the store
 *   (`store_locked` for `migrate` beside a running service, `store_too_new`, `store`)
 */
export async function dbCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    db: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'older-than': { type: 'string', default: `${DEFAULT_RETENTION_DAYS}d` },
    now: { type: 'string' },
  });
  const [action, ...rest] = positionals;
  if (!action) throw new UsageError(USAGE);
  if (!['backup', 'migrate', 'prune', 'check'].includes(action)) throw new UsageError(`unknown action '${action}'\n${USAGE}`);
  const { path: file, source } = await resolveStore({ db: values.db, config: values.config, allowDb: true }, io.env);
  io.err(`wirewatch db: store ${file} (${source})`);
  switch (action) {
    case 'backup': {
      if (rest.length !== 1) throw new UsageError(`give one backup file: wirewatch db backup --db FILE OUT`);
      const store = await openSqliteStore(file, { lock: false, migrate: false });
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
      // Takes the writer lock: a running service keeps its schema until it is stopped.
      const store = await openSqliteStore(file, { lock: true, migrate: false });
      try {
        const { from, to } = await store.migrate();
        io.out(JSON.stringify({ db: store.file, from, to }));
        if (from !== to) io.err(`wirewatch db: ${store.file}: migrated schema ${from} → ${to}`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'prune': {
      const days = parseDuration(values['older-than']!) / 86_400_000;
      if (!(days > 0)) throw new UsageError('--older-than must be a positive duration (e.g. 30d)');
      const store = await openSqliteStore(file, { lock: false });
      try {
        const progress = startProgress(io, 'pruning (items, then delivery rows)', 2);
        const { before, items, deliveries } = await pruneStore(store, resolveNow(values.now, io.env), days, () => progress.tick()).finally(() => progress.stop());
        io.out(JSON.stringify({ db: store.file, before: before.toISOString(), items, deliveries }));
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'check': {
      const store = await openSqliteStore(file, { readonly: true });
      try {
        const problems = (await store.integrityCheck()).filter((p) => p !== 'ok');
        io.out(JSON.stringify({ db: store.file, ok: problems.length === 0, problems }));
        return problems.length === 0 ? 0 : 1;
      } finally {
        await store.close();
      }
    }
    default:
      throw new UsageError(`unknown action '${action}'\n${USAGE}`);
  }
}
