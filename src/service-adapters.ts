/**
 * Starting the service's chat adapters: each one not started yet gets the command handler and is
 * started; one that fails to start is logged and left out (its subscriptions wait).
 */
import type { PlatformName } from './model/subscription.js';
import type { Logger } from './log/logger.js';
import type { ChatPlatform } from './platforms/platform.js';

/**
 * Starts the adapters of `platforms` not in `connected` yet (`names`: only those; default all), adding
 * each that starts to `connected`. Never throws: a failure is logged.
 * @param handler the slash-command handler every adapter is given (null before the service started), read per adapter
 */
export async function startAdapters(
  platforms: Iterable<ChatPlatform>,
  connected: Set<PlatformName>,
  handler: () => Parameters<ChatPlatform['onCommand']>[0] | null,
  log: Logger,
  names?: readonly PlatformName[],
): Promise<void> {
  for (const p of platforms) {
    if (connected.has(p.name) || (names && !names.includes(p.name))) continue;
    try {
      const h = handler();
      if (h) p.onCommand(h);
      await p.start();
      connected.add(p.name);
      log.info({ platform: p.name }, 'service: adapter started');
    } catch (e) {
      log.error({ platform: p.name, err_message: (e as Error).message }, 'service: adapter failed to start; its subscriptions wait');
    }
  }
}
