/**
 * Which store a one-shot command (`feeds import/export`, `db …`) works on: the same resolution as
 * `wirewatch run`, so an import lands where the running service reads.
 *
 *   1. `--db FILE` (db commands only: an explicit file wins);
 *   2. `--config FILE`, else `WIREWATCH_CONFIG`: that config's `store.path`, with the environment
 *      overrides `run` applies (`WIREWATCH_STORE_PATH` wins over the file, as it does for `run`);
 *   3. `WIREWATCH_STORE_PATH` (or, for db commands, the older `WIREWATCH_DB`);
 *   4. the default `./wirewatch.db` — only when that file already exists: a one-shot command never
 *      silently creates a database the service would not read.
 *
 * The command prints the store and where it came from on standard error.
 */
import { existsSync } from 'node:fs';
import { defaultConfig, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { UsageError } from './io.js';

export interface ResolvedStore {
  /** The SQLite file. */
  path: string;
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
  if (opts.db) return { path: opts.db, source: '--db', config: configFile ? await loadConfig(configFile, env) : defaultConfig(env) };
  if (configFile) {
    const config = await loadConfig(configFile, env);
    const by = opts.config ? `--config ${opts.config}` : `WIREWATCH_CONFIG=${configFile}`;
    const source = env.WIREWATCH_STORE_PATH ? `WIREWATCH_STORE_PATH (overrides store.path of ${by})` : `store.path of ${by}`;
    return { path: config.store.path, source, config };
  }
  if (env.WIREWATCH_STORE_PATH) return { path: env.WIREWATCH_STORE_PATH, source: 'WIREWATCH_STORE_PATH', config: defaultConfig(env) };
  if (opts.allowDb && env.WIREWATCH_DB) return { path: env.WIREWATCH_DB, source: 'WIREWATCH_DB', config: defaultConfig(env) };
  const config = defaultConfig(env);
  if (!existsSync(config.store.path)) {
    throw new UsageError(
      `no store given and there is no ${config.store.path} here: pass --config FILE (the config \`wirewatch run\` uses), ` +
        `or set WIREWATCH_CONFIG or WIREWATCH_STORE_PATH${opts.allowDb ? ', or pass --db FILE' : ''}`,
    );
  }
  return { path: config.store.path, source: 'the default store.path (no --config, WIREWATCH_CONFIG or WIREWATCH_STORE_PATH)', config };
}
