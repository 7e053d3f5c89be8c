/**
 * `wirewatch run [--config FILE] [--reset-from-config]`: runs the service until SIGTERM/SIGINT
 * (see src/main.ts). Without `--config` it uses `WIREWATCH_CONFIG`, else the defaults plus
 * `WIREWATCH_…` overrides. Exit code 0 after a clean shutdown, 1 when in-flight work was cut off.
 */
import { runService } from '../main.js';
import type { Subcommand } from './io.js';
import { parseOptions } from './options.js';

export const runCommand: Subcommand = async (argv, io) => {
  const { values } = parseOptions(argv, {
    config: { type: 'string', short: 'c' },
    'reset-from-config': { type: 'boolean', default: false },
  });
  const configFile = values.config ?? io.env.WIREWATCH_CONFIG;
  const running = await runService({ configFile, env: io.env, resetFromConfig: values['reset-from-config'] });
  return running.done;
};
