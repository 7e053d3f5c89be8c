/** The handler's dependencies with defaults filled in, as every command function receives them. */
import type { Logger } from '../log/logger.js';
import { silentLogger } from '../log/logger.js';
import type { CommandDefaults, CommandDeps } from './deps.js';
import { DEFAULTS } from './deps.js';

export interface Context extends Omit<CommandDeps, 'logger' | 'defaults'> {
  logger: Logger;
  defaults: CommandDefaults;
}

/** Fills in the logger (`silentLogger`) and the defaults (`DEFAULTS`) not given. */
export function makeContext(deps: CommandDeps): Context {
  return { ...deps, logger: deps.logger ?? silentLogger, defaults: { ...DEFAULTS, ...deps.defaults } };
}
