/**
 * Which store a one-shot command (`feeds import/export`, `db …`) works on: the same resolution as
 * `wirewatch run`, so an import lands where the running service reads.
 *
 *   1. `--db FILE` (db commands only: an explicit file wins);
 *   2. `--config FILE`, else `WIREWATCH_CONFIG`: that config's `store.url` (else `store.path`), with the
 *      environment overrides `run` applies (`WIREWATCH_STORE_URL` / `WIREWATCH_STORE_PATH` win over the file);
 *   3. `WIREWATCH_STORE_URL`, then `WIREWATCH_STORE_PATH` (or, for db commands, the older `WIREWATCH_DB`);
 *   4. the default `./wirewatch.db` — only when that file already exists: a one-shot command never
 *      silently creates a database the service would not read.
 *
 * A `postgres://` URL (from `--db` too) selects the PostgreSQL store; anything else is a SQLite file.
 * The command prints the store and where it came from on standard error.
 */
import { existsSync } from 'node:fs';
import { defaultConfig, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { storeTarget, targetOf, describeTarget, type StoreTarget } from '../store/open-store.js';
import { UsageError } from './io.js';

export interface ResolvedStore {
  /** The SQLite file or PostgreSQL URL, as messages show it (password hidden). */
  path: string;
  /** What to open. */
  target: StoreTarget;
  /** Where it came from, for the message: `--db`, `--config FILE`, `WIREWATCH_STORE_PATH`, … */
  source: string;
  /** The config the store came from (defaults when none was given), for settings such as polling.interval. */
  config: Config;
}

/**
 * Resolves the store (see the module comment).
 * @throws UsageError when nothing names a store and `./wirewatch.db` does not exist; ConfigError for a bad config
 */
export async function resolveStore(opts: { db?: string; config?: string; allowDb?: boolean }, env: NodeJS.ProcessEnv): Promise<ResolvedStore> {
  const configFile = opts.config ?? env.WIREWATCH_CONFIG;
  const found = (target: StoreTarget, source: string, config: Config): ResolvedStore => ({ path: describeTarget(target), target, source, config });
  if (opts.db) return found(targetOf(opts.db), '--db', configFile ? await loadConfig(configFile, env) : defaultConfig(env));
  if (configFile) {
    const config = await loadConfig(configFile, env);
    const by = opts.config ? `--config ${opts.config}` : `WIREWATCH_CONFIG=${configFile}`;
    const setting = config.store.url ? 'store.url' : 'store.path';
    const envName = config.store.url ? 'WIREWATCH_STORE_URL' : 'WIREWATCH_STORE_PATH';
    const source = env[envName] ? `${envName} (overrides ${setting} of ${by})` : `${setting} of ${by}`;
    return found(storeTarget(config.store), source, config);
  }
  if (env.WIREWATCH_STORE_URL) return found(targetOf(env.WIREWATCH_STORE_URL), 'WIREWATCH_STORE_URL', defaultConfig(env));
  if (env.WIREWATCH_STORE_PATH) return found(targetOf(env.WIREWATCH_STORE_PATH), 'WIREWATCH_STORE_PATH', defaultConfig(env));
  if (opts.allowDb && env.WIREWATCH_DB) return found(targetOf(env.WIREWATCH_DB), 'WIREWATCH_DB', defaultConfig(env));
  const config = defaultConfig(env);
  if (!existsSync(config.store.path)) {
    throw new UsageError(
      `no store given and there is no ${config.store.path} here: pass --config FILE (the config \`wirewatch run\` uses), ` +
        `or set WIREWATCH_CONFIG, WIREWATCH_STORE_URL or WIREWATCH_STORE_PATH${opts.allowDb ? ', or pass --db FILE' : ''}`,
    );
  }
  return found({ kind: 'sqlite', path: config.store.path }, 'the default store.path (no --config, WIREWATCH_CONFIG or WIREWATCH_STORE_PATH)', config);
}
