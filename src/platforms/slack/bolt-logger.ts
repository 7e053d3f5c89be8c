/**
 * Bolt and the Slack SDK log through `@slack/logger`'s interface; this adapts it onto our pino logger
 * (stderr, snake_case keys) so their messages land with ours, at our level.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log/logger.js';

function text(msg: unknown[]): string {
  return msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
}

/**
 * A `@slack/logger` Logger writing to `log` (child `{ component: 'slack_sdk' }`). SDK info messages go
 * to debug (they are chatty: every connection and ack); warnings and errors stay as they are.
 * `setLevel` is ignored: the level is pino's.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack_sdk' });
  let name = 'slack';
  return {
    debug: (...msg: unknown[]) => child.debug({ sdk: name }, text(msg)),
    info: (...msg: unknown[]) => child.debug({ sdk: name }, text(msg)),
    warn: (...msg: unknown[]) => child.warn({ sdk: name }, text(msg)),
    error: (...msg: unknown[]) => child.error({ sdk: name }, text(msg)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.DEBUG,
    setName: (n: string) => {
      name = n;
    },
  };
}
