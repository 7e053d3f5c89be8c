/**
 * `wirewatch run --config FILE [--reset-from-config] [--role all|scheduler|worker]`: runs the service
 * until SIGTERM/SIGINT (see src/main.ts). `--role` (default `all`, the single process) picks one part
 * of a scaled-out deployment on a PostgreSQL store (src/cluster/node.ts, docs/scaling.md). Without `--config` it uses `WIREWATCH_CONFIG`; with neither it refuses to start
 * (a service on bare defaults would poll nothing and write its database wherever it was started).
 * Exit code 0 after a shutdown within `digests.shutdownTimeout` (polls still running at the deadline
 * are aborted without writing, so nothing is lost), 1 for a fatal error (the store cannot be opened or
 * written, a port is taken) or a failed shutdown, 2 for usage errors.
 */
import { runService } from '../main.js';
import { saveCodeCache } from './code-cache.js';
import { flushCompileCache } from './compile-cache.js';
import { UsageError, type Subcommand } from './io.js';
import { parseOptions } from './options.js';

export const runCommand: Subcommand = async (argv, io) => {
  const { values } = parseOptions(argv, {
    config: { type: 'string', short: 'c' },
    'reset-from-config': { type: 'boolean', default: false },
    role: { type: 'string', default: 'all' },
  });
  const role = values.role!;
  if (role !== 'all' && role !== 'scheduler' && role !== 'worker') throw new UsageError(`--role must be all, scheduler or worker, not '${role}'`);
  const configFile = values.config ?? io.env.WIREWATCH_CONFIG;
  if (!configFile) throw new UsageError('give --config FILE (or set WIREWATCH_CONFIG); config/wirewatch.yaml is a commented example');
  const running = await runService({ configFile, env: io.env, resetFromConfig: values['reset-from-config'], role });
  // Started: what it loaded goes to the compile cache now (Node ≥ 22.10), not only at a clean exit, and
  // what it compiled of the CLI bundle to the bundle's code cache when it had none (ADR 0286).
  flushCompileCache();
  saveCodeCache();
  return running.done;
};
